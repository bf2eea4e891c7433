// Times on the capture screen are the meeting's local time (its time zone), whatever the device's.
import type { TLocale } from "@/i18n/locales";

const INTL_LOCALE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "10:42" in the meeting's time zone; "" for an entry not saved yet. */
export function formatTime(iso: string, locale: TLocale, timeZone: string): string {
  if (!iso) return "";
  const key = `${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
      timeZone,
    });
    formatters.set(key, f);
  }
  return f.format(new Date(iso));
}
