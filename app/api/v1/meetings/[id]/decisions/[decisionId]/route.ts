// PATCH/DELETE /api/v1/meetings/{id}/decisions/{decisionId} — change or delete one decision (version-checked: 409 on a stale one).
import { apiRoute } from "@/lib/api/handler";
import { decisionEndpoints as endpoints } from "@/lib/api/record-endpoints";

type TParams = { id: string; decisionId: string };

export const PATCH = apiRoute<TParams>("PATCH /api/v1/meetings/{id}/decisions/{decisionId}", (ctx) =>
  endpoints.update(ctx, ctx.params.id, ctx.params.decisionId),
);
export const DELETE = apiRoute<TParams>("DELETE /api/v1/meetings/{id}/decisions/{decisionId}", (ctx) =>
  endpoints.remove(ctx, ctx.params.id, ctx.params.decisionId),
);
