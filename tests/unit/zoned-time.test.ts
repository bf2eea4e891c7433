// Wall-clock times in a meeting's zone become the right UTC instant, also on DST change days.
import { describe, expect, it } from "vitest";
import { isWallDate, utcToZoned, zonedToUtc } from "@/lib/meeting/zoned-time";

const iso = (d: Date) => d.toISOString();

describe("zonedToUtc", () => {
  it("Asia/Jakarta is UTC+7 all year", () => {
    expect(iso(zonedToUtc("2026-12-10", "09:00", "Asia/Jakarta"))).toBe("2026-12-10T02:00:00.000Z");
    expect(iso(zonedToUtc("2026-07-01", "00:30", "Asia/Jakarta"))).toBe("2026-06-30T17:30:00.000Z");
  });

  it("Europe/Berlin uses CET in winter and CEST in summer", () => {
    expect(iso(zonedToUtc("2026-01-15", "09:00", "Europe/Berlin"))).toBe("2026-01-15T08:00:00.000Z");
    expect(iso(zonedToUtc("2026-07-15", "09:00", "Europe/Berlin"))).toBe("2026-07-15T07:00:00.000Z");
  });

  it("on the spring-forward day, times either side of the jump are right", () => {
    // 29 March 2026: 02:00 CET → 03:00 CEST.
    expect(iso(zonedToUtc("2026-03-29", "01:59", "Europe/Berlin"))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(zonedToUtc("2026-03-29", "03:00", "Europe/Berlin"))).toBe("2026-03-29T01:00:00.000Z");
  });

  it("a skipped time moves forward by the gap", () => {
    expect(iso(zonedToUtc("2026-03-29", "02:30", "Europe/Berlin"))).toBe("2026-03-29T01:30:00.000Z");
  });

  it("a time that happens twice (fall back) is the earlier one", () => {
    // 25 October 2026: 03:00 CEST → 02:00 CET, so 02:30 happens at 00:30Z and 01:30Z.
    expect(iso(zonedToUtc("2026-10-25", "02:30", "Europe/Berlin"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(zonedToUtc("2026-10-25", "03:30", "Europe/Berlin"))).toBe("2026-10-25T02:30:00.000Z");
  });

  it("refuses malformed input", () => {
    expect(() => zonedToUtc("2026-02-30", "09:00", "Asia/Jakarta")).toThrow(RangeError);
    expect(() => zonedToUtc("2026-02-10", "24:00", "Asia/Jakarta")).toThrow(RangeError);
    expect(isWallDate("2028-02-29")).toBe(true);
  });
});

describe("utcToZoned", () => {
  it("shows the wall clock of the zone", () => {
    expect(utcToZoned("2026-12-10T02:00:00Z", "Asia/Jakarta")).toEqual({ date: "2026-12-10", time: "09:00" });
    expect(utcToZoned("2026-10-25T01:30:00Z", "Europe/Berlin")).toEqual({
      date: "2026-10-25",
      time: "02:30",
    });
    expect(utcToZoned("2026-12-31T20:00:00Z", "Asia/Jakarta")).toEqual({ date: "2027-01-01", time: "03:00" });
  });

  it("round-trips every quarter hour of the Berlin fall-back day except the repeated hour", () => {
    for (let m = 0; m < 24 * 60; m += 15) {
      const time = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      const back = utcToZoned(zonedToUtc("2026-10-25", time, "Europe/Berlin"), "Europe/Berlin");
      expect(back).toEqual({ date: "2026-10-25", time });
    }
  });
});
