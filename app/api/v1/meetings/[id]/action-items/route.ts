// GET/POST /api/v1/meetings/{id}/action-items — the action items of a meeting; record a new one.
import { apiRoute } from "@/lib/api/handler";
import { actionItemEndpoints as endpoints } from "@/lib/api/record-endpoints";

type TParams = { id: string };

export const GET = apiRoute<TParams>("GET /api/v1/meetings/{id}/action-items", (ctx) =>
  endpoints.list(ctx, ctx.params.id),
);
export const POST = apiRoute<TParams>("POST /api/v1/meetings/{id}/action-items", (ctx) =>
  endpoints.create(ctx, ctx.params.id),
);
