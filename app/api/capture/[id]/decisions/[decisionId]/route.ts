// PATCH/DELETE /api/capture/{id}/decisions/{decisionId} — change or delete one decision (version-checked: 409 on a stale one).
import { sessionApiRoute } from "@/lib/api/handler";
import { decisionEndpoints as endpoints } from "@/lib/meeting/record-endpoints";

type TParams = { id: string; decisionId: string };

export const PATCH = sessionApiRoute<TParams>("PATCH /api/capture/{id}/decisions/{decisionId}", (ctx) =>
  endpoints.update(ctx, ctx.params.id, ctx.params.decisionId),
);
export const DELETE = sessionApiRoute<TParams>("DELETE /api/capture/{id}/decisions/{decisionId}", (ctx) =>
  endpoints.remove(ctx, ctx.params.id, ctx.params.decisionId),
);
