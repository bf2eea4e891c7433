// Reads a meeting and everything it refers to into a bundle, with a handful of set-based queries.
// Takes the Prisma client as a parameter, so tests can export from a second database.
import "server-only";
import type { Prisma, TTx } from "@/lib/db";
import { toLocale } from "@/i18n/locales";
import { AppError } from "@/lib/errors";
import type { TAccess } from "@/lib/auth/permissions";
import { meetingExportWhere } from "@/lib/meeting/service/access";
import { ORGANISATION_SELECT } from "@/lib/organisation/service";
import { PERSON_FIELDS_SELECT } from "@/lib/person/service";
import { assignKeys, isoDate, isoDateTime, keyIndex, keyOf, sortRows } from "../order";
import { BUNDLE_FORMAT, BUNDLE_VERSION, type TMeetingBundle } from "../schema";
import { MEETING_FACTS_SELECT, meetingFactsJson } from "@/lib/meeting/service/facts";

const MEETING_SELECT = {
  ...MEETING_FACTS_SELECT,
  programme: {
    select: {
      title: true,
      shortTitle: true,
      country: true,
      fund: true,
      conveningAgencyId: true,
      startDate: true,
      durationMonths: true,
      sdgGoals: true,
      nationalFramework: true,
      nationalFrameworkTranslation: true,
      description: true,
      descriptionTranslation: true,
      recordLanguage: true,
      participatingOrganisations: { select: { organisationId: true } },
      outputs: { select: { code: true, kind: true, title: true } },
    },
  },
  coChairs: { select: { personId: true, capacity: true, capacityTranslation: true, order: true } },
  agendaItems: {
    select: {
      id: true,
      order: true,
      kind: true,
      title: true,
      presenterPersonId: true,
      plannedMinutes: true,
      papers: { select: { title: true, url: true } },
    },
  },
  invitations: {
    select: {
      id: true,
      personId: true,
      isWalkIn: true,
      invitedAt: true,
      rsvp: true,
      rsvpAt: true,
      delegatedToId: true,
      attendance: true,
      signedInAt: true,
      delegateOfPersonId: true,
    },
  },
  remarks: {
    select: {
      id: true,
      agendaItemId: true,
      speakerPersonId: true,
      kind: true,
      summary: true,
      summaryTranslation: true,
      quote: true,
      quoteTranslation: true,
      order: true,
    },
  },
  decisions: { select: { id: true, number: true, text: true, textTranslation: true, agendaItemId: true } },
  actionItems: {
    select: {
      title: true,
      titleTranslation: true,
      description: true,
      ownerOrganisationId: true,
      ownerPersonId: true,
      dueDate: true,
      status: true,
      closedAt: true,
      agendaItemId: true,
      remarkId: true,
      decisionId: true,
      output: { select: { code: true } },
    },
  },
} satisfies Prisma.MeetingSelect;

type TMeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>;
type TReader = Pick<TTx, "meeting" | "person" | "organisation">;

const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** Every person the meeting mentions. */
function personIds(m: TMeetingRow): string[] {
  return ids([
    ...m.coChairs.map((c) => c.personId),
    ...m.agendaItems.map((a) => a.presenterPersonId),
    ...m.invitations.flatMap((i) => [i.personId, i.delegateOfPersonId]),
    ...m.remarks.map((r) => r.speakerPersonId),
    ...m.actionItems.map((a) => a.ownerPersonId),
  ]);
}

/** The organisations with the given ids and all the organisations above them (one query per level). */
async function organisationsWithParents(reader: TReader, wanted: string[]) {
  const found = new Map<string, Prisma.OrganisationGetPayload<{ select: typeof ORGANISATION_SELECT }>>();
  let missing = wanted;
  while (missing.length > 0) {
    const rows = await reader.organisation.findMany({
      where: { id: { in: missing } },
      select: ORGANISATION_SELECT,
    });
    for (const row of rows) found.set(row.id, row);
    missing = ids(rows.map((r) => r.parentId)).filter((id) => !found.has(id));
  }
  return [...found.values()];
}

