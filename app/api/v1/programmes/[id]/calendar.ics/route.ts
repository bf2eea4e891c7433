// GET /api/v1/programmes/{id}/calendar.ics — the programme's meetings the caller may see, as a feed.
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { calendarResponse } from "@/lib/calendar/response";
import { ZCalendarQuery } from "@/lib/calendar/schema";
import { requestLocale } from "@/lib/i18n/request-locale";
import { programmeCalendar } from "@/lib/calendar/service";

export const GET = apiRoute<{ id: string }>(
  "GET /api/v1/programmes/{id}/calendar.ics",
  async ({ user, params, request }) =>
    calendarResponse(
      await programmeCalendar(
        user.access,
        params.id,
        parseQuery(request, ZCalendarQuery).lang ?? requestLocale(request, user.locale),
      ),
      "inline",
    ),
);
