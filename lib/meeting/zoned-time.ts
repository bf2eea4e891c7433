// Wall-clock date and time in a meeting's IANA zone ⇄ UTC instant. Forms send what the
// secretariat reads on the invitation ("10 Dec, 09:00, Asia/Jakarta"); the server stores UTC.
// Pure and Intl-based, so it follows the runtime's zone data across DST changes.

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWallDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isWallTime(value: string): boolean {
  return TIME_RE.test(value);
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `instant`, as milliseconds of a "UTC" date with those fields. */
function wallMillis(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (+7 h for Asia/Jakarta). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallMillis(whole, timeZone) - whole;
}

/**
 * The UTC instant at which the wall clock in `timeZone` shows `date` `time`. A time that
 * happens twice (clocks going back) is the earlier one; a time skipped by clocks going forward
 * moves forward by the gap (02:30 on the Berlin spring-forward day is 03:30 CEST), as
 * Temporal's "compatible" disambiguation does.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  if (!isWallDate(date) || !isWallTime(time)) throw new RangeError(`Not a wall-clock time: ${date} ${time}`);
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const day = 24 * 3600_000;
  const before = offsetAt(wall - day, timeZone);
  const after = offsetAt(wall + day, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallMillis(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? wall - before);
}

/** What the wall clock in `timeZone` shows at `instant`: { date: "2026-12-10", time: "09:00" }. */
export function utcToZoned(instant: Date | string, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallMillis(new Date(instant).getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
