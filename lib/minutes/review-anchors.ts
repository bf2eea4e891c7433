// The stable anchors of a version of the minutes: every paragraph a reviewer can comment on — the
// meeting's purpose, each attendance row, agenda item, remark, decision and action item — named by
// the record's own id ("decision-<id>"), so an anchor means the same entry in every version. Pure:
// the review screen, the service and the tests share it.
import type { TMeetingRecord } from "./record-schema";

export const ANCHOR_SECTIONS = [
  "meeting",
  "attendance",
  "agenda",
  "remarks",
  "decisions",
  "actionItems",
] as const;
export type TAnchorSection = (typeof ANCHOR_SECTIONS)[number];

export type TAnchor = {
  anchor: string;
  section: TAnchorSection;
  /** What the minutes call the entry: a name, a title, a decision's number. */
  label: string;
  /** The text a comment's replacement would replace. */
  text: string;
  /** Accepted replacement text can be written into the record (not for attendance rows). */
  isApplicable: boolean;
};

const PREFIX: Record<Exclude<TAnchorSection, "meeting">, string> = {
  attendance: "attendance",
  agenda: "agenda",
  remarks: "remark",
  decisions: "decision",
  actionItems: "action",
};

export const anchorOf = (section: Exclude<TAnchorSection, "meeting">, id: string) =>
  `${PREFIX[section]}-${id}`;

/** Every anchor of a version's content, in the order the minutes print them. */
export function anchorsOf(content: TMeetingRecord): TAnchor[] {
  const agenda = [...content.agenda].sort((a, b) => a.order - b.order);
  return [
    {
      anchor: "meeting",
      section: "meeting",
      label: content.meeting.title,
      text: content.meeting.purpose ?? "",
      isApplicable: false,
    },
    ...content.attendance.participants.map((p) => ({
      anchor: anchorOf("attendance", p.personId),
      section: "attendance" as const,
      label: p.name,
      text: [p.name, p.position].filter(Boolean).join(", "),
      isApplicable: false,
    })),
    ...agenda.map((a, i) => ({
      anchor: anchorOf("agenda", a.id),
      section: "agenda" as const,
      label: `${i + 1}. ${a.title}`,
      text: a.title,
      isApplicable: true,
    })),
    ...content.remarks.map((r) => ({
      anchor: anchorOf("remarks", r.id),
      section: "remarks" as const,
      label: r.speaker.name,
      text: r.summary,
      isApplicable: true,
    })),
    ...content.decisions.map((d) => ({
      anchor: anchorOf("decisions", d.id),
      section: "decisions" as const,
      label: String(d.number),
      text: d.text,
      isApplicable: true,
    })),
    ...content.actionItems.map((a) => ({
      anchor: anchorOf("actionItems", a.id),
      section: "actionItems" as const,
      label: a.title,
      text: a.title,
      isApplicable: true,
    })),
  ];
}

/** The record entry an applicable anchor writes to: its table and id. */
export function anchorTarget(
  anchor: string,
): { kind: "agenda" | "remark" | "decision" | "action"; id: string } | null {
  const match = /^(agenda|remark|decision|action)-([A-Za-z0-9_-]{1,64})$/.exec(anchor);
  return match ? { kind: match[1] as "agenda" | "remark" | "decision" | "action", id: match[2] } : null;
}
