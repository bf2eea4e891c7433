// Cross-reference checks of a meeting bundle: every key it refers to exists, keys and numbers are
// unique. They run even when some fields are malformed, so they read the value defensively and a
// refused bundle lists all its problems at once. Each problem is a message key with its values.
import type { z } from "zod";
import type { TMessageKey } from "@/i18n/catalogue";
import type { TMessageParams } from "@/lib/errors";

type TRow = Record<string, unknown>;
type TCtx = z.RefinementCtx;

const isRow = (v: unknown): v is TRow => typeof v === "object" && v !== null && !Array.isArray(v);
const rowsOf = (v: unknown): [TRow, number][] =>
  Array.isArray(v) ? v.flatMap((row, i) => (isRow(row) ? [[row, i] as [TRow, number]] : [])) : [];
const str = (v: unknown) => (typeof v === "string" ? v : null);

function issue(ctx: TCtx, path: (string | number)[], key: TMessageKey, params?: TMessageParams) {
  ctx.addIssue({ code: "custom", path, message: key, params });
}

/** The lists a reference can point into, and the message for a key that is not in it. */
const MISSING = {
  organisation: "bundle.errors.noOrganisation",
  person: "bundle.errors.noPerson",
  agendaItem: "bundle.errors.noAgendaItem",
  remark: "bundle.errors.noRemark",
  decision: "bundle.errors.noDecision",
} as const satisfies Record<string, TMessageKey>;

/** Keys of a list, each reported once if used twice. */
function keysOf(ctx: TCtx, list: string, rows: [TRow, number][]): Set<string> {
  const seen = new Map<string, number>();
  for (const [row, i] of rows) {
    const key = str(row.key);
    if (key === null) continue;
    const first = seen.get(key);
    if (first !== undefined)
      issue(ctx, [list, i, "key"], "bundle.errors.keyTaken", { key, at: `${list}.${first}` });
    else seen.set(key, i);
  }
  return new Set(seen.keys());
}

/** A reference must name a key of the list it points into (null is allowed where optional). */
function refTo(
  ctx: TCtx,
  keys: Set<string>,
  what: keyof typeof MISSING,
  value: unknown,
  path: (string | number)[],
) {
  const key = str(value);
  if (key !== null && !keys.has(key)) issue(ctx, path, MISSING[what], { key });
}

function unique(
  ctx: TCtx,
  rows: [TRow, number][],
  list: string[],
  field: string,
  /** How the message names the field: name, email, code, order, number, coChair, person, delegate. */
  what: string,
  normalise: (v: unknown) => string | null = (v) => (typeof v === "number" ? String(v) : str(v)),
) {
  const seen = new Map<string, number>();
  for (const [row, i] of rows) {
    const value = normalise(row[field]);
    if (value === null) continue;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else
      issue(ctx, [...list, i, field], "bundle.errors.duplicate", {
        what,
        value: String(row[field]),
        at: [...list, first].join("."),
      });
  }
}

const lower = (v: unknown) => str(v)?.toLowerCase() ?? null;

function checkOrganisationTree(ctx: TCtx, organisations: [TRow, number][]) {
  const parentOf = new Map<string, string>();
  for (const [row] of organisations) {
    const key = str(row.key);
    const parent = str(row.parent);
    if (key !== null && parent !== null) parentOf.set(key, parent);
  }
  for (const [row, i] of organisations) {
    const start = str(row.key);
    let current = start === null ? undefined : parentOf.get(start);
    for (let steps = 0; current !== undefined && steps <= parentOf.size; steps += 1) {
      if (current === start) {
        issue(ctx, ["organisations", i, "parent"], "bundle.errors.parentLoop");
        break;
      }
      current = parentOf.get(current);
    }
  }
}

function checkAttendance(ctx: TCtx, attendance: [TRow, number][], people: Set<string>) {
  const attending = new Set(attendance.flatMap(([row]) => (str(row.person) ? [str(row.person)!] : [])));
  unique(ctx, attendance, ["attendance"], "person", "person");
  unique(ctx, attendance, ["attendance"], "delegatedTo", "delegate");
  for (const [row, i] of attendance) {
    refTo(ctx, people, "person", row.person, ["attendance", i, "person"]);
    refTo(ctx, people, "person", row.delegateOf, ["attendance", i, "delegateOf"]);
    const delegate = str(row.delegatedTo);
    if (delegate === null) continue;
    if (delegate === str(row.person))
      issue(ctx, ["attendance", i, "delegatedTo"], "bundle.errors.delegateSelf");
    else if (!attending.has(delegate))
      issue(ctx, ["attendance", i, "delegatedTo"], "bundle.errors.delegateNotAttending", { key: delegate });
  }
}

