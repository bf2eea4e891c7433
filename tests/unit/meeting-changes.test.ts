// Only edits that move a meeting in invitees' calendars count as schedule changes.
import { describe, expect, it } from "vitest";
import { isScheduleChange } from "@/lib/meeting/changes";

const current = {
  startsAt: new Date("2026-12-10T02:00:00Z"),
  endsAt: new Date("2026-12-10T05:30:00Z"),
  timeZone: "Asia/Jakarta",
  venueBuilding: "Bappenas",
  venueRoom: null,
  venueAddress: null,
  onlineUrl: null,
};

describe("isScheduleChange", () => {
  it("ignores fields that were not edited", () => {
    expect(isScheduleChange(current, {})).toBe(false);
  });

  it("treats the same instant written with another offset as no change", () => {
    expect(isScheduleChange(current, { startsAt: "2026-12-10T09:00:00+07:00" })).toBe(false);
  });

  it("sees a new time, venue, link or cleared venue", () => {
    expect(isScheduleChange(current, { startsAt: "2026-12-10T10:00:00+07:00" })).toBe(true);
    expect(isScheduleChange(current, { venueRoom: "Room 3" })).toBe(true);
    expect(isScheduleChange(current, { onlineUrl: "https://zoom.example/j/1" })).toBe(true);
    expect(isScheduleChange(current, { venueBuilding: null })).toBe(true);
  });

  it("treats setting a value it already has as no change", () => {
    expect(isScheduleChange(current, { venueBuilding: "Bappenas", venueRoom: null })).toBe(false);
  });
});
