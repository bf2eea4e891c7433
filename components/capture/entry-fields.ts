// The fields of remarks, decisions and action items as the API takes them (ids, plain strings),
// read off the records the API returns: to send only what changed, to recognise a change the
// server already holds, and to make an entry again after someone else deleted it.
import type { TActionItem } from "@/lib/action-item/schema";
import type { TDecision } from "@/lib/decision/schema";
import type { TRemark } from "@/lib/remark/schema";
import type { TEntity, TOperation, TRecord } from "./queue-types";

type TReader = (record: never) => unknown;

const READERS: Record<TEntity, Record<string, TReader>> = {
  remarks: {
    agendaItemId: (r: TRemark) => r.agendaItemId,
    speakerPersonId: (r: TRemark) => r.speaker.id,
    kind: (r: TRemark) => r.kind,
    summary: (r: TRemark) => r.summary,
    summaryTranslation: (r: TRemark) => r.summaryTranslation,
    quote: (r: TRemark) => r.quote,
    quoteTranslation: (r: TRemark) => r.quoteTranslation,
  },
  decisions: {
    agendaItemId: (r: TDecision) => r.agendaItemId,
    text: (r: TDecision) => r.text,
    textTranslation: (r: TDecision) => r.textTranslation,
  },
  "action-items": {
    title: (r: TActionItem) => r.title,
    titleTranslation: (r: TActionItem) => r.titleTranslation,
    description: (r: TActionItem) => r.description,
    ownerOrganisationId: (r: TActionItem) => r.ownerOrganisation?.id ?? null,
    ownerPersonId: (r: TActionItem) => r.ownerPerson?.id ?? null,
    dueDate: (r: TActionItem) => r.dueDate,
    status: (r: TActionItem) => r.status,
    remarkId: (r: TActionItem) => r.remarkId,
    decisionId: (r: TActionItem) => r.decisionId,
  },
};

/** Blank and missing are the same as none; text is compared trimmed, as the server stores it. */
export function normalise(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  return value;
}

export function fieldValue(entity: TEntity, record: TRecord, key: string): unknown {
  const read = READERS[entity][key] as ((r: TRecord) => unknown) | undefined;
  return read ? normalise(read(record)) : undefined;
}

/** The API fields of a record, e.g. to fill an edit form or to make it again. */
export function fieldsOf(entity: TEntity, record: TRecord): Record<string, unknown> {
  return Object.fromEntries(Object.keys(READERS[entity]).map((k) => [k, fieldValue(entity, record, k)]));
}

/** Only the fields whose value differs from the record: an edit sends no more than it changes. */
export function changedFields(
  entity: TEntity,
  record: TRecord,
  values: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => normalise(v) !== fieldValue(entity, record, k)),
  );
}

/** True when the server's record already says what the edit says (a resend of a saved edit). */
export function isPatchApplied(op: TOperation, current: TRecord): boolean {
  if (op.kind !== "update") return false;
  return Object.entries(op.patch).every(([k, v]) => normalise(v) === fieldValue(op.entity, current, k));
}

/** Entries an operation refers to: an action item raised by a remark or decision. */
export function referencedIds(op: TOperation): string[] {
  if (op.entity !== "action-items" || op.kind === "delete") return [];
  const fields = op.kind === "create" ? op.body : op.patch;
  return [fields.remarkId, fields.decisionId].filter((v): v is string => typeof v === "string" && v !== "");
}

/** The body that makes the entry again (after someone else deleted it), without server-only fields. */
export function createBodyOf(entity: TEntity, record: TRecord): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fieldsOf(entity, record)).filter(([k, v]) => v !== null && k !== "status"),
  );
}
