// POST /api/v1/meetings/{id}/minutes/no-objection — open the written no-objection procedure on the
// latest version ({ number, workingDays? }): reviewers told, the deadline job queued.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZOpenNoObjection } from "@/lib/minutes/review-schema";
import { openNoObjection } from "@/lib/minutes/service/no-objection";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/minutes/no-objection",
  async ({ user, params, request }) =>
    openNoObjection(user.access, params.id, await parseBody(request, ZOpenNoObjection), { userId: user.id }),
);
