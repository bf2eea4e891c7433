// Action items: the only place that reads and writes them. Those raised in a meeting are written
// under the meeting record lock, version-checked and audited like remarks and decisions.
import "server-only";
import { db, type TTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/access";
import { checkAgendaItem, checkVersion, alreadyCreated, auditRecord } from "@/lib/meeting/record-checks";
import { ZDeleteRecord, type TDeleteRecord } from "@/lib/meeting/record-fields";
import { lockMeetingRecord } from "@/lib/meeting/record-lock";
import { paged } from "@/lib/pagination/schema";
import { CLOSED_STATUSES } from "./status";
import { parseInput } from "@/lib/validation";
import {
  ZCreateActionItem,
  ZUpdateActionItem,
  type TActionItem,
  type TCreateActionItem,
  type TUpdateActionItem,
} from "./schema";

const PAGE_SIZE = 25;

/** Which action items a user may see: whole programmes, or those owned by their organisation. */
export async function actionItemAccessWhere(access: TAccess): Promise<Prisma.ActionItemWhereInput> {
  const readAll = programmesWith(access, "action:read");
  if (readAll === "all") return {};
  const readOwn = programmesWith(access, "action:read-own");
  const or: Prisma.ActionItemWhereInput[] = [];
  if (readAll.length > 0) or.push({ programmeId: { in: readAll } });
  if (access.personId && (readOwn === "all" || readOwn.length > 0)) {
    const person = await db().person.findUnique({
      where: { id: access.personId },
      select: { organisationId: true },
    });
    const owners: Prisma.ActionItemWhereInput[] = [{ ownerPersonId: access.personId }];
    if (person?.organisationId) owners.push({ ownerOrganisationId: person.organisationId });
    or.push({ ...(readOwn === "all" ? {} : { programmeId: { in: readOwn } }), OR: owners });
  }
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Action items the user may see: open ones first, by due date. */
export async function listActionItems(access: TAccess, page: number) {
  const where = await actionItemAccessWhere(access);
  const [total, rows] = await Promise.all([
    db().actionItem.count({ where }),
    db().actionItem.findMany({
      where,
      orderBy: [{ status: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        dueDate: true,
        ownerOrganisation: { select: { acronym: true, name: true } },
        ownerPerson: { select: { name: true } },
        meeting: { select: { id: true, kind: true, sequenceNumber: true, title: true } },
      },
    }),
  ]);
  return paged(rows, page, PAGE_SIZE, total);
}

const ACTION_SELECT = {
  id: true,
  meetingId: true,
  agendaItemId: true,
  title: true,
  description: true,
  dueDate: true,
  status: true,
  remarkId: true,
  decisionId: true,
  version: true,
  updatedAt: true,
  ownerOrganisation: { select: { id: true, name: true, acronym: true } },
  ownerPerson: { select: { id: true, name: true } },
} as const;

type TRow = Omit<TActionItem, "dueDate" | "updatedAt"> & { dueDate: Date | null; updatedAt: Date };

export const toActionItem = (a: TRow): TActionItem => ({
  ...a,
  dueDate: a.dueDate ? a.dueDate.toISOString().slice(0, 10) : null,
  updatedAt: a.updatedAt.toISOString(),
});

const dateOrNull = (d: string | null | undefined) =>
  d === undefined ? undefined : d === null ? null : new Date(`${d}T00:00:00Z`);

/** Owner and links must exist, and a linked remark or decision must be of the same meeting. */
async function checkReferences(
  tx: TTx,
  meetingId: string,
  data: {
    ownerOrganisationId?: string | null;
    ownerPersonId?: string | null;
    remarkId?: string | null;
    decisionId?: string | null;
  },
): Promise<void> {
  const errors: Record<string, string[]> = {};
  // One query at a time: a transaction's connection runs them in sequence anyway.
  const organisation = data.ownerOrganisationId
    ? await tx.organisation.findUnique({ where: { id: data.ownerOrganisationId }, select: { id: true } })
    : true;
  const person = data.ownerPersonId
    ? await tx.person.findUnique({ where: { id: data.ownerPersonId }, select: { id: true } })
    : true;
  const remark = data.remarkId
    ? await tx.remark.findFirst({ where: { id: data.remarkId, meetingId }, select: { id: true } })
    : true;
  const decision = data.decisionId
    ? await tx.decision.findFirst({ where: { id: data.decisionId, meetingId }, select: { id: true } })
    : true;
  if (!organisation) errors.ownerOrganisationId = ["No such organisation in the directory"];
  if (!person) errors.ownerPersonId = ["No such person in the directory"];
  if (!remark) errors.remarkId = ["No such remark in this meeting"];
  if (!decision) errors.decisionId = ["No such decision in this meeting"];
  if (Object.keys(errors).length > 0) throw AppError.validation(errors);
}

/**
 * The actionItems of a meeting in their order, as a relation select: lets a screen that reads the meeting
 * anyway (the capture screen's poll) take them in the same query; map the rows with `toActionItem`.
 */
export const ACTIONS_OF_MEETING = {
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  select: ACTION_SELECT,
} satisfies Prisma.MeetingSelect["actionItems"];

/** The action items raised in a meeting the user may see, in the order raised. */
export async function listMeetingActionItems(access: TAccess, meetingId: string): Promise<TActionItem[]> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { actionItems: ACTIONS_OF_MEETING },
  });
  if (!meeting) throw AppError.notFound("Meeting");
  return meeting.actionItems.map(toActionItem);
}

