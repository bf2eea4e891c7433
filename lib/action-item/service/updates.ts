// An action item's page and its progress updates (issue 11): who reads it (actionItemAccessWhere, and
// whoever may update it), who updates it — the secretariat and coordinators of its programme, and
// members of the owning organisation or of the ministry above it — and the one transaction that
// records an update and moves the status. These follow-up writes stay open after the minutes are
// adopted; what was decided (title, description) stays with the record writer, which refuses them.
import "server-only";
import { db, type TTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { can, programmesWith, type TAccess } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { utcToZoned } from "@/lib/meeting/zoned-time";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import { checkVersion } from "@/lib/record/service/checks";
import { lockMeetingRecord } from "@/lib/record/service/lock";
import { actionReference } from "../reference";
import { ACTION_STATUSES, type TActionStatus } from "../schema";
import { actionItemAccessWhere } from "../service";
import { CLOSED_STATUSES, isOverdue } from "../status";
import type { TActionItemPage, TActionUpdate, TActionUpdateOut, TActionUpdatePosted } from "../update-schema";

const NOTHING: Prisma.ActionItemWhereInput = { id: { in: [] } };

/**
 * Which action items a user may update: every item of the programmes where they hold action:update
 * (secretariat, coordinators); and, where they are a member (action:read-own), the items owned by
 * themselves, their organisation, or a directorate under it (a ministry answers for its directorates).
 */
export async function actionItemUpdateWhere(access: TAccess): Promise<Prisma.ActionItemWhereInput> {
  const staff = programmesWith(access, "action:update");
  if (staff === "all") return {};
  const or: Prisma.ActionItemWhereInput[] = [];
  if (staff.length > 0) or.push({ programmeId: { in: staff } });
  const own = programmesWith(access, "action:read-own");
  if (access.personId && (own === "all" || own.length > 0)) {
    const owners = await ownedByPersonWhere(access.personId);
    or.push({ ...(own === "all" ? {} : { programmeId: { in: own } }), ...owners });
  }
  return or.length > 0 ? { OR: or } : NOTHING;
}

/**
 * The items a person answers for, whatever their user account: owned by them, by their
 * organisation, or by a directorate under it. Also who may update an item through a personal link
 * (lib/action-item/service/act-link.ts): the link works while its person still answers for the item.
 */
export async function ownedByPersonWhere(personId: string): Promise<Prisma.ActionItemWhereInput> {
  const person = await db().person.findUnique({ where: { id: personId }, select: { organisationId: true } });
  const owners: Prisma.ActionItemWhereInput[] = [{ ownerPersonId: personId }];
  if (person?.organisationId) {
    owners.push(
      { ownerOrganisationId: person.organisationId },
      { ownerOrganisation: { parentId: person.organisationId } },
    );
  }
  return { OR: owners };
}

/** The statuses a user may set on an item now: a verified "done" only by secretariat or coordinators. */
export function allowedStatuses(current: TActionStatus, canVerify: boolean): TActionStatus[] {
  if (canVerify) return [...ACTION_STATUSES];
  // A member neither verifies nor undoes a verification.
  if (current === "DONE") return [];
  return ACTION_STATUSES.filter((s) => s !== "DONE");
}

export const UPDATE_SELECT = {
  id: true,
  date: true,
  body: true,
  statusBefore: true,
  statusAfter: true,
  evidenceUrl: true,
  authorPersonId: true,
  createdAt: true,
  author: { select: { name: true } },
} as const satisfies Prisma.ActionItemUpdateSelect;

type TUpdateRow = Prisma.ActionItemUpdateGetPayload<{ select: typeof UPDATE_SELECT }>;

/** Updates as the page and the API show them, with the link author's name for a link update. */
export async function toUpdates(rows: TUpdateRow[]): Promise<TActionUpdateOut[]> {
  const personIds = [...new Set(rows.flatMap((r) => (r.authorPersonId ? [r.authorPersonId] : [])))];
  const people =
    personIds.length === 0
      ? []
      : await db().person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    date: r.date.toISOString().slice(0, 10),
    body: r.body,
    statusBefore: r.statusBefore,
    statusAfter: r.statusAfter,
    evidenceUrl: r.evidenceUrl,
    authorName: r.author?.name ?? (r.authorPersonId ? (nameOf.get(r.authorPersonId) ?? null) : null),
    at: r.createdAt.toISOString(),
  }));
}

