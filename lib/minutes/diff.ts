// What changed between two versions of the draft minutes, per section (attendance, agenda, remarks,
// decisions, action items): entries added, removed, and changed field by field. Entries are matched
// by the record's stable id, never by position, so a reordering or a renumbering is a change of that
// field, not a removal plus an addition. Pure: the API, the screen and the benchmark share it.
import type { TMeetingRecord } from "./record-schema";
import { orgLabel } from "./record-schema";

export const DIFF_SECTIONS = ["attendance", "agenda", "remarks", "decisions", "actionItems"] as const;
export type TDiffSection = (typeof DIFF_SECTIONS)[number];

export type TDiffValue = string | number | boolean | null;
export type TDiffEntry = { id: string; label: string; fields: Record<string, TDiffValue> };
export type TFieldChange = { field: string; before: TDiffValue; after: TDiffValue };
export type TChangedEntry = { id: string; label: string; changes: TFieldChange[] };
export type TSectionDiff = {
  section: TDiffSection;
  added: TDiffEntry[];
  removed: TDiffEntry[];
  changed: TChangedEntry[];
};
export type TMinutesDiff = { from: number; to: number; isSame: boolean; sections: TSectionDiff[] };

/** The record content a version holds (what lib/minutes/service/versions.ts snapshots). */
export type TVersionContent = Pick<
  TMeetingRecord,
  "agenda" | "attendance" | "remarks" | "decisions" | "actionItems"
>;

/**
 * An entry as the diff compares it: shown `fields`, and for a field that points at another record
 * (the agenda item a remark falls under) the id it is compared by, so renaming the agenda item does
 * not also "change" every remark under it.
 */
type TProjected = TDiffEntry & { compareBy?: Record<string, string | null> };

const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function project(content: TVersionContent): Record<TDiffSection, TProjected[]> {
  const agendaTitle = new Map(content.agenda.map((a) => [a.id, a.title]));
  const agendaRef = (id: string | null) => (id ? (agendaTitle.get(id) ?? null) : null);
  const agenda = [...content.agenda].sort((a, b) => a.order - b.order);
  return {
    attendance: content.attendance.participants.map((p) => ({
      id: p.personId,
      label: p.name,
      fields: {
        name: p.name,
        position: p.position,
        organisation: orgLabel(p.organisation),
        sex: p.sex,
        delegateOf: p.delegateOf,
        isWalkIn: p.isWalkIn,
      },
    })),
    agenda: agenda.map((a, i) => ({
      id: a.id,
      label: a.title,
      // The minutes number the items 1, 2, 3…: that number is what a reader sees, not `order`.
      fields: { number: i + 1, kind: a.kind, title: a.title, presenter: a.presenter },
    })),
    remarks: content.remarks.map((r) => ({
      id: r.id,
      label: `${r.speaker.name}: ${short(r.summary)}`,
      // `order` is left out: deleting a remark closes up the order of those after it.
      fields: {
        agendaItem: agendaRef(r.agendaItemId),
        kind: r.kind,
        speaker: r.speaker.name,
        summary: r.summary,
        quote: r.quote,
      },
      compareBy: { agendaItem: r.agendaItemId },
    })),
    decisions: content.decisions.map((d) => ({
      id: d.id,
      label: short(d.text),
      fields: { number: d.number, agendaItem: agendaRef(d.agendaItemId), text: d.text },
      compareBy: { agendaItem: d.agendaItemId },
    })),
    actionItems: content.actionItems.map((a) => ({
      id: a.id,
      label: a.title,
      fields: {
        agendaItem: agendaRef(a.agendaItemId),
        title: a.title,
        description: a.description,
        ownerOrganisation: orgLabel(a.ownerOrganisation),
        ownerPerson: a.ownerPerson,
        dueDate: a.dueDate,
        status: a.status,
      },
      compareBy: { agendaItem: a.agendaItemId },
    })),
  };
}

const plain = ({ id, label, fields }: TProjected): TDiffEntry => ({ id, label, fields });

function changesOf(before: TProjected, after: TProjected): TFieldChange[] {
  return Object.keys(after.fields).flatMap((field) => {
    const key = (e: TProjected) =>
      e.compareBy && field in e.compareBy ? e.compareBy[field] : e.fields[field];
    return key(before) === key(after)
      ? []
      : [{ field, before: before.fields[field] ?? null, after: after.fields[field] ?? null }];
  });
}

function diffSection(section: TDiffSection, before: TProjected[], after: TProjected[]): TSectionDiff {
  const beforeById = new Map(before.map((e) => [e.id, e]));
  const afterIds = new Set(after.map((e) => e.id));
  const added: TDiffEntry[] = [];
  const changed: TChangedEntry[] = [];
  for (const entry of after) {
    const old = beforeById.get(entry.id);
    if (!old) {
      added.push(plain(entry));
      continue;
    }
    const changes = changesOf(old, entry);
    if (changes.length > 0) changed.push({ id: entry.id, label: entry.label, changes });
  }
  const removed = before.filter((e) => !afterIds.has(e.id)).map(plain);
  return { section, added, removed, changed };
}

/** The changes from version `from` to version `to`, in the order of the later version. */
export function diffVersions(
  from: { number: number; content: TVersionContent },
  to: { number: number; content: TVersionContent },
): TMinutesDiff {
  const [a, b] = [project(from.content), project(to.content)];
  const sections = DIFF_SECTIONS.map((s) => diffSection(s, a[s], b[s]));
  const isSame = sections.every((s) => s.added.length + s.removed.length + s.changed.length === 0);
  return { from: from.number, to: to.number, isSame, sections };
}
