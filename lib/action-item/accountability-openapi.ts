// The accountability view in openapi.json: GET /programmes/{id}/accountability.
import { schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { errorAnswer, jsonOperation, pathParameter } from "@/lib/openapi/operation";
import { ZAccountability } from "./accountability-schema";

export const accountabilityOpenApi: TOpenApiFragment = {
  schemas: { Accountability: schema(ZAccountability) },
  paths: {
    "/programmes/{id}/accountability": {
      get: jsonOperation({
        summary: "A programme's action items by organisation and over its meetings",
        description:
          "Counted over the programme's action items the caller may read, judged on today in Asia/Jakarta. By organisation: each top-level owner organisation (a directorate's items count for its ministry; `organisation` null for items without an owner) — open (reported done counts as open until verified), overdue (open and due before today), done on time / late (verified done on or before / after the due date; done without a due date is neither), dropped, the median days overdue and the oldest overdue item. Over meetings (held, not cancelled, in date order): items raised at each meeting, items of the programme closed (done or dropped) from its start until the next meeting's start, and of those raised, how many are still open. Definitions: docs/action-items.md.",
        operationId: "getProgrammeAccountability",
        parameters: [pathParameter("id")],
        answers: { "200": ["The programme's figures", "Accountability"] },
        errors: errorAnswer("404", "No such programme, or not one whose action items you may read"),
      }),
    },
  },
};
