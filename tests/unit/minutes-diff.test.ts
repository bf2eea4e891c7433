// The diff between two versions of the draft minutes: per section, entries added, removed and
// changed field by field, matched by the record's id (not its position), with no noise from a
// renumbering the reader does not see or a renamed agenda item under every remark.
import { describe, expect, it } from "vitest";
import { diffVersions, type TSectionDiff } from "@/lib/minutes/diff";
import { buildMeetingRecord } from "../fixtures/meeting-record";

const v = (number: number, content = buildMeetingRecord()) => ({ number, content });
const section = (diff: ReturnType<typeof diffVersions>, name: TSectionDiff["section"]) =>
  diff.sections.find((s) => s.section === name)!;
const counts = (s: TSectionDiff) => [s.added.length, s.removed.length, s.changed.length];

describe("diffVersions", () => {
  it("finds nothing between two identical versions, and lists every section in order", () => {
    const diff = diffVersions(v(1), v(2));
    expect(diff).toMatchObject({ from: 1, to: 2, isSame: true });
    expect(diff.sections.map((s) => s.section)).toEqual([
      "attendance",
      "agenda",
      "remarks",
      "decisions",
      "actionItems",
    ]);
    for (const s of diff.sections) expect(counts(s)).toEqual([0, 0, 0]);
  });

  it("shows a reworded decision as exactly one field changed, before and after", () => {
    const after = buildMeetingRecord();
    after.decisions[1] = { ...after.decisions[1], text: "The committee endorsed the revised work plan." };
    const diff = diffVersions(v(1), v(2, after));
    expect(diff.isSame).toBe(false);
    expect(section(diff, "decisions").changed).toEqual([
      {
        id: "d-2",
        label: "The committee endorsed the revised work plan.",
        changes: [
          {
            field: "text",
            before: "The committee endorsed item 2 of the work plan.",
            after: "The committee endorsed the revised work plan.",
          },
        ],
      },
    ]);
    for (const name of ["attendance", "agenda", "remarks", "actionItems"] as const) {
      expect(counts(section(diff, name))).toEqual([0, 0, 0]);
    }
  });

  it("lists added and removed entries with their fields, matched by id not position", () => {
    const before = buildMeetingRecord();
    const after = buildMeetingRecord();
    const [first, ...rest] = after.remarks;
    // The first remark is deleted: the others close up their order, which is no change to a reader.
    after.remarks = rest.map((r, i) => ({ ...r, order: i + 1 }));
    after.actionItems.push({ ...after.actionItems[0], id: "ai-new", title: "Draft the terms of reference" });
    after.attendance.participants = after.attendance.participants.filter((p) => p.personId !== "p-3");
    const diff = diffVersions(v(1, before), v(2, after));

    const remarks = section(diff, "remarks");
    expect(remarks.removed.map((e) => e.id)).toEqual([first.id]);
    expect(remarks.removed[0].fields).toMatchObject({ summary: first.summary, kind: "OPENING" });
    expect(remarks.changed).toEqual([]);

    const actions = section(diff, "actionItems");
    expect(actions.added).toEqual([
      expect.objectContaining({ id: "ai-new", label: "Draft the terms of reference" }),
    ]);
    expect(actions.added[0].fields).toMatchObject({ title: "Draft the terms of reference", status: "OPEN" });
    expect(counts(section(diff, "attendance"))).toEqual([0, 1, 0]);
    expect(section(diff, "attendance").removed[0].id).toBe("p-3");
  });

  it("changes a participant field by field (position, walk-in)", () => {
    const after = buildMeetingRecord();
    const p = after.attendance.participants.find((x) => x.personId === "p-2")!;
    p.position = "Deputy Minister";
    p.isWalkIn = true;
    const changed = section(diffVersions(v(1), v(2, after)), "attendance").changed;
    expect(changed).toEqual([
      {
        id: "p-2",
        label: p.name,
        changes: [
          { field: "position", before: "Director 2", after: "Deputy Minister" },
          { field: "isWalkIn", before: false, after: true },
        ],
      },
    ]);
  });

  it("a renamed agenda item changes the item, not every remark under it; moving a remark does", () => {
    const after = buildMeetingRecord();
    after.agenda[2] = { ...after.agenda[2], title: "Progress report 2026 (revised)" };
    after.remarks[0] = { ...after.remarks[0], agendaItemId: "a-4" };
    const diff = diffVersions(v(1), v(2, after));
    expect(section(diff, "agenda").changed).toEqual([
      {
        id: "a-3",
        label: "Progress report 2026 (revised)",
        changes: [
          { field: "title", before: "Progress report 2026", after: "Progress report 2026 (revised)" },
        ],
      },
    ]);
    expect(section(diff, "remarks").changed).toEqual([
      expect.objectContaining({
        id: "r-1",
        changes: [
          {
            field: "agendaItem",
            before: "Adoption of the minutes of the previous meeting",
            after: "Work plan and budget 2027",
          },
        ],
      }),
    ]);
  });

  it("a reordered agenda shows the items' new numbers, in the later version's order", () => {
    const after = buildMeetingRecord();
    after.agenda = after.agenda.map((a) =>
      a.id === "a-3" ? { ...a, order: 4 } : a.id === "a-4" ? { ...a, order: 3 } : a,
    );
    const changed = section(diffVersions(v(1), v(2, after)), "agenda").changed;
    expect(changed.map((c) => [c.id, c.changes])).toEqual([
      ["a-4", [{ field: "number", before: 4, after: 3 }]],
      ["a-3", [{ field: "number", before: 3, after: 4 }]],
    ]);
  });

  // Its speed is measured by the benchmark, never asserted here.
  it("diffs a 60-attendee, 40-remark meeting: one changed remark is one change", () => {
    const before = buildMeetingRecord({ attendees: 60, remarks: 40, decisions: 10, actions: 15 });
    const after = buildMeetingRecord({ attendees: 60, remarks: 40, decisions: 10, actions: 15 });
    after.remarks[20].summary = "Changed.";
    const diff = diffVersions(v(1, before), v(2, after));
    expect(section(diff, "remarks").changed).toHaveLength(1);
  });
});
