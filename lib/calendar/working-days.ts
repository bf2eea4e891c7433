// Working-day arithmetic for deadlines ("comments within 10 working days"): Saturdays, Sundays and
// the listed public holidays are not working days. Pure, on calendar dates written "YYYY-MM-DD" —
// days of the calendar, not instants, so no time zone or daylight-saving change can move them.
// The holidays come from the caller (lib/holiday/service.ts `holidayDates`), for the span it needs.
//
// Counting rule: the start day itself is never counted. `addWorkingDays(start, n)` is the n-th
// working day after `start`, whatever `start` is — a deadline of 1 working day set on a Friday, a
// Saturday or a holiday falls on the next working day. With n = 0 it is `start` unchanged, even on a
// weekend (nothing is counted, so nothing moves); so adding a then b working days is adding a + b.
// A negative n counts back: the |n|-th working day before `start`. `workingDaysBetween(start, end)`
// counts the working days after `start` up to and including `end`, so it undoes addWorkingDays.

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real calendar date "YYYY-MM-DD"; null for anything else. */
function dayNumber(date: string): number | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to 2 March, and reads years 0–99 as 1900–1999: neither is the date written.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / DAY_MS);
}

function requireDay(date: string, what: string): number {
  const day = dayNumber(date);
  if (day === null)
    throw new RangeError(`${what} is not a calendar date "YYYY-MM-DD": ${JSON.stringify(date)}`);
  return day;
}

function calendarDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;
const isWeekend = (day: number) => weekday(day) === 0 || weekday(day) === 6;

/** The holidays as day numbers; an entry that is not a calendar date matches no day. */
function holidayDays(holidays: ReadonlySet<string>): Set<number> {
  const days = new Set<number>();
  for (const date of holidays) {
    const day = dayNumber(date);
    if (day !== null) days.add(day);
  }
  return days;
}

/** Whether `date` is a working day: not a Saturday, not a Sunday, not one of `holidays`. */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = requireDay(date, "date");
  return !isWeekend(day) && !holidays.has(calendarDate(day));
}

/**
 * The date `n` working days after `start` (before it when n is negative); `start` itself is not
 * counted, and n = 0 answers `start` as it is. Throws a RangeError for a `start` that is not a
 * calendar date or an `n` that is not a whole number.
 */
export function addWorkingDays(start: string, n: number, holidays: ReadonlySet<string>): string {
  let day = requireDay(start, "start");
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be a whole number of working days: ${n}`);
  const closed = holidayDays(holidays);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (!isWeekend(day) && !closed.has(day)) left -= 1;
  }
  return calendarDate(day);
}

/**
 * The working days after `start` up to and including `end`: 0 for the same day, negative when `end`
 * is before `start` (the working days from `end`, not counted, up to `start`). For n ≥ 0,
 * workingDaysBetween(start, addWorkingDays(start, n)) = n.
 */
export function workingDaysBetween(start: string, end: string, holidays: ReadonlySet<string>): number {
  const from = requireDay(start, "start");
  const to = requireDay(end, "end");
  if (to < from) return -workingDaysBetween(end, start, holidays);
  // Whole weeks hold five weekdays each; the days left over are looked at one by one.
  const span = to - from;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7 + 1; day <= to; day++) if (!isWeekend(day)) count += 1;
  for (const day of holidayDays(holidays)) if (day > from && day <= to && !isWeekend(day)) count -= 1;
  return count;
}
