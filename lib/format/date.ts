// Dates as users read them: in the meeting's own time zone, in the reader's language
// ("Thursday, 14 March 2024" / "Kamis, 14 Maret 2024").
import type { TLocale } from "@/i18n/locales";

const INTL_LOCALE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };

// Building an Intl.DateTimeFormat costs far more than using one; lists format many dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  locale: TLocale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

const DATE = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;
const TIME = { hour: "2-digit", minute: "2-digit", hour12: false } as const;
const ZONE = { timeZoneName: "short" } as const;
const DAY = { day: "numeric", month: "short", year: "numeric" } as const;
const DAY_IN_FULL = { day: "numeric", month: "long", year: "numeric" } as const;

export function formatDate(date: Date | string, locale: TLocale, timeZone: string): string {
  return formatter(locale, timeZone, DATE).format(new Date(date));
}

/** "09:00–12:30 GMT+7" style time range in the meeting's time zone. */
export function formatTimeRange(
  start: Date | string,
  end: Date | string,
  locale: TLocale,
  timeZone: string,
): string {
  const time = formatter(locale, timeZone, TIME);
  const zone =
    formatter(locale, timeZone, ZONE)
      .formatToParts(new Date(start))
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  return `${time.format(new Date(start))}–${time.format(new Date(end))} ${zone}`;
}

/** A calendar date with no time of day (due dates, programme start), shown as stored. */
export function formatDay(date: Date | string, locale: TLocale): string {
  return formatter(locale, "UTC", DAY).format(new Date(date));
}

/**
 * The same calendar date with its month in full, for the running text of the generated documents:
 * "1 March 2024" / "1 Maret 2024" — the minutes and the summary never abbreviate a month.
 */
export function formatDayInFull(date: Date | string, locale: TLocale): string {
  return formatter(locale, "UTC", DAY_IN_FULL).format(new Date(date));
}

const DATE_TIME = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
} as const;

/** "14 Mar 2024, 09:30" in `timeZone`: when something was saved (a version of the minutes). */
export function formatDateTime(date: Date | string, locale: TLocale, timeZone: string): string {
  return formatter(locale, timeZone, DATE_TIME).format(new Date(date));
}
