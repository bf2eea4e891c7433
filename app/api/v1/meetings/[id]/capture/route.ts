// GET /api/v1/meetings/{id}/capture — what the capture screen shows and polls: agenda, register,
// remarks, decisions and action items of the meeting, and whether its record is still open.
import { apiRoute } from "@/lib/api/handler";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getCaptureState } from "@/lib/record/service/capture";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/capture",
  async ({ user, params, request }) =>
    getCaptureState(user.access, params.id, requestLocale(request, user.locale)),
);
