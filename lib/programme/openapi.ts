// The programme endpoints (list, create, read, edit) in the API description.
import { z } from "zod";
import { paginated, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
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

const notFound = errorAnswer("404", "No such programme, or not yours to see or change");
const changed = errorAnswer(
  "409",
  "Someone changed the programme since the version you sent; nothing was saved, and `error.current` holds it as it is now",
);

export const programmeOpenApi: TOpenApiFragment = {
  schemas: {
    Programme: schema(ZProgramme),
    ProgrammeList: schema(paginated(ZProgrammeListItem)),
    CreateProgramme: inputSchema(ZCreateProgramme),
    UpdateProgramme: inputSchema(ZUpdateProgramme),
  },
  paths: {
    "/programmes": {
      get: jsonOperation({
        summary: "Programmes you may read, by title",
        operationId: "listProgrammes",
        parameters: [{ name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1 } }],
        answers: { "200": ["One page of programmes", "ProgrammeList"] },
      }),
      post: jsonOperation({
        summary:
          "Create a programme (needs a global administrator role); participating organisations must be UN entities",
        operationId: "createProgramme",
        body: "CreateProgramme",
        answers: { "201": ["The new programme", "Programme"] },
        errors: errorAnswer("404", "You may not create programmes"),
      }),
    },
    "/programmes/{id}": {
      get: jsonOperation({
        summary: "One programme with its convening agency and participating organisations",
        operationId: "getProgramme",
        parameters: [pathParameter("id")],
        answers: { "200": ["The programme", "Programme"] },
        errors: notFound,
      }),
      patch: jsonOperation({
        summary:
          "Change some fields of a programme; participatingOrganisationIds replaces the whole list; `version` is the one you last read",
        operationId: "updateProgramme",
        parameters: [pathParameter("id")],
        body: "UpdateProgramme",
        answers: { "200": ["The programme as saved, with its new version", "Programme"] },
        errors: { ...notFound, ...changed },
      }),
    },
  },
};