export function checkBundleReferences(value: unknown, ctx: TCtx): void {
  if (!isRow(value)) return;
  const organisations = rowsOf(value.organisations);
  const people = rowsOf(value.people);
  const agenda = rowsOf(value.agendaItems);
  const remarks = rowsOf(value.remarks);
  const decisions = rowsOf(value.decisions);
  const actions = rowsOf(value.actionItems);
  const programme = isRow(value.programme) ? value.programme : {};
  const outputs = rowsOf(programme.outputs);

  const orgKeys = keysOf(ctx, "organisations", organisations);
  const personKeys = keysOf(ctx, "people", people);
  const agendaKeys = keysOf(ctx, "agendaItems", agenda);
  const remarkKeys = keysOf(ctx, "remarks", remarks);
  const decisionKeys = keysOf(ctx, "decisions", decisions);
  keysOf(ctx, "actionItems", actions);
  const outputCodes = new Set(outputs.flatMap(([row]) => (str(row.code) ? [str(row.code)!] : [])));

  unique(ctx, organisations, ["organisations"], "name", "name", lower);
  unique(ctx, people, ["people"], "email", "email", lower);
  unique(ctx, outputs, ["programme", "outputs"], "code", "code");
  unique(ctx, agenda, ["agendaItems"], "order", "order");
  unique(ctx, decisions, ["decisions"], "number", "number");
  unique(ctx, rowsOf(value.coChairs), ["coChairs"], "person", "coChair");

  for (const [row, i] of organisations)
    refTo(ctx, orgKeys, "organisation", row.parent, ["organisations", i, "parent"]);
  checkOrganisationTree(ctx, organisations);
  for (const [row, i] of people)
    refTo(ctx, orgKeys, "organisation", row.organisation, ["people", i, "organisation"]);
  refTo(ctx, orgKeys, "organisation", programme.conveningAgency, ["programme", "conveningAgency"]);
  const participants = Array.isArray(programme.participatingOrganisations)
    ? programme.participatingOrganisations
    : [];
  const seenParticipants = new Set<string>();
  participants.forEach((key: unknown, i: number) => {
    const path = ["programme", "participatingOrganisations", i];
    refTo(ctx, orgKeys, "organisation", key, path);
    const k = str(key);
    if (k !== null && seenParticipants.has(k)) issue(ctx, path, "bundle.errors.listedTwice", { key: k });
    if (k !== null) seenParticipants.add(k);
  });

  for (const [row, i] of rowsOf(value.coChairs))
    refTo(ctx, personKeys, "person", row.person, ["coChairs", i, "person"]);
  for (const [row, i] of agenda)
    refTo(ctx, personKeys, "person", row.presenter, ["agendaItems", i, "presenter"]);
  checkAttendance(ctx, rowsOf(value.attendance), personKeys);
  for (const [row, i] of remarks) {
    refTo(ctx, agendaKeys, "agendaItem", row.agendaItem, ["remarks", i, "agendaItem"]);
    refTo(ctx, personKeys, "person", row.speaker, ["remarks", i, "speaker"]);
  }
  for (const [row, i] of decisions)
    refTo(ctx, agendaKeys, "agendaItem", row.agendaItem, ["decisions", i, "agendaItem"]);
  for (const [row, i] of actions) {
    refTo(ctx, orgKeys, "organisation", row.ownerOrganisation, ["actionItems", i, "ownerOrganisation"]);
    refTo(ctx, personKeys, "person", row.ownerPerson, ["actionItems", i, "ownerPerson"]);
    refTo(ctx, agendaKeys, "agendaItem", row.agendaItem, ["actionItems", i, "agendaItem"]);
    refTo(ctx, remarkKeys, "remark", row.remark, ["actionItems", i, "remark"]);
    refTo(ctx, decisionKeys, "decision", row.decision, ["actionItems", i, "decision"]);
    const code = str(row.output);
    if (code !== null && !outputCodes.has(code))
      issue(ctx, ["actionItems", i, "output"], "bundle.errors.noOutput", { code });
  }

  const meeting = isRow(value.meeting) ? value.meeting : {};
  const startsAt = Date.parse(str(meeting.startsAt) ?? "");
  const endsAt = Date.parse(str(meeting.endsAt) ?? "");
  if (!Number.isNaN(startsAt) && !Number.isNaN(endsAt) && endsAt <= startsAt)
    issue(ctx, ["meeting", "endsAt"], "bundle.errors.endsBeforeStart");
}
