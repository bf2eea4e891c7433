// An action item's page and its progress updates, for openapi.json.
import { schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, inputSchema, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import { ZActionItemPage, ZActionUpdate, ZActionUpdateList, ZActionUpdatePosted } from "./update-schema";

const NOT_VISIBLE = errorAnswer("404", "No such action item, or not one you may see");

export const actionItemUpdatesOpenApi: TOpenApiFragment = {
  schemas: {
    ActionItemPage: schema(ZActionItemPage),
    ActionUpdateInput: inputSchema(ZActionUpdate),
    ActionUpdateList: schema(ZActionUpdateList),
    ActionUpdatePosted: schema(ZActionUpdatePosted),
  },
  paths: {
    "/action-items/{id}": {
      get: jsonOperation({
        summary:
          'An action item: what was decided and where (meeting, agenda item, the remark or decision that raised it), owner organisation and person, due date, status, its reference ("PSC3/A/04"), its progress updates newest first, and whether you may update (`canUpdate`) or verify it as done (`canVerify`)',
        operationId: "getActionItem",
        parameters: [pathParameter("id")],
        answers: { "200": ["The action item", "ActionItemPage"] },
        errors: NOT_VISIBLE,
      }),
    },
    "/action-items/{id}/updates": {
      get: jsonOperation({
        summary: "The dated progress updates of an action item, newest first",
        operationId: "listActionItemUpdates",
        parameters: [pathParameter("id")],
        answers: { "200": ["The updates", "ActionUpdateList"] },
        errors: NOT_VISIBLE,
      }),
      post: jsonOperation({
        summary:
          "Record progress on an action item, optionally changing its status: the secretariat and coordinators of the programme (action:update), and members of the owning organisation or of the ministry above it. REPORTED_DONE needs `body` (what was done), DROPPED needs `body` (the reason); DONE (verified) only by the secretariat or a coordinator (400 on `statusAfter` otherwise). Allowed after the minutes are adopted. Audited",
        operationId: "postActionItemUpdate",
        parameters: [pathParameter("id")],
        body: "ActionUpdateInput",
        answers: { "201": ["The update, and the item's status and version after it", "ActionUpdatePosted"] },
        errors: {
          ...errorAnswer("404", "No such action item, or not one you may update"),
          ...errorAnswer(
            "409",
            "The item changed since `version`; nothing was saved (`current` holds its status)",
          ),
        },
      }),
    },
  },
};
