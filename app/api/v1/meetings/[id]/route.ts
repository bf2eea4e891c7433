// /api/v1/meetings/{id} — one meeting with co-chairs, agenda and counts; edit it (409 on a stale version).
import { apiRoute, parseBody } from "@/lib/api/handler";
import { getMeetingDetail } from "@/lib/meeting/service/detail";
import { ZUpdateMeeting } from "@/lib/meeting/schema";
import { updateMeeting } from "@/lib/meeting/service/meetings";

export const GET = apiRoute<{ id: string }>("GET /api/v1/meetings/{id}", async ({ user, params }) =>
  getMeetingDetail(user.access, params.id),
);

export const PATCH = apiRoute<{ id: string }>(
  "PATCH /api/v1/meetings/{id}",
  async ({ user, params, request }) =>
    updateMeeting(user.access, params.id, await parseBody(request, ZUpdateMeeting), { userId: user.id }),
);
