// What the capture screen shows: the server's record (as last polled) with this device's unsent
// operations laid over it, each entry marked saved, pending or waiting for the user. Pure.
import type { TActionItem } from "@/lib/action-item/schema";
import type { TDecision } from "@/lib/decision/schema";
import type { TCaptureState } from "@/lib/record/capture-schema";
import type { TRemark } from "@/lib/remark/schema";
import type { TEntity, TFieldErrors, TQueuedOp, TQueueSnapshot, TRecord } from "./queue-types";

export type TSync =
  | { kind: "saved" }
  | { kind: "pending"; isSending: boolean }
  | { kind: "invalid"; opId: string; message: string; fieldErrors: TFieldErrors }
  | { kind: "gone"; opId: string; message: string }
  | {
      kind: "conflict";
      opId: string;
      message: string;
      /** Who saved the other version, as the server named them (`error.params.who`). */
      by: string | null;
      theirs: TRecord;
      /** This device's version; null when the change was a delete. */
      mine: TRecord | null;
    };

export type TEntry<T> = { record: T; sync: TSync; isLocal: boolean };
export type TCaptureView = {
  remarks: TEntry<TRemark>[];
  decisions: TEntry<TDecision>[];
  actionItems: TEntry<TActionItem>[];
};

type TFields = Record<string, unknown>;
const has = (f: TFields, k: string) => Object.prototype.hasOwnProperty.call(f, k);
const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const orNull = (v: unknown) => text(v) || null;

function appliers(state: TCaptureState) {
  const people = new Map(state.people.map((p) => [p.id, p]));
  const organisations = new Map(state.organisations.map((o) => [o.id, o]));
  const person = (id: string) => {
    const p = people.get(id);
    const org = p?.organisation ? (p.organisation.acronym ?? p.organisation.name) : null;
    return { id, name: p?.name ?? "", position: p?.position ?? null, organisation: org };
  };
  const pick = <T>(f: TFields, k: string, map: (v: unknown) => T, fallback: T) =>
    has(f, k) ? map(f[k]) : fallback;
  const meetingId = state.meeting.id;

  const remark = (r: TRemark | null, f: TFields, id: string): TRemark => {
    const speakerId = pick(f, "speakerPersonId", text, r?.speaker.id ?? "");
    return {
      id,
      meetingId,
      order: r?.order ?? Number.MAX_SAFE_INTEGER,
      version: r?.version ?? 0,
      updatedAt: r?.updatedAt ?? "",
      agendaItemId: pick(f, "agendaItemId", orNull, r?.agendaItemId ?? null),
      speaker: r && r.speaker.id === speakerId ? r.speaker : person(speakerId),
      kind: pick(f, "kind", (v) => (v as TRemark["kind"]) || "STATEMENT", r?.kind ?? "STATEMENT"),
      summary: pick(f, "summary", text, r?.summary ?? ""),
      summaryTranslation: pick(f, "summaryTranslation", orNull, r?.summaryTranslation ?? null),
      quote: pick(f, "quote", orNull, r?.quote ?? null),
      quoteTranslation: pick(f, "quoteTranslation", orNull, r?.quoteTranslation ?? null),
    };
  };
  const decision = (d: TDecision | null, f: TFields, id: string): TDecision => ({
    id,
    meetingId,
    number: d?.number ?? 0,
    version: d?.version ?? 0,
    updatedAt: d?.updatedAt ?? "",
    agendaItemId: pick(f, "agendaItemId", orNull, d?.agendaItemId ?? null),
    text: pick(f, "text", text, d?.text ?? ""),
    textTranslation: pick(f, "textTranslation", orNull, d?.textTranslation ?? null),
  });
  const actionItem = (a: TActionItem | null, f: TFields, id: string): TActionItem => {
    const orgId = pick(f, "ownerOrganisationId", orNull, a?.ownerOrganisation?.id ?? null);
    const personId = pick(f, "ownerPersonId", orNull, a?.ownerPerson?.id ?? null);
    return {
      id,
      meetingId,
      version: a?.version ?? 0,
      updatedAt: a?.updatedAt ?? "",
      agendaItemId: pick(f, "agendaItemId", orNull, a?.agendaItemId ?? null),
      title: pick(f, "title", text, a?.title ?? ""),
      titleTranslation: pick(f, "titleTranslation", orNull, a?.titleTranslation ?? null),
      description: pick(f, "description", orNull, a?.description ?? null),
      ownerOrganisation: orgId ? (organisations.get(orgId) ?? { id: orgId, name: "", acronym: null }) : null,
      ownerPerson: personId ? { id: personId, name: person(personId).name } : null,
      dueDate: pick(f, "dueDate", orNull, a?.dueDate ?? null),
      status: pick(f, "status", (v) => v as TActionItem["status"], a?.status ?? "OPEN"),
      remarkId: pick(f, "remarkId", orNull, a?.remarkId ?? null),
      decisionId: pick(f, "decisionId", orNull, a?.decisionId ?? null),
    };
  };
  return { remark, decision, actionItem };
}

