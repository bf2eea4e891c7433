// Creates the meeting of a bundle and everything under it: co-chairs, agenda and attendance with
// one createMany per kind; remarks, decisions and action items one by one through the one record
// writer, so each has the same audit event as one captured on the screen. Ids are made up front
// so references between the new rows resolve without reading anything back.
import "server-only";
import { randomUUID } from "node:crypto";
import { actionItemRecords } from "@/lib/action-item/service";
import type { TActor } from "@/lib/audit/actor";
import type { TTx } from "@/lib/db";
import { decisionRecords } from "@/lib/decision/service";
import { remarkRecords } from "@/lib/remark/service";
import type { AuditBatch } from "./audit";
import type { TMeetingBundle } from "../schema";

export type TMeetingRefs = {
  programmeId: string;
  organisationIds: ReadonlyMap<string, string>;
  personIds: ReadonlyMap<string, string>;
  /** Output code → id, for the outputs of the programme the bundle names. */
  outputIds: ReadonlyMap<string, string>;
};

const date = (value: string | null) => (value ? new Date(value) : null);
const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);
const lookup = (ids: ReadonlyMap<string, string>, key: string | null) =>
  key ? (ids.get(key) ?? null) : null;
const required = (ids: ReadonlyMap<string, string>, key: string) => {
  const id = ids.get(key);
  if (!id) throw new Error(`Bundle key ${key} was not resolved`); // checks.ts makes this unreachable
  return id;
};
const idsFor = <T extends { key: string }>(rows: readonly T[]) =>
  new Map(rows.map((r) => [r.key, randomUUID()]));

export async function createMeetingRecords(
  tx: TTx,
  bundle: TMeetingBundle,
  refs: TMeetingRefs,
  audit: AuditBatch,
  actor: TActor,
) {
  const { programmeId, organisationIds, personIds, outputIds } = refs;
  const m = bundle.meeting;
  const meeting = await tx.meeting.create({
    data: { ...m, programmeId, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) },
  });
  audit.created("Meeting", [meeting]);
  const meetingId = meeting.id;

  const coChairs = bundle.coChairs.map((c) => ({
    id: randomUUID(),
    meetingId,
    personId: required(personIds, c.person),
    capacity: c.capacity,
    capacityTranslation: c.capacityTranslation,
    order: c.order,
  }));
  await tx.coChair.createMany({ data: coChairs });
  audit.created("CoChair", coChairs);

  const agendaIds = idsFor(bundle.agendaItems);
  const agendaItems = bundle.agendaItems.map((a) => ({
    id: agendaIds.get(a.key)!,
    meetingId,
    order: a.order,
    kind: a.kind,
    title: a.title,
    presenterPersonId: lookup(personIds, a.presenter),
    plannedMinutes: a.plannedMinutes,
  }));
  await tx.agendaItem.createMany({ data: agendaItems });
  audit.created("AgendaItem", agendaItems);
  const papers = bundle.agendaItems.flatMap((a) =>
    a.papers.map((p) => ({
      id: randomUUID(),
      agendaItemId: agendaIds.get(a.key)!,
      title: p.title,
      url: p.url,
    })),
  );
  await tx.agendaPaper.createMany({ data: papers });
  audit.created("AgendaPaper", papers);

  // Invitations refer to each other (delegated to); one INSERT statement checks that at its end.
  const invitationIds = new Map(bundle.attendance.map((row) => [row.person, randomUUID()]));
  const invitations = bundle.attendance.map((row) => ({
    id: invitationIds.get(row.person)!,
    meetingId,
    personId: required(personIds, row.person),
    isWalkIn: row.isWalkIn,
    invitedAt: date(row.invitedAt),
    rsvp: row.rsvp,
    rsvpAt: date(row.rsvpAt),
    delegatedToId: lookup(invitationIds, row.delegatedTo),
    attendance: row.attendance,
    signedInAt: date(row.signedInAt),
    delegateOfPersonId: lookup(personIds, row.delegateOf),
  }));
  await tx.invitation.createMany({ data: invitations });
  audit.created("Invitation", invitations);

  const remarkIds = idsFor(bundle.remarks);
  const remarks = bundle.remarks.map((r) => ({
    id: remarkIds.get(r.key)!,
    meetingId,
    agendaItemId: lookup(agendaIds, r.agendaItem),
    speakerPersonId: required(personIds, r.speaker),
    kind: r.kind,
    summary: r.summary,
    summaryTranslation: r.summaryTranslation,
    quote: r.quote,
    quoteTranslation: r.quoteTranslation,
    order: r.order,
  }));
  for (const remark of remarks) await remarkRecords.insert(tx, programmeId, remark, actor);

  const decisionIds = idsFor(bundle.decisions);
  const decisions = bundle.decisions.map((d) => ({
    id: decisionIds.get(d.key)!,
    meetingId,
    agendaItemId: lookup(agendaIds, d.agendaItem),
    number: d.number,
    text: d.text,
    textTranslation: d.textTranslation,
  }));
  for (const decision of decisions) await decisionRecords.insert(tx, programmeId, decision, actor);

  const actionItems = bundle.actionItems.map((a) => ({
    id: randomUUID(),
    programmeId,
    meetingId,
    agendaItemId: lookup(agendaIds, a.agendaItem),
    remarkId: lookup(remarkIds, a.remark),
    decisionId: lookup(decisionIds, a.decision),
    title: a.title,
    titleTranslation: a.titleTranslation,
    description: a.description,
    ownerOrganisationId: lookup(organisationIds, a.ownerOrganisation),
    ownerPersonId: lookup(personIds, a.ownerPerson),
    dueDate: day(a.dueDate),
    status: a.status,
    outputId: lookup(outputIds, a.output),
    closedAt: date(a.closedAt),
  }));
  for (const item of actionItems) await actionItemRecords.insert(tx, programmeId, item, actor);

  return {
    meetingId,
    created: {
      meeting: 1,
      coChairs: coChairs.length,
      agendaItems: agendaItems.length,
      papers: papers.length,
      attendance: invitations.length,
      remarks: remarks.length,
      decisions: decisions.length,
      actionItems: actionItems.length,
    },
  };
}
