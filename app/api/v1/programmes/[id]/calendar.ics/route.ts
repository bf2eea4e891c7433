// GET /api/v1/programmes/{id}/calendar.ics — the programme's meetings the caller may see, as a feed.
import { calendarRoute } from "@/lib/api/calendar-route";
import { programmeCalendar } from "@/lib/calendar/service";

export const GET = calendarRoute("GET /api/v1/programmes/{id}/calendar.ics", programmeCalendar, "inline");
