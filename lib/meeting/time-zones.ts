// The time zones offered by the meeting form: Indonesia's three first, then every zone the runtime knows.
import { DEFAULT_TIME_ZONE } from "./zoned-time";

// Western Indonesia (the default), Central and Eastern.
const INDONESIA = [DEFAULT_TIME_ZONE, "Asia/Makassar", "Asia/Jayapura"];

export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...INDONESIA, current, ...all])];
}
