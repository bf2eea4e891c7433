// The frame of both calendar downloads (a meeting's invitation, a programme's feed): the caller,
// the language (`?lang=`, else the caller's) and the iCalendar answer; each route names its calendar.
import "server-only";
import type { TLocale } from "@/i18n/locales";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import type { TAccess } from "@/lib/auth/permissions";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ZCalendarQuery, type TCalendarFile } from "@/lib/calendar/schema";
import { downloadResponse } from "./download";

/** A GET route answering the calendar that `load` makes of the record in the path's `{id}`. */
export function calendarRoute(
  route: string,
  load: (access: TAccess, id: string, locale: TLocale) => Promise<TCalendarFile>,
  disposition: "attachment" | "inline",
) {
  return apiRoute<{ id: string }>(route, async ({ user, params, request }) => {
    const locale = parseQuery(request, ZCalendarQuery).lang ?? requestLocale(request, user.locale);
    const file = await load(user.access, params.id, locale);
    return downloadResponse({ ...file, type: "text/calendar; charset=utf-8", disposition });
  });
}
