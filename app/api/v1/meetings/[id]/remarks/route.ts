// GET/POST /api/v1/meetings/{id}/remarks — the remarks of a meeting; record a new one.
import { apiRoute } from "@/lib/api/handler";
import { remarkEndpoints as endpoints } from "@/lib/api/record-endpoints";

type TParams = { id: string };

export const GET = apiRoute<TParams>("GET /api/v1/meetings/{id}/remarks", (ctx) =>
  endpoints.list(ctx, ctx.params.id),
);
export const POST = apiRoute<TParams>("POST /api/v1/meetings/{id}/remarks", (ctx) =>
  endpoints.create(ctx, ctx.params.id),
);
