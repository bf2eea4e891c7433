// The people endpoints (directory search, create, CSV import and export) in the API description.
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
} from "./schema";

const notAllowed = {
  "404": { description: "You may not see or change the directory", content: jsonRef("Error") },
};

export const personOpenApi: TOpenApiFragment = {
  schemas: {
    PersonSummary: schema(ZPersonSummary),
    PersonList: schema(paginated(ZPersonSummary)),
    CreatePerson: z.toJSONSchema(ZCreatePerson, { io: "input", unrepresentable: "any" }),
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
        summary: "Add a person to the directory (an e-mail another person has is a field error)",
        operationId: "createPerson",
        requestBody: { required: true, content: jsonRef("CreatePerson") },
        responses: {
          "201": { description: "The new person", content: jsonRef("PersonSummary") },
          ...errorResponses,
          ...notAllowed,
        },
      },
    },
    "/people/import": {
      post: {
        summary:
          "Import people from CSV (columns name, position, organisation, email, sex). A row whose e-mail is already in the directory updates that person. If any row is invalid nothing is saved.",
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