const NEWEST_FIRST = [
  { date: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.ActionItemUpdateOrderByWithRelationInput[];

/** Who may see the item: its readers, and whoever may update it. */
async function visibleWhere(access: TAccess, id: string): Promise<Prisma.ActionItemWhereInput> {
  const [read, update] = await Promise.all([actionItemAccessWhere(access), actionItemUpdateWhere(access)]);
  return { AND: [{ id }, { OR: [read, update] }] };
}

const PAGE_SELECT = {
  id: true,
  programmeId: true,
  number: true,
  title: true,
  description: true,
  status: true,
  version: true,
  dueDate: true,
  closedAt: true,
  meeting: {
    select: { id: true, kind: true, sequenceNumber: true, title: true, startsAt: true, timeZone: true },
  },
  agendaItem: { select: { id: true, order: true, title: true } },
  remark: { select: { id: true, order: true, summary: true } },
  decision: { select: { id: true, number: true, text: true } },
  ownerOrganisation: ORGANISATION_REF,
  ownerPerson: { select: { id: true, name: true } },
  updates: { orderBy: NEWEST_FIRST, select: UPDATE_SELECT },
} as const satisfies Prisma.ActionItemSelect;

/** Everything the action item's page shows; missing and not visible are the same 404. */
export async function getActionItemPage(access: TAccess, id: string): Promise<TActionItemPage> {
  const item = await db().actionItem.findFirst({
    where: await visibleWhere(access, id),
    select: PAGE_SELECT,
  });
  if (!item) throw AppError.notFound("actionItem");
  const canVerify = can(access, "action:update", item.programmeId);
  const canUpdate =
    canVerify ||
    (await db().actionItem.count({ where: { AND: [{ id }, await actionItemUpdateWhere(access)] } })) > 0;
  const raisedBy = item.decision
    ? {
        kind: "decision" as const,
        id: item.decision.id,
        text: item.decision.text,
        number: item.decision.number,
      }
    : item.remark
      ? { kind: "remark" as const, id: item.remark.id, text: item.remark.summary, number: item.remark.order }
      : null;
  return {
    id: item.id,
    reference: actionReference(item.meeting, item.number),
    title: item.title,
    description: item.description,
    status: item.status,
    version: item.version,
    dueDate: item.dueDate ? item.dueDate.toISOString().slice(0, 10) : null,
    isOverdue: isOverdue(item, new Date()),
    closedAt: item.closedAt?.toISOString() ?? null,
    meeting: { ...item.meeting, startsAt: item.meeting.startsAt.toISOString() },
    agendaItem: item.agendaItem,
    raisedBy,
    ownerOrganisation: item.ownerOrganisation,
    ownerPerson: item.ownerPerson,
    updates: await toUpdates(item.updates),
    canUpdate,
    canVerify,
    allowedStatuses: canUpdate ? allowedStatuses(item.status, canVerify) : [],
  };
}

/** The dated progress updates of an item the user may see, newest first. */
export async function listActionUpdates(access: TAccess, id: string): Promise<{ data: TActionUpdateOut[] }> {
  const item = await db().actionItem.findFirst({
    where: await visibleWhere(access, id),
    select: { updates: { orderBy: NEWEST_FIRST, select: UPDATE_SELECT } },
  });
  if (!item) throw AppError.notFound("actionItem");
  return { data: await toUpdates(item.updates) };
}

/**
 * Records a progress update and moves the status, in one transaction under the item's row lock:
 * the version seen (when given) must still be the item's, a verified "done" is for the secretariat
 * and coordinators, closedAt follows the status, and the change is audited. Anyone who may not
 * update the item gets the same 404 as for a missing one.
 */
export async function postActionUpdate(
  access: TAccess,
  id: string,
  input: TActionUpdate,
  actor: TActor,
): Promise<TActionUpdatePosted> {
  const updatable = await actionItemUpdateWhere(access);
  return db().$transaction(async (tx) => {
    const allowed = await tx.actionItem.findFirst({
      where: { AND: [{ id }, updatable] },
      select: { id: true },
    });
    if (!allowed) throw AppError.notFound("actionItem");
    const recordedAt = input.meetingId ? await carryOverMeeting(tx, access, id, input.meetingId) : undefined;
    return writeActionUpdate(tx, id, input, {
      actor,
      canVerify: (programmeId) => can(access, "action:update", programmeId),
      recordedAt,
    });
  });
}

/**
 * The meeting a progress update is recorded at (carry-over, lib/action-item/service/carry-over.ts):
 * its record is written (the minutes' follow-up section), so record:manage, the meeting row locked
 * before the item's (the record writer's order) and its record still open; and it must be a meeting
 * of the item's programme held at or after the one that raised it. The update is dated its day.
 */
async function carryOverMeeting(
  tx: TTx,
  access: TAccess,
  id: string,
  meetingId: string,
): Promise<{ meetingId: string; day: string }> {
  await lockMeetingRecord(tx, access, meetingId).catch((error: unknown) => {
    // A meeting one may not record (or none): a field of this request, not this item, is wrong.
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      throw AppError.invalidField("meetingId", "carryOver.errors.noSuchMeeting");
    }
    throw error;
  });
  // One after the other: a transaction holds one connection, which runs one query at a time.
  const at = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, programmeId: true, startsAt: true, timeZone: true },
  });
  const item = await tx.actionItem.findUniqueOrThrow({
    where: { id },
    select: { programmeId: true, meeting: { select: { id: true, startsAt: true } } },
  });
  const isLater =
    at.programmeId === item.programmeId &&
    at.id !== item.meeting.id &&
    at.startsAt.getTime() >= item.meeting.startsAt.getTime();
  if (!isLater) throw AppError.invalidField("meetingId", "carryOver.errors.notLaterMeeting");
  return { meetingId: at.id, day: utcToZoned(at.startsAt, at.timeZone).date };
}

