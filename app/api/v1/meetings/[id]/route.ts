// GET /api/v1/meetings/{id} — one meeting; 404 alike for missing and not-yours.
import { apiRoute } from "@/lib/api/handler";
import { getMeeting } from "@/lib/meeting/service";

export const GET = apiRoute<{ id: string }>("GET /api/v1/meetings/{id}", async ({ user, params }) =>
  getMeeting(user.access, params.id),
);
