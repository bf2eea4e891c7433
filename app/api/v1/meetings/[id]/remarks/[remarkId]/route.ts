// PATCH/DELETE /api/v1/meetings/{id}/remarks/{remarkId} — change or delete one remark (version-checked: 409 on a stale one).
import { apiRoute } from "@/lib/api/handler";
import { remarkEndpoints as endpoints } from "@/lib/api/record-endpoints";

type TParams = { id: string; remarkId: string };

export const PATCH = apiRoute<TParams>("PATCH /api/v1/meetings/{id}/remarks/{remarkId}", (ctx) =>
  endpoints.update(ctx, ctx.params.id, ctx.params.remarkId),
);
export const DELETE = apiRoute<TParams>("DELETE /api/v1/meetings/{id}/remarks/{remarkId}", (ctx) =>
  endpoints.remove(ctx, ctx.params.id, ctx.params.remarkId),
);
