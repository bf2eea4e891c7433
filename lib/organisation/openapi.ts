// The organisation endpoints (list, create, edit, merge duplicates) in the API description.
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
  ZCreateOrganisation,
  ZListOrganisationsQuery,
  ZMergeOrganisation,
  ZMergeResult,
  ZOrganisation,
  ZUpdateOrganisation,
} from "./schema";

const notFound = {
  "404": {
    description: "No such organisation, or you may not change the directory",
    content: jsonRef("Error"),
  },
};
const idParameter = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];

export const organisationOpenApi: TOpenApiFragment = {
  schemas: {
    Organisation: schema(ZOrganisation),
    OrganisationList: schema(paginated(ZOrganisation)),
    CreateOrganisation: z.toJSONSchema(ZCreateOrganisation, { io: "input", unrepresentable: "any" }),
    UpdateOrganisation: z.toJSONSchema(ZUpdateOrganisation, { io: "input", unrepresentable: "any" }),
    MergeOrganisation: z.toJSONSchema(ZMergeOrganisation, { io: "input" }),
    MergeResult: schema(ZMergeResult),
  },
  paths: {
    "/organisations": {
      get: {
        summary: "Organisations of the directory, by name",
        operationId: "listOrganisations",
        parameters: queryParameters(ZListOrganisationsQuery),
        responses: {
          "200": { description: "One page of organisations", content: jsonRef("OrganisationList") },
          ...errorResponses,
          ...notFound,
        },
      },
      post: {
        summary: "Add an organisation (a name another organisation has, or a parent loop, is a field error)",
        operationId: "createOrganisation",
        requestBody: { required: true, content: jsonRef("CreateOrganisation") },
        responses: {
          "201": { description: "The new organisation", content: jsonRef("Organisation") },
          ...errorResponses,
          ...notFound,
        },
      },
    },
    "/organisations/{id}": {
      patch: {
        summary: "Change an organisation's name, acronym, kind or parent",
        operationId: "updateOrganisation",
        parameters: idParameter,
        requestBody: { required: true, content: jsonRef("UpdateOrganisation") },
        responses: {
          "200": { description: "The organisation as saved", content: jsonRef("Organisation") },
          ...errorResponses,
          ...notFound,
        },
      },
    },
    "/organisations/{id}/merge": {
      post: {
        summary:
          "Merge this duplicate into `into`: people, child organisations, action items, programme participation and convening move there, and the duplicate is deleted",
        operationId: "mergeOrganisation",
        parameters: idParameter,
        requestBody: { required: true, content: jsonRef("MergeOrganisation") },
        responses: {
          "200": { description: "What moved", content: jsonRef("MergeResult") },
          ...errorResponses,
          ...notFound,
        },
      },
    },
  },
};
