// Action items: the only place that reads them, and what an action item raised in a meeting adds
// to the one record writer (lib/record/writer.ts): owner and links that exist, closedAt kept with
// the status.
import "server-only";
import { db, type TTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import { AppError, type TFieldIssues } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import { paged } from "@/lib/pagination/schema";
import { checkAgendaItem } from "@/lib/record/service/checks";
import { recordWriter } from "@/lib/record/service/writer";
import { ZCreateActionItem, ZUpdateActionItem, type TActionItem } from "./schema";
import { CLOSED_STATUSES } from "./status";

const PAGE_SIZE = 25;

/**
 * Which action items a user may see, by the one rule of lib/auth/permissions.ts: whole programmes
 * (action:read); every action item of the meetings they may read, whoever owns it (it is in those
 * meetings' minutes); and, across the programme, those owned by their organisation or themselves
 * (action:read-own). The meeting's own list (/meetings/{id}/action-items) is the second part.
 */
export async function actionItemAccessWhere(access: TAccess): Promise<Prisma.ActionItemWhereInput> {
  const readAll = programmesWith(access, "action:read");
  if (readAll === "all") return {};
  const readOwn = programmesWith(access, "action:read-own");
  const or: Prisma.ActionItemWhereInput[] = [{ meeting: meetingAccessWhere(access) }];
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
  return { OR: or };
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
  titleTranslation: true,
  description: true,
  dueDate: true,
  status: true,
  remarkId: true,
  decisionId: true,
  version: true,
  updatedAt: true,
  closedAt: true,
  ownerOrganisation: ORGANISATION_REF,
  ownerPerson: { select: { id: true, name: true } },
} as const satisfies Prisma.ActionItemSelect;

type TRow = Prisma.ActionItemGetPayload<{ select: typeof ACTION_SELECT }>;

/** The API's shape, field by field: when it was closed stays inside. */
export const toActionItem = (a: TRow): TActionItem => ({
  id: a.id,
  meetingId: a.meetingId,
  agendaItemId: a.agendaItemId,
  title: a.title,
  titleTranslation: a.titleTranslation,
  description: a.description,
  ownerOrganisation: a.ownerOrganisation,
  ownerPerson: a.ownerPerson,
  dueDate: a.dueDate ? a.dueDate.toISOString().slice(0, 10) : null,
  status: a.status,
  remarkId: a.remarkId,
  decisionId: a.decisionId,
  version: a.version,
  updatedAt: a.updatedAt.toISOString(),
});

const dateOrNull = (d: string | null | undefined) =>
  d === undefined ? undefined : d === null ? null : new Date(`${d}T00:00:00Z`);

/** Owner and links must exist, and a linked remark or decision must be of the same meeting. */
async function checkReferences(
  tx: TTx,
  meetingId: string,
  data: {
    agendaItemId?: string | null;
    ownerOrganisationId?: string | null;
    ownerPersonId?: string | null;
    remarkId?: string | null;
    decisionId?: string | null;
  },
): Promise<void> {
  await checkAgendaItem(tx, meetingId, data.agendaItemId);
  const issues: TFieldIssues = {};
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
  if (!organisation) issues.ownerOrganisationId = [{ key: "errors.field.noSuchOrganisation" }];
  if (!person) issues.ownerPersonId = [{ key: "errors.field.noSuchPerson" }];
  if (!remark) issues.remarkId = [{ key: "capture.errors.noRaisedBy" }];
  if (!decision) issues.decisionId = [{ key: "capture.errors.noRaisedBy" }];
  if (Object.keys(issues).length > 0) throw AppError.validation(issues);
}

/**
 * The actionItems of a meeting in their order, as a relation select: lets a screen that reads the meeting
 * anyway (the capture screen's poll) take them in the same query; map the rows with `toActionItem`.
 */
export const ACTIONS_OF_MEETING = {
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  select: ACTION_SELECT,
} satisfies Prisma.MeetingSelect["actionItems"];

/** Action items raised in a meeting, in the order raised; closing one sets closedAt. */
export const actionItemRecords = recordWriter({
  entity: "ActionItem",
  missing: "actionItem",
  schemas: { create: ZCreateActionItem, update: ZUpdateActionItem },
  toOutput: toActionItem,
  listOf: async (where) =>
    (await db().meeting.findFirst({ where, select: { actionItems: ACTIONS_OF_MEETING } }))?.actionItems ??
    null,
  find: (tx, id) => tx.actionItem.findUnique({ where: { id }, select: ACTION_SELECT }),
  check: checkReferences,
  newRow: async (_tx, meeting, { dueDate, ...fields }): Promise<Prisma.ActionItemUncheckedCreateInput> => ({
    ...fields,
    dueDate: dateOrNull(dueDate),
    closedAt: CLOSED_STATUSES.includes(fields.status) ? new Date() : null,
    meetingId: meeting.id,
    programmeId: meeting.programmeId,
  }),
  // Numbered under the meeting's lock (the writer holds it), after the last one: the reference
  // "PSC3/A/04" never changes, and a deleted item's number is not given to another.
  insert: async (tx, data) => {
    const last = await tx.actionItem.aggregate({
      where: { meetingId: data.meetingId },
      _max: { number: true },
    });
    return tx.actionItem.create({
      data: { ...data, number: data.number ?? (last._max.number ?? 0) + 1 },
      select: ACTION_SELECT,
    });
  },
  patch: ({ dueDate, ...fields }, row): Prisma.ActionItemUncheckedUpdateInput => ({
    ...fields,
    dueDate: dateOrNull(dueDate),
    closedAt:
      fields.status === undefined
        ? undefined
        : CLOSED_STATUSES.includes(fields.status)
          ? (row.closedAt ?? new Date())
          : null,
  }),
  change: (tx, id, data) => tx.actionItem.update({ where: { id }, data, select: ACTION_SELECT }),
  remove: async (tx, row) => void (await tx.actionItem.delete({ where: { id: row.id } })),
});
