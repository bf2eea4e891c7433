// The sign-in sheet's order and numbers, and what entering the paper sheet changes.
import { describe, expect, it } from "vitest";
import { planPaperEntry } from "@/lib/register/paper-entry-plan";
import { numberSheetRows } from "@/lib/register/sheet-rows";

describe("numberSheetRows", () => {
  it("orders by organisation, then name, people without an organisation last", () => {
    const rows = numberSheetRows([
      { id: "a", name: "Budi", organisation: { name: "Zeta" } },
      { id: "b", name: "Ani", organisation: null },
      { id: "c", name: "Citra", organisation: { name: "alpha" } },
      { id: "d", name: "Ani", organisation: { name: "Zeta" } },
    ]);
    expect(rows.map((r) => [r.number, r.id])).toEqual([
      [1, "c"],
      [2, "d"],
      [3, "a"],
      [4, "b"],
    ]);
  });
});

describe("planPaperEntry", () => {
  const start = new Date("2026-03-12T02:00:00Z");
  const rows = [
    { id: "none", attendance: null, signedInAt: null },
    { id: "absent", attendance: "ABSENT" as const, signedInAt: null },
    { id: "excused", attendance: "EXCUSED" as const, signedInAt: null },
    { id: "present", attendance: "PRESENT" as const, signedInAt: new Date("2026-03-12T01:55:00Z") },
  ];

  it("marks ticked rows present at the meeting's start, keeping a real sign-in", () => {
    const plan = planPaperEntry(
      rows,
      { presentIds: ["absent", "present"], markOthersAbsent: false, signedInAt: "meetingStart" },
      start,
    );
    expect(plan.map((c) => [c.id, c.after])).toEqual([
      ["absent", { attendance: "PRESENT", signedInAt: start }],
    ]);
  });

  it("marks unticked rows absent only when asked, never the excused", () => {
    const plan = planPaperEntry(rows, { presentIds: [], markOthersAbsent: true, signedInAt: "none" }, start);
    expect(plan.map((c) => [c.id, c.after.attendance])).toEqual([
      ["none", "ABSENT"],
      ["present", "ABSENT"],
    ]);
  });
});
