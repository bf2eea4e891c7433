// PATCH/DELETE /api/capture/{id}/remarks/{remarkId} — change or delete one remark (version-checked: 409 on a stale one).
import { sessionApiRoute } from "@/lib/api/handler";
import { remarkEndpoints as endpoints } from "@/lib/meeting/record-endpoints";

type TParams = { id: string; remarkId: string };

export const PATCH = sessionApiRoute<TParams>("PATCH /api/capture/{id}/remarks/{remarkId}", (ctx) =>
  endpoints.update(ctx, ctx.params.id, ctx.params.remarkId),
);
export const DELETE = sessionApiRoute<TParams>("DELETE /api/capture/{id}/remarks/{remarkId}", (ctx) =>
  endpoints.remove(ctx, ctx.params.id, ctx.params.remarkId),
);
