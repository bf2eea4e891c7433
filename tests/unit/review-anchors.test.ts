// The anchors reviewers comment on: named by the record's own ids, so an anchor means the same
// entry in every version (whatever was reworded, reordered or added around it), in the order the
// minutes print them; and the record entry an accepted replacement is written to.
import { describe, expect, it } from "vitest";
import { anchorOf, anchorsOf, anchorTarget } from "@/lib/minutes/review-anchors";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

describe("anchorsOf", () => {
  const record = buildMeetingRecord({ attendees: 4, remarks: 3, decisions: 2, actions: 2 });
  const anchors = anchorsOf(record);

  it("has one anchor per entry, named by the record's id, in the order the minutes print them", () => {
    const agenda = [...record.agenda].sort((a, b) => a.order - b.order);
    expect(anchors.map((a) => a.anchor)).toEqual([
      "meeting",
      ...record.attendance.participants.map((p) => `attendance-${p.personId}`),
      ...agenda.map((a) => `agenda-${a.id}`),
      ...record.remarks.map((r) => `remark-${r.id}`),
      ...record.decisions.map((d) => `decision-${d.id}`),
      ...record.actionItems.map((a) => `action-${a.id}`),
    ]);
    expect(new Set(anchors.map((a) => a.anchor)).size).toBe(anchors.length);
  });

  it("says what each anchor points at, and which can take replacement text", () => {
    const decision = record.decisions[1];
    expect(anchors.find((a) => a.anchor === `decision-${decision.id}`)).toEqual({
      anchor: `decision-${decision.id}`,
      section: "decisions",
      label: String(decision.number),
      text: decision.text,
      isApplicable: true,
    });
    const remark = record.remarks[0];
    expect(anchors.find((a) => a.anchor === `remark-${remark.id}`)).toMatchObject({
      section: "remarks",
      label: remark.speaker.name,
      text: remark.summary,
      isApplicable: true,
    });
    const person = record.attendance.participants[0];
    expect(anchors.find((a) => a.anchor === `attendance-${person.personId}`)).toMatchObject({
      section: "attendance",
      label: person.name,
      isApplicable: false,
    });
    expect(anchors[0]).toMatchObject({
      section: "meeting",
      label: record.meeting.title,
      text: record.meeting.purpose ?? "",
      isApplicable: false,
    });
  });

  it("keeps every anchor when texts change, the agenda is reordered or an entry is added", () => {
    const next = structuredClone(record);
    next.decisions[0].text = "Reworded after review.";
    next.remarks[1].summary = "Shorter.";
    next.agenda = next.agenda.map((a, i) => ({ ...a, order: next.agenda.length - i }));
    next.decisions.push({ ...next.decisions[0], id: "d-new", number: 9, text: "A new decision." });
    const after = anchorsOf(next).map((a) => a.anchor);
    for (const a of anchors) expect(after).toContain(a.anchor);
    expect(after).toContain("decision-d-new");
    // The agenda's labels follow the new order; its anchors do not.
    const first = [...next.agenda].sort((a, b) => a.order - b.order)[0];
    expect(anchorsOf(next).find((a) => a.anchor === `agenda-${first.id}`)?.label).toBe(`1. ${first.title}`);
  });

  it("is the same for the same content", () => {
    expect(anchorsOf(structuredClone(record))).toEqual(anchors);
  });
});

describe("anchorTarget", () => {
  it("names the table and id an applicable anchor writes to", () => {
    expect(anchorTarget("decision-cm123abc")).toEqual({ kind: "decision", id: "cm123abc" });
    expect(anchorTarget("remark-r_1")).toEqual({ kind: "remark", id: "r_1" });
    expect(anchorTarget("action-a-2")).toEqual({ kind: "action", id: "a-2" });
    expect(anchorTarget("agenda-x")).toEqual({ kind: "agenda", id: "x" });
  });

  it("round-trips every applicable anchor anchorsOf gives, and none of the others", () => {
    for (const a of anchorsOf(buildMeetingRecord())) {
      const target = anchorTarget(a.anchor);
      if (!a.isApplicable) {
        expect(target, a.anchor).toBeNull();
        continue;
      }
      expect(target, a.anchor).not.toBeNull();
      expect(a.anchor.endsWith(`-${target!.id}`)).toBe(true);
    }
    expect(anchorTarget(anchorOf("actionItems", "abc"))).toEqual({ kind: "action", id: "abc" });
  });

  it("refuses anything else", () => {
    for (const anchor of [
      "meeting",
      "attendance-p1",
      "decision-",
      "decisions-1",
      "decision-a b",
      "decision-1;DROP",
      " decision-1",
      `decision-${"x".repeat(65)}`,
      "paragraph-3",
      "",
    ]) {
      expect(anchorTarget(anchor), anchor).toBeNull();
    }
  });
});
