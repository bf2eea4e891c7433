// GET /api/v1/meetings/{id}/calendar.ics — the meeting's invitation (or cancellation) as iCalendar.
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { calendarResponse } from "@/lib/calendar/response";
import { ZCalendarQuery } from "@/lib/calendar/schema";
import { requestLocale } from "@/lib/i18n/request-locale";
import { meetingCalendar } from "@/lib/calendar/service";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/meetings/{id}/calendar.ics",
  async ({ user, params, request }) =>
    calendarResponse(
      await meetingCalendar(
        user.access,
        params.id,
        parseQuery(request, ZCalendarQuery).lang ?? requestLocale(request, user.locale),
      ),
      "attachment",
    ),
);
