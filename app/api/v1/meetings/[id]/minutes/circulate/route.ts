// POST /api/v1/meetings/{id}/minutes/circulate — circulate the latest version for review
// ({ number, reviewerIds?, workingDays? }): reviewers e-mailed their personal links, reminders queued.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZCirculateMinutes } from "@/lib/minutes/review-schema";
import { circulateMinutes } from "@/lib/minutes/service/circulation";

export const POST = apiRoute<{ id: string }>(
  "POST /api/v1/meetings/{id}/minutes/circulate",
  async ({ user, params, request }) =>
    circulateMinutes(user.access, params.id, await parseBody(request, ZCirculateMinutes), {
      userId: user.id,
    }),
);
