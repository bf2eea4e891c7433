// GET/POST /api/capture/{id}/action-items — the action items of a meeting; record a new one.
import { sessionApiRoute } from "@/lib/api/handler";
import { actionItemEndpoints as endpoints } from "@/lib/meeting/record-endpoints";

type TParams = { id: string };

export const GET = sessionApiRoute<TParams>("GET /api/capture/{id}/action-items", (ctx) =>
  endpoints.list(ctx, ctx.params.id),
);
export const POST = sessionApiRoute<TParams>("POST /api/capture/{id}/action-items", (ctx) =>
  endpoints.create(ctx, ctx.params.id),
);
