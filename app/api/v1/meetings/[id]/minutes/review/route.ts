// GET /api/v1/meetings/{id}/minutes/review — the review cycle as the secretariat follows it: every
// comment (by anchor and organisation, with its disposition), the response log per organisation,
// the no-objection procedure and co-chairs' approvals. record:manage.
import { apiRoute } from "@/lib/api/handler";
import { reviewState } from "@/lib/minutes/service/consolidation";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/minutes/review",
  async ({ user, params }) => reviewState(user.access, params.id),
);
