// GET /api/v1/meetings/{id}/calendar.ics — the meeting's invitation (or cancellation) as iCalendar.
import { calendarRoute } from "@/lib/api/calendar-route";
import { meetingCalendar } from "@/lib/calendar/service";

export const GET = calendarRoute("GET /api/v1/meetings/{id}/calendar.ics", meetingCalendar, "attachment");
