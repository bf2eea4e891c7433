// GET /api/v1/meetings/{id}/carried-over — the action items of earlier meetings that were still open
// when this meeting started ("Matters arising"), with their status as of then and what was recorded
// for them at this meeting. Recording goes through POST /api/v1/action-items/{id}/updates with
// `meetingId`.
import { apiRoute } from "@/lib/api/handler";
import { carriedOver } from "@/lib/action-item/service/carry-over";

export const GET = apiRoute<{ id: string }>("GET /api/v1/meetings/{id}/carried-over", ({ user, params }) =>
  carriedOver(user.access, params.id),
);
