// The time zones offered by the meeting form: Indonesia's three first, then every zone the runtime knows.
const INDONESIA = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];

export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...INDONESIA, current, ...all])];
}
