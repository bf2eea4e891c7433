// The agenda and co-chair endpoints of a meeting, merged into the meeting OpenAPI fragment.
import { z } from "zod";
import { errorResponses, jsonRef, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZAddCoChair, ZCoChair } from "@/lib/co-chair/schema";
import { ZAgendaItem, ZCreateAgendaItem, ZReorderAgenda, ZUpdateAgendaItem } from "./schema";

const input = (zodSchema: z.ZodType) => z.toJSONSchema(zodSchema, { io: "input", unrepresentable: "any" });
const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const notFound = {
  "404": { description: "No such meeting (or item), or not one you may change", content: jsonRef("Error") },
};
const noContent = { "204": { description: "Done" } };
const itemChanged = {
  "409": {
    description:
      "Someone changed the item since the version you sent; nothing was saved, and `error.current` holds the item as it is now",
    content: jsonRef("Error"),
  },
};
const agendaList = { "200": { description: "The agenda in its order", content: jsonRef("AgendaList") } };

export const agendaOpenApi: TOpenApiFragment = {
  schemas: {
    AgendaItem: schema(ZAgendaItem),
    AgendaList: schema(z.object({ data: z.array(ZAgendaItem) })),
    CreateAgendaItem: input(ZCreateAgendaItem),
    UpdateAgendaItem: input(ZUpdateAgendaItem),
    ReorderAgenda: input(ZReorderAgenda),
    AddCoChair: input(ZAddCoChair),
    CoChair: schema(ZCoChair),
  },
  paths: {
    "/meetings/{id}/agenda": {
      get: {
        summary: "The agenda of a meeting, in order",
        operationId: "listAgenda",
        parameters: [path("id")],
        responses: { ...agendaList, ...notFound, ...errorResponses },
      },
      post: {
        summary: "Add a regular agenda item at the end",
        operationId: "createAgendaItem",
        parameters: [path("id")],
        requestBody: { required: true, content: jsonRef("CreateAgendaItem") },
        responses: {
          "201": { description: "The new item", content: jsonRef("AgendaItem") },
          ...notFound,
          ...errorResponses,
        },
      },
    },
    "/meetings/{id}/agenda/{itemId}": {
      patch: {
        summary:
          "Edit an agenda item's title, presenter or planned minutes (null clears); `version` is the one you last read",
        operationId: "updateAgendaItem",
        parameters: [path("id"), path("itemId")],
        requestBody: { required: true, content: jsonRef("UpdateAgendaItem") },
        responses: {
          "200": {
            description: "The item after the edit, with its new version",
            content: jsonRef("AgendaItem"),
          },
          ...itemChanged,
          ...notFound,
          ...errorResponses,
        },
      },
      delete: {
        summary:
          "Remove an agenda item, if it is still at the version you last read; the items after it move up",
        operationId: "deleteAgendaItem",
        parameters: [
          path("id"),
          path("itemId"),
          { name: "version", in: "query", required: true, schema: { type: "integer", minimum: 1 } },
        ],
        responses: { ...noContent, ...itemChanged, ...notFound, ...errorResponses },
      },
    },
    "/meetings/{id}/agenda/order": {
      put: {
        summary:
          "Save the agenda in a new order, in one transaction. `itemIds` must name every item exactly once; otherwise 409 (the agenda changed meanwhile)",
        operationId: "reorderAgenda",
        parameters: [path("id")],
        requestBody: { required: true, content: jsonRef("ReorderAgenda") },
        responses: {
          ...agendaList,
          "409": { description: "The agenda changed since you read it", content: jsonRef("Error") },
          ...notFound,
          ...errorResponses,
        },
      },
    },
    "/meetings/{id}/agenda/generated": {
      post: {
        summary:
          "Add the generated items: adoption of the previous minutes (only if the programme had an earlier meeting) and matters arising; items already on the agenda are not added again",
        operationId: "addGeneratedAgendaItems",
        parameters: [path("id")],
        responses: { ...agendaList, ...notFound, ...errorResponses },
      },
    },
    "/meetings/{id}/co-chairs": {
      post: {
        summary: "Add a co-chair: a person of the directory and the capacity they chair in",
        operationId: "addCoChair",
        parameters: [path("id")],
        requestBody: { required: true, content: jsonRef("AddCoChair") },
        responses: {
          "201": { description: "The co-chair", content: jsonRef("CoChair") },
          "409": { description: "That person already co-chairs the meeting", content: jsonRef("Error") },
          ...notFound,
          ...errorResponses,
        },
      },
    },
    "/meetings/{id}/co-chairs/{personId}": {
      delete: {
        summary: "Remove a co-chair",
        operationId: "removeCoChair",
        parameters: [path("id"), path("personId")],
        responses: { ...noContent, ...notFound, ...errorResponses },
      },
    },
  },
};
