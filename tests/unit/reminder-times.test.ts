// Reminders go out at 09:00 in the meeting's own zone, N local days before it, never late.
import { describe, expect, it } from "vitest";
import { reminderTimes } from "@/lib/invitation/reminder-times";

// Thursday 10 Dec 2026, 09:00 in Jakarta (UTC+7).
const startsAt = new Date("2026-12-10T02:00:00Z");
const timeZone = "Asia/Jakarta";

describe("reminder times", () => {
  it("sends at 09:00 Jakarta time 3 days and 1 day before, earliest first", () => {
    const times = reminderTimes({
      startsAt,
      timeZone,
      daysBefore: [1, 3],
      now: new Date("2026-11-01T00:00:00Z"),
    });
    expect(times).toEqual([
      { daysBefore: 3, sendAt: new Date("2026-12-07T02:00:00Z") },
      { daysBefore: 1, sendAt: new Date("2026-12-09T02:00:00Z") },
    ]);
  });

  it("counts days on the meeting's local calendar, not in UTC", () => {
    // 06:30 on 10 Dec in Jakarta is still 9 Dec in UTC; one day before is 9 Dec Jakarta time.
    const early = new Date("2026-12-09T23:30:00Z");
    const [reminder] = reminderTimes({
      startsAt: early,
      timeZone,
      daysBefore: [1],
      now: new Date("2026-11-01"),
    });
    expect(reminder.sendAt).toEqual(new Date("2026-12-09T02:00:00Z"));
  });

  it("skips reminders whose time has passed", () => {
    const now = new Date("2026-12-08T00:00:00Z"); // after the 3-day reminder, before the 1-day one
    expect(reminderTimes({ startsAt, timeZone, daysBefore: [3, 1], now })).toEqual([
      { daysBefore: 1, sendAt: new Date("2026-12-09T02:00:00Z") },
    ]);
    expect(
      reminderTimes({ startsAt, timeZone, daysBefore: [3, 1], now: new Date("2026-12-09T02:00:00Z") }),
    ).toEqual([]);
  });

  it("never sends on the day itself after the meeting has begun", () => {
    const at0800 = new Date("2026-12-10T01:00:00Z"); // 08:00 Jakarta
    expect(
      reminderTimes({ startsAt: at0800, timeZone, daysBefore: [0], now: new Date("2026-11-01") }),
    ).toEqual([]);
  });

  it("crosses month ends and ignores repeated days", () => {
    const jan2 = new Date("2027-01-02T02:00:00Z");
    expect(
      reminderTimes({ startsAt: jan2, timeZone, daysBefore: [3, 3], now: new Date("2026-11-01") }),
    ).toEqual([{ daysBefore: 3, sendAt: new Date("2026-12-30T02:00:00Z") }]);
  });

  it("follows daylight saving in zones that have it", () => {
    // Monday 30 Mar 2026, 10:00 in Berlin (CEST); 3 days before is Friday 27 Mar, still CET.
    const berlin = reminderTimes({
      startsAt: new Date("2026-03-30T08:00:00Z"),
      timeZone: "Europe/Berlin",
      daysBefore: [3],
      now: new Date("2026-03-01"),
    });
    expect(berlin[0].sendAt).toEqual(new Date("2026-03-27T08:00:00Z"));
  });
});