/** The bundle of one meeting the user may read; missing and not-yours are the same "not found". */
export async function readMeetingBundle(
  reader: TReader,
  access: TAccess,
  meetingId: string,
  now: Date = new Date(),
): Promise<TMeetingBundle> {
  const m = await reader.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingExportWhere(access)] },
    select: MEETING_SELECT,
  });
  if (!m) throw AppError.notFound("meeting");
  const people = await reader.person.findMany({
    where: { id: { in: personIds(m) } },
    select: PERSON_FIELDS_SELECT,
  });
  const p = m.programme;
  const organisations = await organisationsWithParents(
    reader,
    ids([
      p.conveningAgencyId,
      ...p.participatingOrganisations.map((o) => o.organisationId),
      ...people.map((x) => x.organisationId),
      ...m.actionItems.map((a) => a.ownerOrganisationId),
    ]),
  );

  const orgKeys = assignKeys(
    sortRows(organisations, (o) => [o.name]),
    "org",
  );
  const personContent = (x: (typeof people)[number]) => ({
    name: x.name,
    position: x.position,
    positionTranslation: x.positionTranslation,
    organisation: keyOf(orgKeys, x.organisationId),
    email: x.email,
    sex: x.sex,
    phone: x.phone,
    language: toLocale(x.language),
  });
  const personKeys = assignKeys(
    sortRows(people, (x) => [x.name, x.email ?? "", JSON.stringify(personContent(x))]),
    "person",
  );
  const agendaContent = (a: TMeetingRow["agendaItems"][number]) => ({
    order: a.order,
    kind: a.kind,
    title: a.title,
    presenter: keyOf(personKeys, a.presenterPersonId),
    plannedMinutes: a.plannedMinutes,
    papers: sortRows(a.papers, (x) => [x.title, x.url ?? ""]).map((x) => ({ title: x.title, url: x.url })),
  });
  const agendaSorted = sortRows(m.agendaItems, (a) => [a.order, JSON.stringify(agendaContent(a))]);
  const agendaKeys = assignKeys(agendaSorted, "agenda");
  const remarkContent = (r: TMeetingRow["remarks"][number]) => ({
    agendaItem: keyOf(agendaKeys, r.agendaItemId),
    speaker: keyOf(personKeys, r.speakerPersonId)!,
    kind: r.kind,
    summary: r.summary,
    summaryTranslation: r.summaryTranslation,
    quote: r.quote,
    quoteTranslation: r.quoteTranslation,
    order: r.order,
  });
  const remarksSorted = sortRows(m.remarks, (r) => [r.order, JSON.stringify(remarkContent(r))]);
  const remarkKeys = assignKeys(remarksSorted, "remark");
  const decisionsSorted = sortRows(m.decisions, (d) => [d.number]);
  const decisionKeys = assignKeys(decisionsSorted, "decision");
  const invitationPerson = new Map(m.invitations.map((i) => [i.id, i.personId]));
  const actionContent = (a: TMeetingRow["actionItems"][number]) => ({
    title: a.title,
    titleTranslation: a.titleTranslation,
    description: a.description,
    ownerOrganisation: keyOf(orgKeys, a.ownerOrganisationId),
    ownerPerson: keyOf(personKeys, a.ownerPersonId),
    dueDate: isoDate(a.dueDate),
    status: a.status,
    closedAt: isoDateTime(a.closedAt),
    agendaItem: keyOf(agendaKeys, a.agendaItemId),
    remark: keyOf(remarkKeys, a.remarkId),
    decision: keyOf(decisionKeys, a.decisionId),
    output: a.output?.code ?? null,
  });

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    programme: {
      title: p.title,
      shortTitle: p.shortTitle,
      country: p.country,
      fund: p.fund,
      conveningAgency: keyOf(orgKeys, p.conveningAgencyId),
      participatingOrganisations: sortRows(
        p.participatingOrganisations.map((o) => keyOf(orgKeys, o.organisationId)!),
        (key) => [keyIndex(key)],
      ),
      startDate: isoDate(p.startDate),
      durationMonths: p.durationMonths,
      sdgGoals: [...p.sdgGoals].sort((a, b) => a - b),
      nationalFramework: p.nationalFramework,
      nationalFrameworkTranslation: p.nationalFrameworkTranslation,
      description: p.description,
      descriptionTranslation: p.descriptionTranslation,
      recordLanguage: toLocale(p.recordLanguage),
      outputs: sortRows(p.outputs, (o) => [o.code]).map((o) => ({
        code: o.code,
        kind: o.kind,
        title: o.title,
      })),
    },
    organisations: sortRows(organisations, (o) => [keyIndex(orgKeys.get(o.id)!)]).map((o) => ({
      key: orgKeys.get(o.id)!,
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      parent: keyOf(orgKeys, o.parentId),
    })),
    people: sortRows(people, (x) => [keyIndex(personKeys.get(x.id)!)]).map((x) => ({
      key: personKeys.get(x.id)!,
      ...personContent(x),
    })),
    meeting: meetingFactsJson(m),
    coChairs: sortRows(
      m.coChairs.map((c) => ({
        person: keyOf(personKeys, c.personId)!,
        capacity: c.capacity,
        capacityTranslation: c.capacityTranslation,
        order: c.order,
      })),
      (c) => [c.order, keyIndex(c.person)],
    ),
    agendaItems: agendaSorted.map((a) => ({ key: agendaKeys.get(a.id)!, ...agendaContent(a) })),
    attendance: sortRows(
      m.invitations.map((i) => ({
        person: keyOf(personKeys, i.personId)!,
        isWalkIn: i.isWalkIn,
        invitedAt: isoDateTime(i.invitedAt),
        rsvp: i.rsvp,
        rsvpAt: isoDateTime(i.rsvpAt),
        delegatedTo: keyOf(personKeys, i.delegatedToId ? invitationPerson.get(i.delegatedToId) : null),
        attendance: i.attendance,
        signedInAt: isoDateTime(i.signedInAt),
        delegateOf: keyOf(personKeys, i.delegateOfPersonId),
      })),
      (row) => [keyIndex(row.person)],
    ),
    remarks: remarksSorted.map((r) => ({ key: remarkKeys.get(r.id)!, ...remarkContent(r) })),
    decisions: decisionsSorted.map((d) => ({
      key: decisionKeys.get(d.id)!,
      number: d.number,
      text: d.text,
      textTranslation: d.textTranslation,
      agendaItem: keyOf(agendaKeys, d.agendaItemId),
    })),
    actionItems: sortRows(m.actionItems.map(actionContent), (a) => [a.title]).map((a, i) => ({
      key: `action-${i + 1}`,
      ...a,
    })),
  };
}
