// The follow-up register in openapi.json: GET /action-items with the register's filters.
import { queryParameters, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { jsonOperation } from "@/lib/openapi/operation";
import { ZActionRegister, ZActionRegisterQuery } from "./register-schema";

export const actionRegisterOpenApi: TOpenApiFragment = {
  schemas: { ActionRegister: schema(ZActionRegister) },
  paths: {
    "/action-items": {
      get: jsonOperation({
        summary: "The follow-up register: the action items you may read, across meetings and programmes",
        description:
          "Filters combine (AND). `organisationId` includes the organisations under it (a ministry's directorates). `dueAfter` and `dueBefore` are inclusive calendar days. `overdue=true` keeps items not done or dropped and due before today (UTC); a reported-done item counts as open until verified. `counts` splits the filtered items by status, the status filter left out. Sorted by `sort` (due: due date, items without one last; status; reference: the meeting, then the item's number; owner: organisation, then person) in `order`.",
        operationId: "listActionItems",
        parameters: queryParameters(ZActionRegisterQuery),
        answers: { "200": ["One page of the register, with counts per status", "ActionRegister"] },
      }),
    },
  },
};
