// GET/POST /api/capture/{id}/decisions — the decisions of a meeting; record a new one.
import { sessionApiRoute } from "@/lib/api/handler";
import { decisionEndpoints as endpoints } from "@/lib/meeting/record-endpoints";

type TParams = { id: string };

export const GET = sessionApiRoute<TParams>("GET /api/capture/{id}/decisions", (ctx) =>
  endpoints.list(ctx, ctx.params.id),
);
export const POST = sessionApiRoute<TParams>("POST /api/capture/{id}/decisions", (ctx) =>
  endpoints.create(ctx, ctx.params.id),
);
