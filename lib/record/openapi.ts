// The remark, decision and action-item endpoints of a meeting, for openapi.json: the three share
// one shape (list, create with an optional client id, version-checked update and delete).
import { z } from "zod";
import { errorResponses, jsonRef, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZActionItem, ZCreateActionItem, ZUpdateActionItem } from "@/lib/action-item/schema";
import { ZCreateDecision, ZDecision, ZUpdateDecision } from "@/lib/decision/schema";
import { ZCreateRemark, ZRemark, ZUpdateRemark } from "@/lib/remark/schema";
import { ZCaptureState } from "./capture-schema";

const input = (zodSchema: z.ZodType) => z.toJSONSchema(zodSchema, { io: "input", unrepresentable: "any" });
const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const notFound = {
  "404": {
    description: "No such meeting or record, or not one you may see or change",
    content: jsonRef("Error"),
  },
};
const conflict = {
  "409": {
    description:
      "Changed by someone else since the version you sent; `error.current` holds the record as it is now and `error.params.who` who changed it last (absent when unknown)",
    content: jsonRef("Error"),
  },
};

type TEntity = { path: string; name: string; plural: string; idParam: string; noun: string };

function entity(e: TEntity, out: z.ZodType, create: z.ZodType, update: z.ZodType): TOpenApiFragment {
  const one = `/meetings/{id}/${e.path}/{${e.idParam}}`;
  return {
    schemas: {
      [e.name]: schema(out),
      [`${e.name}List`]: schema(z.object({ data: z.array(out) })),
      [`Create${e.name}`]: input(create),
      [`Update${e.name}`]: input(update),
    },
    paths: {
      [`/meetings/{id}/${e.path}`]: {
        get: {
          summary: `The ${e.plural} of a meeting`,
          operationId: `list${e.name}s`,
          parameters: [path("id")],
          responses: {
            "200": { description: `The ${e.plural}`, content: jsonRef(`${e.name}List`) },
            ...notFound,
            ...errorResponses,
          },
        },
        post: {
          summary: `Record a ${e.noun}. Send your own \`id\` (e.g. a UUID) to make retries safe: a create repeated with the same id returns the ${e.noun} it made`,
          operationId: `create${e.name}`,
          parameters: [path("id")],
          requestBody: { required: true, content: jsonRef(`Create${e.name}`) },
          responses: {
            "201": { description: `The ${e.noun}`, content: jsonRef(e.name) },
            ...notFound,
            ...errorResponses,
          },
        },
      },
      [one]: {
        patch: {
          summary: `Change a ${e.noun}: only the fields sent change; \`version\` is the one you last read`,
          operationId: `update${e.name}`,
          parameters: [path("id"), path(e.idParam)],
          requestBody: { required: true, content: jsonRef(`Update${e.name}`) },
          responses: {
            "200": { description: `The ${e.noun} after the change`, content: jsonRef(e.name) },
            ...conflict,
            ...notFound,
            ...errorResponses,
          },
        },
        delete: {
          summary: `Delete a ${e.noun}, if it is still at the version you last read`,
          operationId: `delete${e.name}`,
          parameters: [
            path("id"),
            path(e.idParam),
            { name: "version", in: "query", required: true, schema: { type: "integer", minimum: 1 } },
          ],
          responses: { "204": { description: "Deleted" }, ...conflict, ...notFound, ...errorResponses },
        },
      },
    },
  };
}

const parts = [
  entity(
    { path: "remarks", name: "Remark", plural: "remarks", idParam: "remarkId", noun: "remark" },
    ZRemark,
    ZCreateRemark,
    ZUpdateRemark,
  ),
  entity(
    {
      path: "decisions",
      name: "Decision",
      plural: "decisions (numbered by the server)",
      idParam: "decisionId",
      noun: "decision",
    },
    ZDecision,
    ZCreateDecision,
    ZUpdateDecision,
  ),
  entity(
    {
      path: "action-items",
      name: "ActionItem",
      plural: "action items raised",
      idParam: "actionItemId",
      noun: "action item",
    },
    ZActionItem,
    ZCreateActionItem,
    ZUpdateActionItem,
  ),
];

const capture: TOpenApiFragment = {
  schemas: { CaptureState: schema(ZCaptureState) },
  paths: {
    "/meetings/{id}/capture": {
      get: {
        summary:
          "Everything the capture screen shows, in one read: agenda, register, remarks, decisions and action items with their versions",
        operationId: "getCaptureState",
        parameters: [path("id")],
        responses: {
          "200": { description: "The meeting's record so far", content: jsonRef("CaptureState") },
          ...notFound,
          ...errorResponses,
        },
      },
    },
  },
};

export const recordOpenApi: TOpenApiFragment = {
  schemas: Object.assign({}, ...[...parts, capture].map((p) => p.schemas)),
  paths: Object.assign({}, ...[...parts, capture].map((p) => p.paths)),
};
