// PATCH/DELETE /api/capture/{id}/action-items/{actionItemId} — change or delete one action item (version-checked: 409 on a stale one).
import { sessionApiRoute } from "@/lib/api/handler";
import { actionItemEndpoints as endpoints } from "@/lib/meeting/record-endpoints";

type TParams = { id: string; actionItemId: string };

export const PATCH = sessionApiRoute<TParams>("PATCH /api/capture/{id}/action-items/{actionItemId}", (ctx) =>
  endpoints.update(ctx, ctx.params.id, ctx.params.actionItemId),
);
export const DELETE = sessionApiRoute<TParams>(
  "DELETE /api/capture/{id}/action-items/{actionItemId}",
  (ctx) => endpoints.remove(ctx, ctx.params.id, ctx.params.actionItemId),
);
