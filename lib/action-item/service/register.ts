// The follow-up register (/actions and GET /api/v1/action-items): every action item the user may
// read (actionItemAccessWhere, never widened), filtered, sorted and paged in the database, with
// the counts per status of the same filter so the page shows how the filtered set splits.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { TAccess } from "@/lib/auth/permissions";
import { paged } from "@/lib/pagination/schema";
import { actionReference } from "../reference";
import { ZActionRegisterQuery, type TActionRegister, type TActionRegisterQuery } from "../register-schema";
import { ACTION_STATUSES } from "../schema";
import { actionItemAccessWhere } from "@/lib/action-item/service";
import { actionToday, CLOSED_STATUSES, isOverdue } from "../status";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** An organisation and every organisation under it (a ministry's directorates, and theirs). */
async function withDescendants(organisationId: string): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree(id, depth) AS (
      SELECT id, 0 FROM "Organisation" WHERE id = ${organisationId}
      UNION
      SELECT o.id, t.depth + 1 FROM "Organisation" o JOIN tree t ON o."parentId" = t.id WHERE t.depth < 5
    )
    SELECT DISTINCT id FROM tree`;
  // A missing organisation owns nothing: filtering by its id alone finds nothing, as it should.
  return rows.length > 0 ? rows.map((r) => r.id) : [organisationId];
}

/** The filter without its status part (the counts split by status under the rest of it). */
async function filterWhere(
  access: TAccess,
  query: TActionRegisterQuery,
  today: Date,
): Promise<Prisma.ActionItemWhereInput[]> {
  const and: Prisma.ActionItemWhereInput[] = [await actionItemAccessWhere(access)];
  if (query.programmeId) and.push({ programmeId: query.programmeId });
  if (query.meetingId) and.push({ meetingId: query.meetingId });
  if (query.organisationId) {
    and.push({ ownerOrganisationId: { in: await withDescendants(query.organisationId) } });
  }
  if (query.personId) and.push({ ownerPersonId: query.personId });
  if (query.dueAfter) and.push({ dueDate: { gte: day(query.dueAfter) } });
  if (query.dueBefore) and.push({ dueDate: { lte: day(query.dueBefore) } });
  if (query.overdue) {
    and.push({ status: { notIn: [...CLOSED_STATUSES] }, dueDate: { lt: actionToday(today) } });
  }
  return and;
}

const ORDER: Record<
  TActionRegisterQuery["sort"],
  (dir: Prisma.SortOrder) => Prisma.ActionItemOrderByWithRelationInput[]
> = {
  due: (dir) => [
    { dueDate: { sort: dir, nulls: "last" } },
    { meeting: { startsAt: "asc" } },
    { number: "asc" },
  ],
  status: (dir) => [{ status: dir }, { dueDate: { sort: "asc", nulls: "last" } }],
  reference: (dir) => [
    { meeting: { startsAt: dir } },
    { meetingId: dir },
    { number: { sort: dir, nulls: "last" } },
  ],
  owner: (dir) => [
    { ownerOrganisation: { name: dir } },
    { ownerPerson: { name: dir } },
    { dueDate: { sort: "asc", nulls: "last" } },
  ],
};

const ROW_SELECT = {
  id: true,
  number: true,
  title: true,
  status: true,
  dueDate: true,
  ownerOrganisation: { select: { id: true, name: true, acronym: true } },
  ownerPerson: { select: { id: true, name: true } },
  meeting: { select: { id: true, kind: true, sequenceNumber: true, title: true } },
  programme: { select: { id: true, title: true } },
} as const satisfies Prisma.ActionItemSelect;

/**
 * The register's filter (status included) and order as Prisma arguments, for a reader of every row
 * of it (the CSV and XLSX export): the same rows, in the same order, as the pages show.
 */
export async function registerSelection(
  access: TAccess,
  query: TActionRegisterQuery,
  today: Date = new Date(),
): Promise<{
  where: Prisma.ActionItemWhereInput;
  orderBy: Prisma.ActionItemOrderByWithRelationInput[];
}> {
  const rest = await filterWhere(access, query, today);
  return {
    where: { AND: query.status?.length ? [...rest, { status: { in: query.status } }] : rest },
    orderBy: [...ORDER[query.sort](query.order), { id: "asc" }],
  };
}

/** How many items the filter (status aside) finds of each status, every status present. */
async function countByStatus(rest: Prisma.ActionItemWhereInput[]): Promise<Record<ActionStatus, number>> {
  const byStatus = await db().actionItem.groupBy({
    by: ["status"],
    where: { AND: rest },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const g of byStatus) counts[g.status] = g._count._all;
  return counts;
}

/** One page of the register, and how many items of each status the filter (status aside) finds. */
export async function actionRegister(
  access: TAccess,
  query: TActionRegisterQuery,
  today: Date = new Date(),
): Promise<TActionRegister> {
  const rest = await filterWhere(access, query, today);
  const where: Prisma.ActionItemWhereInput = {
    AND: query.status?.length ? [...rest, { status: { in: query.status } }] : rest,
  };
  const [total, rows, counts] = await Promise.all([
    db().actionItem.count({ where }),
    db().actionItem.findMany({
      where,
      orderBy: [...ORDER[query.sort](query.order), { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: ROW_SELECT,
    }),
    countByStatus(rest),
  ]);
  const data = rows.map((a) => ({
    id: a.id,
    reference: actionReference(a.meeting, a.number),
    title: a.title,
    ownerOrganisation: a.ownerOrganisation,
    ownerPerson: a.ownerPerson,
    dueDate: a.dueDate ? a.dueDate.toISOString().slice(0, 10) : null,
    status: a.status,
    isOverdue: isOverdue(a, today),
    meeting: a.meeting,
    programme: a.programme,
  }));
  return { ...paged(data, query.page, query.pageSize, total), counts };
}

/** The most action items the meeting page lists; the register pages through the rest. */
export const MEETING_ACTIONS_SHOWN = 100;

/**
 * The action items raised at one meeting, by their running number, as the meeting page lists them:
 * the register's rows (same access rule, reference, overdue) and its counts per status.
 */
export function meetingActionItems(access: TAccess, meetingId: string, today: Date = new Date()) {
  return actionRegister(
    access,
    ZActionRegisterQuery.parse({ meetingId, sort: "reference", pageSize: MEETING_ACTIONS_SHOWN }),
    today,
  );
}

/**
 * How many of the meeting's action items the user may read, per status and in all: what the meeting
 * page's other tabs show, without reading the rows (the same rule and counts as meetingActionItems).
 */
export async function meetingActionCounts(access: TAccess, meetingId: string, today: Date = new Date()) {
  const counts = await countByStatus(
    await filterWhere(access, ZActionRegisterQuery.parse({ meetingId }), today),
  );
  return { counts, total: ACTION_STATUSES.reduce((n, s) => n + counts[s], 0) };
}

/**
 * What the filter form offers: the programmes, meetings and owner organisations of the items the
 * user may read (a directorate's ministry too, to pick the whole ministry).
 */
/** Without a programme chosen, the meeting select offers the most recent meetings only. */
export const MEETING_OPTIONS_LIMIT = 50;

/**
 * The filter's choices: programmes and owner organisations with items the user may read, and the
 * meetings of the chosen programme — or, with none chosen, the most recent ones (the meeting
 * chosen is always offered) — so the page's cost does not grow with years of meetings.
 */
export async function actionRegisterOptions(
  access: TAccess,
  chosen: { programmeId?: string | null; meetingId?: string | null } = {},
) {
  const visible = await actionItemAccessWhere(access);
  const [programmes, meetings, organisations] = await Promise.all([
    db().programme.findMany({
      where: { actionItems: { some: visible } },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
    db().meeting.findMany({
      where: {
        actionItems: { some: visible },
        ...(chosen.programmeId ? { programmeId: chosen.programmeId } : {}),
      },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      ...(chosen.programmeId ? {} : { take: MEETING_OPTIONS_LIMIT }),
      select: { id: true, kind: true, sequenceNumber: true, title: true, programmeId: true },
    }),
    db().organisation.findMany({
      where: {
        OR: [
          { ownedActionItems: { some: visible } },
          { children: { some: { ownedActionItems: { some: visible } } } },
        ],
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, acronym: true, parentId: true },
    }),
  ]);
  const isTruncated = !chosen.programmeId && meetings.length === MEETING_OPTIONS_LIMIT;
  if (chosen.meetingId && !meetings.some((m) => m.id === chosen.meetingId)) {
    const meeting = await db().meeting.findFirst({
      where: { id: chosen.meetingId, actionItems: { some: visible } },
      select: { id: true, kind: true, sequenceNumber: true, title: true, programmeId: true },
    });
    if (meeting) meetings.unshift(meeting);
  }
  return { programmes, meetings, isTruncated, organisations: nested(organisations) };
}

type TOrganisationOption = { id: string; name: string; acronym: string | null; parentId: string | null };

/** Each organisation followed by those under it (indented by depth), by name. */
function nested(rows: TOrganisationOption[]): (TOrganisationOption & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.id));
  const out: (TOrganisationOption & { depth: number })[] = [];
  const seen = new Set<string>();
  const place = (row: TOrganisationOption, depth: number) => {
    if (seen.has(row.id)) return;
    seen.add(row.id);
    out.push({ ...row, depth });
    for (const child of rows.filter((r) => r.parentId === row.id)) place(child, depth + 1);
  };
  for (const row of rows.filter((r) => !r.parentId || !ids.has(r.parentId))) place(row, 0);
  return out;
}
