// GET/POST /api/capture/{id}/remarks — the remarks of a meeting; record a new one.
import { sessionApiRoute } from "@/lib/api/handler";
import { remarkEndpoints as endpoints } from "@/lib/meeting/record-endpoints";

type TParams = { id: string };

export const GET = sessionApiRoute<TParams>("GET /api/capture/{id}/remarks", (ctx) =>
  endpoints.list(ctx, ctx.params.id),
);
export const POST = sessionApiRoute<TParams>("POST /api/capture/{id}/remarks", (ctx) =>
  endpoints.create(ctx, ctx.params.id),
);
