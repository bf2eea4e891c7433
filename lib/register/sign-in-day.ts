// When the register at the venue opens: from the meeting's day in its own time zone (a meeting at
// 08:00 in Jakarta opens at 00:00 WIB, not at midnight UTC). Before it no one can be there to sign
// in; afterwards signing in stays possible (a late entry), as does the paper sheet. Pure.
import { utcToZoned } from "@/lib/meeting/zoned-time";

/**
 * The meeting's day ("2026-12-10", in its zone) while that day has not come yet at `now`; null
 * once the register is open.
 */
export function signInOpensOn(
  meeting: { startsAt: Date; timeZone: string },
  now: Date = new Date(),
): string | null {
  const day = utcToZoned(meeting.startsAt, meeting.timeZone).date;
  return utcToZoned(now, meeting.timeZone).date < day ? day : null;
}
