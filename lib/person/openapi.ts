// The people endpoints (directory search, create, edit, CSV import and export) in the API description.
import {
  errorResponses,
  jsonRef,
  paginated,
  queryParameters,
  schema,
  type TOpenApiFragment,
} from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import {
  ZCreatePerson,
  ZImportBody,
  ZImportQuery,
  ZImportResult,
  ZPersonSummary,
  ZSearchPeopleQuery,
  ZUpdatePerson,
} from "./schema";

const notAllowed = errorAnswer("404", "You may not see or change the directory");

export const personOpenApi: TOpenApiFragment = {
  schemas: {
    PersonSummary: schema(ZPersonSummary),
    PersonList: schema(paginated(ZPersonSummary)),
    CreatePerson: inputSchema(ZCreatePerson),
    UpdatePerson: inputSchema(ZUpdatePerson),
    PeopleImportBody: inputSchema(ZImportBody),
    PeopleImportResult: schema(ZImportResult),
  },
  paths: {
    "/people": {
      get: jsonOperation({
        summary: "Search people by name, e-mail, organisation name or acronym",
        operationId: "searchPeople",
        parameters: queryParameters(ZSearchPeopleQuery),
        answers: { "200": ["One page of people", "PersonList"] },
        errors: notAllowed,
      }),
      post: jsonOperation({
        summary:
          "Add a person to the directory (an e-mail another person has is a field error). `language` (en or id, default en) is the language of their invitations, reminders and calendar entries.",
        operationId: "createPerson",
        body: "CreatePerson",
        answers: { "201": ["The new person", "PersonSummary"] },
        errors: notAllowed,
      }),
    },
    "/people/{id}": {
      get: jsonOperation({
        summary: "One person of the directory",
        operationId: "getPerson",
        parameters: [pathParameter("id")],
        answers: { "200": ["The person", "PersonSummary"] },
        errors: errorAnswer("404", "No such person, or you may not see the directory"),
      }),
      patch: jsonOperation({
        summary: "Change some fields of a person (their language too); `null` clears an optional field",
        operationId: "updatePerson",
        parameters: [pathParameter("id")],
        body: "UpdatePerson",
        answers: { "200": ["The person as saved", "PersonSummary"] },
        errors: errorAnswer("404", "No such person, or you may not change the directory"),
      }),
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