const RANK: Record<TSync["kind"], number> = { saved: 0, pending: 1, invalid: 2, gone: 3, conflict: 4 };

function mergeList<T extends TRecord>(
  entity: TEntity,
  server: readonly T[],
  snapshot: Pick<TQueueSnapshot, "ops" | "sendingOpId">,
  apply: (record: T | null, fields: TFields, id: string) => T,
): TEntry<T>[] {
  const entries = new Map<string, TEntry<T> & { isHidden: boolean }>();
  for (const r of server)
    entries.set(r.id, { record: r, sync: { kind: "saved" }, isLocal: false, isHidden: false });
  for (const op of snapshot.ops as TQueuedOp[]) {
    if (op.entity !== entity) continue;
    let entry = entries.get(op.entityId);
    const start = op.kind === "create" ? null : (op.base as T | null);
    if (!entry && op.kind !== "create" && !start) continue;
    const fields = op.kind === "create" ? op.body : op.kind === "update" ? op.patch : {};
    const record = apply(entry?.record ?? start, fields, op.entityId);
    entry ??= { record, sync: { kind: "saved" }, isLocal: op.kind === "create", isHidden: false };
    entry.record = record;
    entries.set(op.entityId, entry);
    if (op.kind === "delete" && op.stop === null) entry.isHidden = true;
    const sync = syncOf(op, snapshot.sendingOpId, (base) => apply(base as T, fields, op.entityId));
    if (RANK[sync.kind] > RANK[entry.sync.kind]) entry.sync = sync;
  }
  return [...entries.values()]
    .filter((e) => !e.isHidden)
    .map(({ record, sync, isLocal }) => ({ record, sync, isLocal }));
}

function syncOf(op: TQueuedOp, sendingOpId: string | null, applyMine: (base: TRecord) => TRecord): TSync {
  const stop = op.stop;
  if (stop === null) return { kind: "pending", isSending: op.opId === sendingOpId };
  if (stop.reason === "invalid")
    return { kind: "invalid", opId: op.opId, message: stop.message, fieldErrors: stop.fieldErrors };
  if (stop.reason === "gone") return { kind: "gone", opId: op.opId, message: stop.message };
  const mine =
    op.kind === "delete" ? null : applyMine(op.kind === "update" && op.base ? op.base : stop.current);
  return {
    kind: "conflict",
    opId: op.opId,
    message: stop.message,
    by: stop.by ?? null,
    theirs: stop.current,
    mine,
  };
}

export function mergeCapture(
  state: TCaptureState,
  snapshot: Pick<TQueueSnapshot, "ops" | "sendingOpId">,
): TCaptureView {
  const apply = appliers(state);
  return {
    remarks: mergeList("remarks", state.remarks, snapshot, apply.remark),
    decisions: mergeList("decisions", state.decisions, snapshot, apply.decision),
    actionItems: mergeList("action-items", state.actionItems, snapshot, apply.actionItem),
  };
}

/** The section an entry belongs under: its agenda item, or "Other matters" (null). */
export function agendaItemOf(
  view: TCaptureView,
  entry: TRemark | TDecision | TActionItem,
  agendaIds: ReadonlySet<string>,
): string | null {
  const known = (id: string | null | undefined) => (id && agendaIds.has(id) ? id : null);
  if (entry.agendaItemId || !("remarkId" in entry)) return known(entry.agendaItemId);
  // An action item raised without an agenda item sits under the one of the remark or decision that raised it.
  const raisedBy =
    view.remarks.find((r) => r.record.id === entry.remarkId)?.record ??
    view.decisions.find((d) => d.record.id === entry.decisionId)?.record;
  return known(raisedBy?.agendaItemId);
}
