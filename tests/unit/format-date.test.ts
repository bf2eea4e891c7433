// Dates are shown in the meeting's time zone and the reader's language; times of day one way
// everywhere: 24-hour, with the zone's abbreviation.
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, formatTimeRange, zoneAbbreviation } from "@/lib/format/date";
import { DEFAULT_TIME_ZONE } from "@/lib/meeting/zoned-time";
import { isOverdue } from "@/lib/action-item/status";

describe("meeting dates", () => {
  // 14 March 2024, 09:00 in Jakarta is 02:00 UTC.
  const start = new Date("2024-03-14T02:00:00Z");
  const end = new Date("2024-03-14T05:30:00Z");

  it("writes the day in English and Bahasa Indonesia", () => {
    expect(formatDate(start, "en", "Asia/Jakarta")).toBe("Thursday, 14 March 2024");
    expect(formatDate(start, "id", "Asia/Jakarta")).toBe("Kamis, 14 Maret 2024");
  });

  it("uses the meeting's own time zone, not the server's", () => {
    // 23:30 UTC on the 13th is already the 14th in Jakarta.
    expect(formatDate(new Date("2024-03-13T23:30:00Z"), "en", "Asia/Jakarta")).toContain("14 March");
    expect(formatTimeRange(start, end, "en", "Asia/Jakarta")).toBe("09:00–12:30 WIB");
  });
});

describe("times of day", () => {
  // 12:12 in Jakarta, 13:12 in Makassar, 14:12 in Jayapura.
  const noonish = new Date("2026-03-05T05:12:26Z");

  it("are 24-hour, in both languages (Indonesian writes a period between hours and minutes)", () => {
    const afternoon = new Date("2026-03-05T10:45:00Z");
    expect(formatTime(afternoon, "en", "Asia/Jakarta")).toBe("17:45 WIB");
    expect(formatTime(afternoon, "id", "Asia/Jakarta")).toBe("17.45 WIB");
    expect(formatTime(noonish, "en", "Asia/Jakarta")).not.toMatch(/[AP]M/i);
  });

  it("name Indonesia's zones as Indonesians do, in either language", () => {
    expect(formatTime(noonish, "en", "Asia/Jakarta")).toBe("12:12 WIB");
    expect(formatTime(noonish, "en", "Asia/Makassar")).toBe("13:12 WITA");
    expect(formatTime(noonish, "id", "Asia/Makassar")).toBe("13.12 WITA");
    expect(formatTime(noonish, "id", "Asia/Jayapura")).toBe("14.12 WIT");
    expect(zoneAbbreviation(noonish, "en", "Asia/Pontianak")).toBe("WIB");
  });

  it("name other zones by Intl's short name, summer time included", () => {
    expect(formatTime(noonish, "en", "UTC")).toBe("05:12 UTC");
    expect(formatTime(new Date("2026-01-15T08:00:00Z"), "en", "Europe/Berlin")).toBe("09:00 CET");
    expect(formatTime(new Date("2026-07-15T07:00:00Z"), "en", "Europe/Berlin")).toBe("09:00 CEST");
  });

  it("write midnight as 00:00, not 24:00, and a time just after it on the new day", () => {
    // 17:00 UTC on the 5th is midnight of the 6th in Jakarta.
    const midnight = new Date("2026-03-05T17:00:00Z");
    expect(formatTime(midnight, "en", "Asia/Jakarta")).toBe("00:00 WIB");
    expect(formatTime(midnight, "id", "Asia/Jakarta")).toBe("00.00 WIB");
    expect(formatDateTime(midnight, "en", "Asia/Jakarta")).toBe("6 Mar 2026, 00:00 WIB");
    expect(formatTime(new Date("2026-03-05T16:59:00Z"), "en", "Asia/Jakarta")).toBe("23:59 WIB");
    expect(formatTimeRange("2026-03-05T16:30:00Z", "2026-03-05T17:30:00Z", "en", "Asia/Jakarta")).toBe(
      "23:30–00:30 WIB",
    );
  });

  it("put a moment tied to no meeting (an e-mail written, a session) in the programmes' zone", () => {
    // The outbox used to show the server's UTC: 5:12:26 AM.
    expect(formatDateTime(noonish, "en", DEFAULT_TIME_ZONE)).toBe("5 Mar 2026, 12:12 WIB");
    expect(formatDateTime(noonish, "id", DEFAULT_TIME_ZONE)).toBe("5 Mar 2026, 12.12 WIB");
  });
});

describe("overdue action items", () => {
  const today = new Date("2026-11-25T10:00:00Z");
  it("counts open items due before today", () => {
    expect(isOverdue({ status: "OPEN", dueDate: new Date("2026-11-24") }, today)).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueDate: new Date("2026-11-25") }, today)).toBe(false);
  });
  it("never counts closed or undated items", () => {
    expect(isOverdue({ status: "DONE", dueDate: new Date("2020-01-01") }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, today)).toBe(false);
  });
});
