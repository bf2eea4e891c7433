// Dates and times as users read them: in the meeting's own time zone, in the reader's language
// ("Thursday, 14 March 2024" / "Kamis, 14 Maret 2024"). Every time of day on a screen, in an e-mail
// or a document is written one way: 24-hour, with the zone's abbreviation ("09:30 WIB" /
// "09.30 WIB"); a time not tied to a meeting (the outbox, sessions) in the programmes' default zone,
// DEFAULT_TIME_ZONE of lib/meeting/zoned-time.ts.
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
// hourCycle, not hour12: false, which some engines read as h24 and write midnight as 24:00.
const TIME = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
const ZONE = { timeZoneName: "short" } as const;
const DAY = { day: "numeric", month: "short", year: "numeric" } as const;
const DAY_IN_FULL = { day: "numeric", month: "long", year: "numeric" } as const;
const DATE_TIME = { ...DAY, ...TIME } as const;

/**
 * Indonesia's zones by the names Indonesians use, in either language; Intl writes "GMT+7" for
 * them in English (and would for Pontianak's WIB in any language).
 */
const INDONESIAN_ZONES: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Ujung_Pandang": "WITA",
  "Asia/Jayapura": "WIT",
};

/** "WIB", "WITA", "WIT"; for any other zone the short name Intl gives at `date` ("CET", "GMT-5"). */
export function zoneAbbreviation(date: Date | string, locale: TLocale, timeZone: string): string {
  return (
    INDONESIAN_ZONES[timeZone] ??
    formatter(locale, timeZone, ZONE)
      .formatToParts(new Date(date))
      .find((p) => p.type === "timeZoneName")?.value ??
    timeZone
  );
}

export function formatDate(date: Date | string, locale: TLocale, timeZone: string): string {
  return formatter(locale, timeZone, DATE).format(new Date(date));
}

/** "09:30 WIB" (English) / "09.30 WIB" (Indonesian): a time of day in `timeZone`. */
export function formatTime(date: Date | string, locale: TLocale, timeZone: string): string {
  return `${formatter(locale, timeZone, TIME).format(new Date(date))} ${zoneAbbreviation(date, locale, timeZone)}`;
}

/** "09:00–12:30 WIB": a meeting's hours in its time zone. */
export function formatTimeRange(
  start: Date | string,
  end: Date | string,
  locale: TLocale,
  timeZone: string,
): string {
  const time = formatter(locale, timeZone, TIME);
  return `${time.format(new Date(start))}–${time.format(new Date(end))} ${zoneAbbreviation(start, locale, timeZone)}`;
}

/** "14 Mar 2024, 09:30 WIB" in `timeZone`: when something happened (a version saved, a mail written). */
export function formatDateTime(date: Date | string, locale: TLocale, timeZone: string): string {
  return `${formatter(locale, timeZone, DATE_TIME).format(new Date(date))} ${zoneAbbreviation(date, locale, timeZone)}`;
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
