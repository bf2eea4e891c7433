// PATCH /api/v1/meetings/{id}/attendance/{invitationId} — set (or clear, or undo) one person's attendance.
import { apiRoute, parseBody } from "@/lib/api/handler";
import { ZSetAttendance } from "@/lib/register/schema";
import { setAttendance } from "@/lib/register/service/register";

export const PATCH = apiRoute<{ id: string; invitationId: string }>(
  "PATCH /api/v1/meetings/{id}/attendance/{invitationId}",
  async ({ user, params, request }) =>
    setAttendance(user.access, params.id, params.invitationId, await parseBody(request, ZSetAttendance), {
      userId: user.id,
    }),
);
