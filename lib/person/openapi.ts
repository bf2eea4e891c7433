// The people endpoints (directory search, create, edit, CSV import and export) in the API description.
import { z } from "zod";
import {
  errorResponses,
  jsonRef,
  paginated,
  queryParameters,
  schema,
  type TOpenApiFragment,
} from "@/lib/api/openapi-helpers";
import {
  ZCreatePerson,
  ZImportBody,
  ZImportQuery,
  ZImportResult,
  ZPersonSummary,
  ZSearchPeopleQuery,
  ZUpdatePerson,
} from "./schema";

const notAllowed = {
  "404": { description: "You may not see or change the directory", content: jsonRef("Error") },
};
const idParameter = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];

export const personOpenApi: TOpenApiFragment = {
  schemas: {
    PersonSummary: schema(ZPersonSummary),
    PersonList: schema(paginated(ZPersonSummary)),
    CreatePerson: z.toJSONSchema(ZCreatePerson, { io: "input", unrepresentable: "any" }),
    UpdatePerson: z.toJSONSchema(ZUpdatePerson, { io: "input", unrepresentable: "any" }),
    PeopleImportBody: z.toJSONSchema(ZImportBody, { io: "input" }),
    PeopleImportResult: schema(ZImportResult),
  },
  paths: {
    "/people": {
      get: {
        summary: "Search people by name, e-mail, organisation name or acronym",
        operationId: "searchPeople",
        parameters: queryParameters(ZSearchPeopleQuery),
        responses: {
          "200": { description: "One page of people", content: jsonRef("PersonList") },
          ...errorResponses,
          ...notAllowed,
        },
      },
      post: {
        summary:
          "Add a person to the directory (an e-mail another person has is a field error). `language` (en or id, default en) is the language of their invitations, reminders and calendar entries.",
        operationId: "createPerson",
        requestBody: { required: true, content: jsonRef("CreatePerson") },
        responses: {
          "201": { description: "The new person", content: jsonRef("PersonSummary") },
          ...errorResponses,
          ...notAllowed,
        },
      },
    },
    "/people/{id}": {
      get: {
        summary: "One person of the directory",
        operationId: "getPerson",
        parameters: idParameter,
        responses: {
          "200": { description: "The person", content: jsonRef("PersonSummary") },
          ...errorResponses,
          "404": {
            description: "No such person, or you may not see the directory",
            content: jsonRef("Error"),
          },
        },
      },
      patch: {
        summary: "Change some fields of a person (their language too); `null` clears an optional field",
        operationId: "updatePerson",
        parameters: idParameter,
        requestBody: { required: true, content: jsonRef("UpdatePerson") },
        responses: {
          "200": { description: "The person as saved", content: jsonRef("PersonSummary") },
          ...errorResponses,
          "404": {
            description: "No such person, or you may not change the directory",
            content: jsonRef("Error"),
          },
        },
      },
    },
    "/people/import": {
      post: {
        summary:
          "Import people from CSV (columns name, position, organisation, email, sex, language — en or id, also English or Bahasa Indonesia; blank is English for a new person). A row whose e-mail is already in the directory updates that person; blank cells keep what the directory has. If any row is invalid nothing is saved; each row error has its message key and the message in the caller's language.",
        operationId: "importPeople",
        parameters: queryParameters(ZImportQuery),
        requestBody: {
          required: true,
          content: { "text/csv": { schema: { type: "string" } }, ...jsonRef("PeopleImportBody") },
        },
        responses: {
          "200": {
            description: "The preview (dryRun) or what was saved",
            content: jsonRef("PeopleImportResult"),
          },
          "400": {
            description:
              "Invalid rows, each error naming its row (the header is row 1) and field; nothing saved",
            content: jsonRef("PeopleImportResult"),
          },
          "401": errorResponses["401"],
          ...notAllowed,
        },
      },
    },
    "/people/export.csv": {
      get: {
        summary: "Every person as CSV, in the columns the import reads",
        operationId: "exportPeople",
        responses: {
          "200": { description: "The CSV file", content: { "text/csv": { schema: { type: "string" } } } },
          "401": errorResponses["401"],
          ...notAllowed,
        },
      },
    },
  },
};
