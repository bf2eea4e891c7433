// Loads the meeting record (lib/minutes/record-schema.ts) that the minutes and the summary are
// generated from: a fixed handful of queries whatever the meeting's size, no N+1.
import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import { attendanceStatsOfMeeting } from "@/lib/attendance/service";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { organisationsWithAncestors, type TOrganisationNode } from "@/lib/organisation/service";
import { PROGRAMME_SELECT } from "@/lib/programme/service";
import { actionReference } from "@/lib/action-item/reference";
import { toLocale } from "@/i18n/locales";
import type { TFollowUp, TMeetingRecord, TOrgRef } from "./record-schema";
import { MEETING_FACTS_SELECT, meetingFactsJson } from "@/lib/meeting/service/facts";

/** An organisation the documents may name a person by: with its parent, to reach its ministry. */
const UNIT = { select: { name: true, acronym: true, parentId: true } } as const;
const PERSON = {
  select: { id: true, name: true, position: true, positionTranslation: true, organisation: UNIT },
} as const;

type TOrgRow = { name: string; acronym: string | null };
type TUnitRow = TOrgRow & { parentId: string | null };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const orgRef = (o: TOrgRow | null): TOrgRef | null => (o ? { name: o.name, acronym: o.acronym } : null);

/** Builds units' references with their chain of parents, from the ancestors loaded in one query. */
function unitRefs(ancestors: TOrganisationNode[]) {
  const byId = new Map(ancestors.map((o) => [o.id, o]));
  const chain = (id: string | null, seen: Set<string>): TOrgRef | undefined => {
    const o = id ? byId.get(id) : undefined;
    if (!o || seen.has(o.id)) return undefined;
    const parent = chain(o.parentId, new Set(seen).add(o.id));
    return { name: o.name, acronym: o.acronym, ...(parent ? { parent } : {}) };
  };
  return (o: TUnitRow | null): TOrgRef | null => {
    if (!o) return null;
    const parent = chain(o.parentId, new Set());
    return { name: o.name, acronym: o.acronym, ...(parent ? { parent } : {}) };
  };
}
type TUnitRef = ReturnType<typeof unitRefs>;

const person =
  (unit: TUnitRef) =>
  (p: {
    id: string;
    name: string;
    position: string | null;
    positionTranslation: string | null;
    organisation: TUnitRow | null;
  }) => ({
    personId: p.id,
    name: p.name,
    position: p.position,
    positionTranslation: p.positionTranslation,
    organisation: unit(p.organisation),
  });

const FOLLOW_UP_SELECT = {
  id: true,
  date: true,
  body: true,
  statusBefore: true,
  statusAfter: true,
  actionItem: {
    select: {
      id: true,
      number: true,
      title: true,
      titleTranslation: true,
      status: true,
      ownerOrganisation: UNIT,
      ownerPerson: { select: { name: true } },
      meeting: { select: { kind: true, sequenceNumber: true, startsAt: true } },
    },
  },
} satisfies Prisma.ActionItemUpdateSelect;
type TFollowUpRow = Prisma.ActionItemUpdateGetPayload<{ select: typeof FOLLOW_UP_SELECT }>;

/**
 * The progress updates recorded at a meeting on action items of earlier meetings (carry-over), by
 * the items' meetings and running numbers, each item's updates in the order recorded.
 */
async function followUpsAt(meetingId: string): Promise<TFollowUpRow[]> {
  const rows = await db().actionItemUpdate.findMany({
    where: { meetingId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: FOLLOW_UP_SELECT,
  });
  const rank = (r: TFollowUpRow) =>
    [r.actionItem.meeting.startsAt.getTime(), r.actionItem.number ?? Number.MAX_SAFE_INTEGER] as const;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const [x, y] = [rank(a.r), rank(b.r)];
      return x[0] - y[0] || x[1] - y[1] || a.r.actionItem.id.localeCompare(b.r.actionItem.id) || a.i - b.i;
    })
    .map(({ r }) => r);
}

function toFollowUp(r: TFollowUpRow, unit: TUnitRef): TFollowUp {
  return {
    id: r.id,
    actionItemId: r.actionItem.id,
    reference: actionReference(r.actionItem.meeting, r.actionItem.number),
    title: r.actionItem.title,
    titleTranslation: r.actionItem.titleTranslation,
    ownerOrganisation: unit(r.actionItem.ownerOrganisation),
    ownerPerson: r.actionItem.ownerPerson?.name ?? null,
    statusBefore: r.statusBefore,
    statusAfter: r.statusAfter ?? r.statusBefore ?? r.actionItem.status,
    note: r.body,
    date: r.date.toISOString().slice(0, 10),
  };
}

