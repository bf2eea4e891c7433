// Dates are shown in the meeting's time zone and the reader's language.
import { describe, expect, it } from "vitest";
import { formatDate, formatTimeRange } from "@/lib/format/date";
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
    expect(formatTimeRange(start, end, "en", "Asia/Jakarta")).toMatch(/^09:00–12:30 /);
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
