// The organisation endpoints (list, create, edit, merge duplicates) in the API description.
import { paginated, queryParameters, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import {
  ZCreateOrganisation,
  ZListOrganisationsQuery,
  ZMergeOrganisation,
  ZMergeResult,
  ZOrganisation,
  ZUpdateOrganisation,
} from "./schema";

const notFound = errorAnswer("404", "No such organisation, or you may not change the directory");
const changed = errorAnswer(
  "409",
  "Someone changed the organisation since the version you sent; nothing was saved, and `error.current` holds it as it is now",
);

export const organisationOpenApi: TOpenApiFragment = {
  schemas: {
    Organisation: schema(ZOrganisation),
    OrganisationList: schema(paginated(ZOrganisation)),
    CreateOrganisation: inputSchema(ZCreateOrganisation),
    UpdateOrganisation: inputSchema(ZUpdateOrganisation),
    MergeOrganisation: inputSchema(ZMergeOrganisation),
    MergeResult: schema(ZMergeResult),
  },
  paths: {
    "/organisations": {
      get: jsonOperation({
        summary: "Organisations of the directory, by name",
        operationId: "listOrganisations",
        parameters: queryParameters(ZListOrganisationsQuery),
        answers: { "200": ["One page of organisations", "OrganisationList"] },
        errors: notFound,
      }),
      post: jsonOperation({
        summary: "Add an organisation (a name another organisation has, or a parent loop, is a field error)",
        operationId: "createOrganisation",
        body: "CreateOrganisation",
        answers: { "201": ["The new organisation", "Organisation"] },
        errors: notFound,
      }),
    },
    "/organisations/{id}": {
      patch: jsonOperation({
        summary: "Change an organisation's name, acronym, kind or parent; `version` is the one you last read",
        operationId: "updateOrganisation",
        parameters: [pathParameter("id")],
        body: "UpdateOrganisation",
        answers: { "200": ["The organisation as saved, with its new version", "Organisation"] },
        errors: { ...notFound, ...changed },
      }),
    },
    "/organisations/{id}/merge": {
      post: jsonOperation({
        summary:
          "Merge this duplicate into `into`: people, child organisations, action items, programme participation and convening move there, and the duplicate is deleted; `version` is the duplicate's as you last read it",
        operationId: "mergeOrganisation",
        parameters: [pathParameter("id")],
        body: "MergeOrganisation",
        answers: { "200": ["What moved", "MergeResult"] },
        errors: { ...notFound, ...changed },
      }),
    },
  },
};
