// GET /api/v1/programmes/{id}/attendance/stats — attendance per meeting and over time; needs meeting:read there.
import { apiRoute } from "@/lib/api/handler";
import { getProgrammeAttendanceStats } from "@/lib/attendance/service";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/programmes/{id}/attendance/stats",
  async ({ user, params }) => getProgrammeAttendanceStats(user.access, params.id),
);
