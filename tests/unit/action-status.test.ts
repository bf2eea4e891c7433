// The definitions of docs/action-items.md at their edges: overdue (due today is not; reported done
// still is; done and dropped never are; the day is Jakarta's, not the server's UTC day) and done on
// time.
import { describe, expect, it } from "vitest";
import { actionToday, isDoneOnTime, isOverdue } from "@/lib/action-item/status";

const due = (day: string) => new Date(`${day}T00:00:00.000Z`);
// 2026-12-02 08:00 in Jakarta (UTC+7) is 2026-12-02 01:00 UTC; 2026-12-01 18:00 UTC is already the 2nd there.
const morningInJakarta = new Date("2026-12-02T01:00:00Z");
const lateUtcEvening = new Date("2026-12-01T18:00:00Z");

describe("the day action items are judged on", () => {
  it("is the calendar day in Jakarta", () => {
    expect(actionToday(morningInJakarta).toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(actionToday(lateUtcEvening).toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(actionToday(new Date("2026-12-01T16:59:59Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("overdue", () => {
  it("is not an item due today, and is one due yesterday", () => {
    expect(isOverdue({ status: "OPEN", dueDate: due("2026-12-02") }, morningInJakarta)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: due("2026-12-01") }, morningInJakarta)).toBe(true);
  });

  it("follows Jakarta's day: due on the 1st is overdue at 18:00 UTC on the 1st (01:00 on the 2nd there)", () => {
    expect(isOverdue({ status: "IN_PROGRESS", dueDate: due("2026-12-01") }, lateUtcEvening)).toBe(true);
  });

  it("counts reported done as open until verified", () => {
    expect(isOverdue({ status: "REPORTED_DONE", dueDate: due("2026-11-30") }, morningInJakarta)).toBe(true);
  });

  it("is never a done (verified) or dropped item, nor one without a due date", () => {
    for (const status of ["DONE", "DROPPED"] as const)
      expect(isOverdue({ status, dueDate: due("2020-01-01") }, morningInJakarta)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, morningInJakarta)).toBe(false);
  });
});

describe("done on time", () => {
  it("is done on or before the due date, in Jakarta's day", () => {
    const dueDate = due("2026-12-01");
    expect(isDoneOnTime({ status: "DONE", dueDate, closedAt: new Date("2026-12-01T16:59:00Z") })).toBe(true);
    // 17:00 UTC on the 1st is midnight on the 2nd in Jakarta: a day late.
    expect(isDoneOnTime({ status: "DONE", dueDate, closedAt: new Date("2026-12-01T17:00:00Z") })).toBe(false);
  });

  it("says nothing of items not verified done, or without a due date", () => {
    const closedAt = new Date("2026-11-01T00:00:00Z");
    expect(isDoneOnTime({ status: "REPORTED_DONE", dueDate: due("2026-12-01"), closedAt })).toBeNull();
    expect(isDoneOnTime({ status: "DROPPED", dueDate: due("2026-12-01"), closedAt })).toBeNull();
    expect(isDoneOnTime({ status: "DONE", dueDate: null, closedAt })).toBeNull();
  });
});
