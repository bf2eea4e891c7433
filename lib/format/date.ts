// Dates as users read them: in the meeting's own time zone, in the reader's language
// ("Thursday, 14 March 2024" / "Kamis, 14 Maret 2024").
import type { TLocale } from "@/i18n/locales";

const INTL_LOCALE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };

export function formatDate(date: Date | string, locale: TLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(new Date(date));
}

/** "09:00–12:30 WIB" style time range in the meeting's time zone. */
export function formatTimeRange(
  start: Date | string,
  end: Date | string,
  locale: TLocale,
  timeZone: string,
): string {
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone,
  });
  const zone =
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName: "short" })
      .formatToParts(new Date(start))
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  return `${time.format(new Date(start))}–${time.format(new Date(end))} ${zone}`;
}

/** A calendar date with no time of day (due dates, programme start), shown as stored. */
export function formatDay(date: Date | string, locale: TLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(date));
}
