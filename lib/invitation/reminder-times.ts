// When reminder e-mails go out: at a fixed hour of the meeting's own local day, N days before
// it, so a Jakarta meeting is reminded at 09:00 WIB whatever the server's zone. Pure.
import { utcToZoned, zonedToUtc } from "@/lib/meeting/zoned-time";

/** Local wall-clock time at which reminders are sent. */
export const REMINDER_LOCAL_TIME = "09:00";

export type TReminderTime = { daysBefore: number; sendAt: Date };

/** The wall date `days` calendar days before `date` ("2026-12-10" - 3 → "2026-12-07"). */
function daysEarlier(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/**
 * The instants to send reminders for a meeting starting at `startsAt` in `timeZone`, one per
 * entry of `daysBefore`, earliest first. Instants not after `now`, or not before the meeting
 * itself (0 days before a meeting at 08:00), are left out: a reminder is never sent late.
 */
export function reminderTimes(input: {
  startsAt: Date;
  timeZone: string;
  daysBefore: readonly number[];
  now: Date;
  localTime?: string;
}): TReminderTime[] {
  const meetingDay = utcToZoned(input.startsAt, input.timeZone).date;
  return [...new Set(input.daysBefore)]
    .filter((days) => Number.isInteger(days) && days >= 0)
    .map((days) => ({
      daysBefore: days,
      sendAt: zonedToUtc(
        daysEarlier(meetingDay, days),
        input.localTime ?? REMINDER_LOCAL_TIME,
        input.timeZone,
      ),
    }))
    .filter((r) => r.sendAt > input.now && r.sendAt < input.startsAt)
    .sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}
