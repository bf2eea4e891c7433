// The programme endpoints (list, create, read, edit) in the API description.
import { z } from "zod";
import { errorResponses, jsonRef, paginated, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZCreateProgramme, ZProgramme, ZUpdateProgramme } from "./schema";

const ZProgrammeListItem = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string().nullable(),
  country: z.string(),
  fund: z.string().nullable(),
  startDate: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  conveningAgency: z.object({ name: z.string(), acronym: z.string().nullable() }).nullable(),
  _count: z.object({ meetings: z.number().int() }),
});

const notFound = {
  "404": { description: "No such programme, or not yours to see or change", content: jsonRef("Error") },
};
const idParameter = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];

export const programmeOpenApi: TOpenApiFragment = {
  schemas: {
    Programme: schema(ZProgramme),
    ProgrammeList: schema(paginated(ZProgrammeListItem)),
    CreateProgramme: z.toJSONSchema(ZCreateProgramme, { io: "input", unrepresentable: "any" }),
    UpdateProgramme: z.toJSONSchema(ZUpdateProgramme, { io: "input", unrepresentable: "any" }),
  },
  paths: {
    "/programmes": {
      get: {
        summary: "Programmes you may read, by title",
        operationId: "listProgrammes",
        parameters: [{ name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": { description: "One page of programmes", content: jsonRef("ProgrammeList") },
          ...errorResponses,
        },
      },
      post: {
        summary:
          "Create a programme (needs a global administrator role); participating organisations must be UN entities",
        operationId: "createProgramme",
        requestBody: { required: true, content: jsonRef("CreateProgramme") },
        responses: {
          "201": { description: "The new programme", content: jsonRef("Programme") },
          ...errorResponses,
          "404": { description: "You may not create programmes", content: jsonRef("Error") },
        },
      },
    },
    "/programmes/{id}": {
      get: {
        summary: "One programme with its convening agency and participating organisations",
        operationId: "getProgramme",
        parameters: idParameter,
        responses: {
          "200": { description: "The programme", content: jsonRef("Programme") },
          ...errorResponses,
          ...notFound,
        },
      },
      patch: {
        summary: "Change some fields of a programme; participatingOrganisationIds replaces the whole list",
        operationId: "updateProgramme",
        parameters: idParameter,
        requestBody: { required: true, content: jsonRef("UpdateProgramme") },
        responses: {
          "200": { description: "The programme as saved", content: jsonRef("Programme") },
          ...errorResponses,
          ...notFound,
        },
      },
    },
  },
};
