// GET /api/v1/meetings/{id}/attendance/stats — who attended one meeting, disaggregated; 404 alike for missing and not-yours.
import { apiRoute } from "@/lib/api/handler";
import { getMeetingAttendanceStats } from "@/lib/attendance/service";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/attendance/stats",
  async ({ user, params }) => getMeetingAttendanceStats(user.access, params.id),
);