/** Raises an action item in a meeting; a retried create with the same id returns the first. */
export async function createActionItem(
  access: TAccess,
  meetingId: string,
  input: TCreateActionItem,
  actor: TActor,
): Promise<TActionItem> {
  const { id, dueDate, ...data } = parseInput(ZCreateActionItem, input);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const existing = await alreadyCreated(meetingId, id, (key) =>
      tx.actionItem.findUnique({ where: { id: key }, select: ACTION_SELECT }),
    );
    if (existing) return toActionItem(existing);
    await checkAgendaItem(tx, meetingId, data.agendaItemId);
    await checkReferences(tx, meetingId, data);
    const isClosed = CLOSED_STATUSES.includes(data.status);
    const created = toActionItem(
      await tx.actionItem.create({
        data: {
          ...data,
          ...(id ? { id } : {}),
          dueDate: dateOrNull(dueDate),
          closedAt: isClosed ? new Date() : null,
          meetingId,
          programmeId: meeting.programmeId,
        },
        select: ACTION_SELECT,
      }),
    );
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "ActionItem",
      action: "CREATE",
      id: created.id,
      after: created,
    });
    return created;
  });
}

/** Changes the fields sent, if nobody changed the action item since `version`. */
export async function updateActionItem(
  access: TAccess,
  meetingId: string,
  actionItemId: string,
  input: TUpdateActionItem,
  actor: TActor,
): Promise<TActionItem> {
  const { version, dueDate, ...data } = parseInput(ZUpdateActionItem, input);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const found = await tx.actionItem.findFirst({
      where: { id: actionItemId, meetingId },
      select: { ...ACTION_SELECT, closedAt: true },
    });
    if (!found) throw AppError.notFound("Action item");
    const { closedAt: closedBefore, ...row } = found;
    await checkVersion(tx, "ActionItem", actionItemId, row, version, toActionItem);
    await checkAgendaItem(tx, meetingId, data.agendaItemId);
    await checkReferences(tx, meetingId, data);
    const closedAt =
      data.status === undefined
        ? undefined
        : CLOSED_STATUSES.includes(data.status)
          ? (closedBefore ?? new Date())
          : null;
    const after = toActionItem(
      await tx.actionItem.update({
        where: { id: actionItemId },
        data: { ...data, dueDate: dateOrNull(dueDate), closedAt, version: { increment: 1 } },
        select: ACTION_SELECT,
      }),
    );
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "ActionItem",
      action: "UPDATE",
      id: actionItemId,
      before: toActionItem(row),
      after,
    });
    return after;
  });
}

/** Deletes an action item raised in a meeting, if nobody changed it since `version`. */
export async function deleteActionItem(
  access: TAccess,
  meetingId: string,
  actionItemId: string,
  input: TDeleteRecord,
  actor: TActor,
): Promise<void> {
  const { version } = parseInput(ZDeleteRecord, input);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const row = await tx.actionItem.findFirst({
      where: { id: actionItemId, meetingId },
      select: ACTION_SELECT,
    });
    if (!row) throw AppError.notFound("Action item");
    await checkVersion(tx, "ActionItem", actionItemId, row, version, toActionItem);
    await tx.actionItem.delete({ where: { id: actionItemId } });
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "ActionItem",
      action: "DELETE",
      id: actionItemId,
      before: toActionItem(row),
    });
  });
}
