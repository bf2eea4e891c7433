// PATCH/DELETE /api/v1/meetings/{id}/action-items/{actionItemId} — change or delete one action item (version-checked: 409 on a stale one).
import { apiRoute } from "@/lib/api/handler";
import { actionItemEndpoints as endpoints } from "@/lib/api/record-endpoints";

type TParams = { id: string; actionItemId: string };

export const PATCH = apiRoute<TParams>("PATCH /api/v1/meetings/{id}/action-items/{actionItemId}", (ctx) =>
  endpoints.update(ctx, ctx.params.id, ctx.params.actionItemId),
);
export const DELETE = apiRoute<TParams>("DELETE /api/v1/meetings/{id}/action-items/{actionItemId}", (ctx) =>
  endpoints.remove(ctx, ctx.params.id, ctx.params.actionItemId),
);