/** The record of a meeting the user may see; "not found" also when it is not theirs. */
export async function loadMeetingRecord(access: TAccess, meetingId: string): Promise<TMeetingRecord> {
  const m = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      ...MEETING_FACTS_SELECT,
      programme: {
        select: PROGRAMME_SELECT,
      },
      coChairs: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: { capacity: true, capacityTranslation: true, person: PERSON },
      },
      agendaItems: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: { id: true, order: true, kind: true, title: true, presenter: { select: { name: true } } },
      },
      remarks: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: {
          id: true,
          agendaItemId: true,
          order: true,
          kind: true,
          summary: true,
          summaryTranslation: true,
          quote: true,
          quoteTranslation: true,
          speaker: PERSON,
        },
      },
      decisions: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, agendaItemId: true, text: true, textTranslation: true },
      },
      actionItems: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          agendaItemId: true,
          title: true,
          titleTranslation: true,
          description: true,
          ownerOrganisation: UNIT,
          ownerPerson: { select: { name: true } },
          dueDate: true,
          status: true,
          remarkId: true,
          decisionId: true,
        },
      },
      invitations: {
        where: { attendance: "PRESENT" },
        select: {
          isWalkIn: true,
          delegateOf: { select: { name: true } },
          person: {
            select: {
              id: true,
              name: true,
              position: true,
              positionTranslation: true,
              sex: true,
              organisation: { select: { name: true, acronym: true, kind: true } },
            },
          },
        },
      },
      minutes: {
        select: {
          status: true,
          adoptedAt: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
        },
      },
    },
  });
  if (!m) throw AppError.notFound("meeting");

  const [stats, next, followUpRows] = await Promise.all([
    attendanceStatsOfMeeting(m.id),
    db().meeting.findFirst({
      where: { programmeId: m.programme.id, status: { not: "CANCELLED" }, startsAt: { gt: m.startsAt } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        ...MEETING_FACTS_SELECT,
      },
    }),
    followUpsAt(m.id),
  ]);
  // The parents of every unit a person or an action item belongs to, in one query.
  const units = [
    ...m.coChairs.map((c) => c.person.organisation),
    ...m.remarks.map((r) => r.speaker.organisation),
    ...m.actionItems.map((a) => a.ownerOrganisation),
    ...followUpRows.map((r) => r.actionItem.ownerOrganisation),
  ];
  const parentIds = [...new Set(units.flatMap((u) => (u?.parentId ? [u.parentId] : [])))];
  const unit = unitRefs(await organisationsWithAncestors(parentIds));
  const personOf = person(unit);

  // Agenda order first, then the order spoken; remarks outside the agenda come last.
  const agendaOrder = new Map(m.agendaItems.map((a) => [a.id, a.order]));
  const rank = (id: string | null) => (id ? (agendaOrder.get(id) ?? Infinity) : Infinity);
  const remarks = [...m.remarks].sort(
    (a, b) => rank(a.agendaItemId) - rank(b.agendaItemId) || a.order - b.order,
  );
  const collator = new Intl.Collator("en");
  const participants = m.invitations
    .map((i) => ({
      personId: i.person.id,
      name: i.person.name,
      position: i.person.position,
      positionTranslation: i.person.positionTranslation,
      sex: i.person.sex,
      organisation: i.person.organisation,
      delegateOf: i.delegateOf?.name ?? null,
      isWalkIn: i.isWalkIn,
    }))
    .sort(
      (a, b) =>
        collator.compare(a.organisation?.name ?? "\uffff", b.organisation?.name ?? "\uffff") ||
        collator.compare(a.name, b.name),
    );

  const p = m.programme;
  return {
    programme: {
      id: p.id,
      title: p.title,
      shortTitle: p.shortTitle,
      country: p.country,
      fund: p.fund,
      conveningAgency: orgRef(p.conveningAgency),
      participatingOrganisations: p.participatingOrganisations
        .map((x) => orgRef(x.organisation)!)
        .sort((a, b) => collator.compare(a.acronym ?? a.name, b.acronym ?? b.name)),
      startDate: day(p.startDate),
      durationMonths: p.durationMonths,
      sdgGoals: [...p.sdgGoals].sort((a, b) => a - b),
      nationalFramework: p.nationalFramework,
      description: p.description,
      recordLanguage: toLocale(p.recordLanguage),
      nationalFrameworkTranslation: p.nationalFrameworkTranslation,
      descriptionTranslation: p.descriptionTranslation,
    },
    meeting: { id: m.id, ...meetingFactsJson(m) },
    coChairs: m.coChairs.map((c) => ({
      ...personOf(c.person),
      capacity: c.capacity,
      capacityTranslation: c.capacityTranslation,
    })),
    agenda: m.agendaItems.map((a) => ({
      id: a.id,
      order: a.order,
      kind: a.kind,
      title: a.title,
      presenter: a.presenter?.name ?? null,
    })),
    attendance: { stats, participants },
    remarks: remarks.map((r) => ({
      id: r.id,
      agendaItemId: r.agendaItemId,
      order: r.order,
      kind: r.kind,
      speaker: personOf(r.speaker),
      summary: r.summary,
      summaryTranslation: r.summaryTranslation,
      quote: r.quote,
      quoteTranslation: r.quoteTranslation,
    })),
    decisions: m.decisions,
    actionItems: m.actionItems.map((a) => ({
      id: a.id,
      agendaItemId: a.agendaItemId,
      title: a.title,
      titleTranslation: a.titleTranslation,
      description: a.description,
      ownerOrganisation: unit(a.ownerOrganisation),
      ownerPerson: a.ownerPerson?.name ?? null,
      dueDate: day(a.dueDate),
      status: a.status,
      remarkId: a.remarkId,
      decisionId: a.decisionId,
    })),
    followUps: followUpRows.map((r) => toFollowUp(r, unit)),
    nextMeeting: next
      ? { ...next, startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString() }
      : null,
    minutes: m.minutes
      ? {
          status: m.minutes.status,
          latestVersion: m.minutes.versions[0]?.number ?? null,
          adoptedAt: m.minutes.adoptedAt?.toISOString() ?? null,
        }
      : null,
  };
}