/**
 * The write behind every progress update, in the caller's transaction once it has checked who may
 * update the item: under the item's row lock, the version seen (when given) must still be the
 * item's, a verified "done" only when `canVerify`, closedAt follows the status, and the change is
 * audited as `actor`'s. `authorPersonId`: the person of a personal link (no user).
 */
export async function writeActionUpdate(
  tx: TTx,
  id: string,
  input: TActionUpdate,
  options: {
    actor: TActor;
    canVerify: (programmeId: string) => boolean;
    authorPersonId?: string;
    /** Recorded at a later meeting (carry-over): dated that meeting's day. */
    recordedAt?: { meetingId: string; day: string };
  },
): Promise<TActionUpdatePosted> {
  const { actor } = options;
  await tx.$queryRaw`SELECT id FROM "ActionItem" WHERE id = ${id} FOR UPDATE`;
  const item = await tx.actionItem.findUnique({
    where: { id },
    select: {
      id: true,
      programmeId: true,
      status: true,
      version: true,
      closedAt: true,
      meeting: { select: { timeZone: true } },
    },
  });
  if (!item) throw AppError.notFound("actionItem");
  const before = { status: item.status, version: item.version, closedAt: item.closedAt };
  if (input.version !== undefined) await checkVersion(tx, "ActionItem", item, input.version, before);

  const canVerify = options.canVerify(item.programmeId);
  const next: ActionStatus = input.statusAfter ?? item.status;
  if (next !== item.status && !allowedStatuses(item.status, canVerify).includes(next)) {
    throw AppError.invalidField(
      "statusAfter",
      next === "DONE" ? "actionItemPage.errors.verifyOnly" : "actionItemPage.errors.verifiedLocked",
    );
  }
  const closedAt = CLOSED_STATUSES.includes(next) ? (item.closedAt ?? new Date()) : null;
  const update = await tx.actionItemUpdate.create({
    data: {
      actionItemId: id,
      date: new Date(
        `${options.recordedAt?.day ?? utcToZoned(new Date(), item.meeting.timeZone).date}T00:00:00Z`,
      ),
      body: input.body,
      statusBefore: item.status,
      statusAfter: input.statusAfter ?? null,
      evidenceUrl: input.evidenceUrl ?? null,
      authorUserId: actor.userId ?? null,
      authorPersonId: options.authorPersonId ?? null,
      meetingId: options.recordedAt?.meetingId ?? null,
    },
    select: UPDATE_SELECT,
  });
  const changed = await tx.actionItem.update({
    where: { id },
    data: { status: next, closedAt, version: { increment: 1 } },
    select: { status: true, version: true, closedAt: true },
  });
  const [out] = await toUpdates([update]);
  await recordAudit(tx, {
    actor,
    entity: "ActionItem",
    entityId: id,
    action: "UPDATE",
    programmeId: item.programmeId,
    before: auditJson(before),
    after: auditJson({ ...changed, update: out }),
  });
  return { update: out, status: changed.status, version: changed.version };
}

/** An item's dated progress updates, newest first, for a page that has checked who reads it. */
export async function actionHistory(id: string): Promise<TActionUpdateOut[]> {
  const rows = await db().actionItemUpdate.findMany({
    where: { actionItemId: id },
    orderBy: NEWEST_FIRST,
    select: UPDATE_SELECT,
  });
  return toUpdates(rows);
}
