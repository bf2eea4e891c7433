// Writes one demo meeting and its record (co-chairs, agenda, invitations and attendance, remarks,
// decisions, action items with their updates) inside the seed transaction.
import { expandInvitations, type TInvitationRow } from "./invitations";
import type { TMeetingSeed } from "./types";
import type { TDirectoryIds, TTx } from "./write-directory";

const MINUTE = 60_000;

/** Meeting rows first, so records can point at later meetings (updates reviewed, minutes adopted). */
export async function createMeetings(
  tx: TTx,
  ids: TDirectoryIds,
  seeds: TMeetingSeed[],
): Promise<Map<number, string>> {
  const meetingIds = new Map<number, string>();
  for (const m of seeds) {
    const meeting = await tx.meeting.create({
      data: {
        programmeId: ids.programmeId,
        kind: "PSC",
        sequenceNumber: m.sequenceNumber,
        title: m.title,
        purpose: m.purpose,
        startsAt: new Date(m.startsAt),
        endsAt: new Date(m.endsAt),
        timeZone: "Asia/Jakarta",
        venueBuilding: m.venueBuilding ?? null,
        venueRoom: m.venueRoom ?? null,
        venueAddress: m.venueAddress ?? null,
        onlineUrl: m.onlineUrl ?? null,
        status: m.status,
        icsSequence: m.icsSequence,
      },
      select: { id: true },
    });
    meetingIds.set(m.sequenceNumber, meeting.id);
  }
  return meetingIds;
}

export async function writeMeetingRecord(
  tx: TTx,
  ids: TDirectoryIds,
  m: TMeetingSeed,
  meetingIds: Map<number, string>,
  authorUserId: string | undefined,
): Promise<TInvitationRow[]> {
  const meetingId = meetingIds.get(m.sequenceNumber)!;
  const startsAt = new Date(m.startsAt);

  await tx.coChair.createMany({
    data: m.coChairs.map((c, i) => ({
      meetingId,
      personId: ids.person(c.person),
      capacity: c.capacity,
      order: i,
    })),
  });

  const agendaIds: string[] = [];
  for (const [i, a] of m.agenda.entries()) {
    const item = await tx.agendaItem.create({
      data: {
        meetingId,
        order: i + 1,
        kind: a.kind ?? "REGULAR",
        title: a.title,
        presenterPersonId: a.presenter ? ids.person(a.presenter) : null,
        plannedMinutes: a.plannedMinutes ?? null,
        papers: { create: (a.papers ?? []).map((p) => ({ title: p.title, url: p.url ?? null })) },
      },
      select: { id: true },
    });
    agendaIds.push(item.id);
  }
  const agendaId = (order: number) => {
    const id = agendaIds[order - 1];
    if (!id) throw new Error(`meeting ${m.sequenceNumber}: no agenda item ${order}`);
    return id;
  };

  // Delegates' rows first: the delegating invitation points at the delegate's invitation.
  const rows = expandInvitations(m.attendance, ids.personKeys, startsAt);
  const invitationIds = new Map<string, string>();
  for (const row of [...rows.filter((r) => !r.delegatedTo), ...rows.filter((r) => r.delegatedTo)]) {
    const invitation = await tx.invitation.create({
      data: {
        meetingId,
        personId: ids.person(row.person),
        isWalkIn: row.isWalkIn,
        invitedAt: row.invitedAt,
        rsvp: row.rsvp,
        rsvpAt: row.rsvpAt,
        attendance: row.attendance,
        signedInAt: row.signedInAt,
        delegateOfPersonId: row.delegateOf ? ids.person(row.delegateOf) : null,
        delegatedToId: row.delegatedTo ? invitationIds.get(row.delegatedTo)! : null,
        createdAt: row.invitedAt ?? row.signedInAt ?? startsAt,
      },
      select: { id: true },
    });
    invitationIds.set(row.person, invitation.id);
  }

  // Recorded live during the meeting: a remark every few minutes.
  const remarkIds: string[] = [];
  for (const [i, r] of m.remarks.entries()) {
    const remark = await tx.remark.create({
      data: {
        meetingId,
        agendaItemId: agendaId(r.agenda),
        speakerPersonId: ids.person(r.speaker),
        kind: r.kind,
        summary: r.summary,
        quote: r.quote ?? null,
        order: i + 1,
        createdAt: new Date(startsAt.getTime() + (5 + 12 * i) * MINUTE),
      },
      select: { id: true },
    });
    remarkIds.push(remark.id);
  }

  const decisionIds: string[] = [];
  for (const [i, d] of m.decisions.entries()) {
    const decision = await tx.decision.create({
      data: { meetingId, agendaItemId: agendaId(d.agenda), number: i + 1, text: d.text },
      select: { id: true },
    });
    decisionIds.push(decision.id);
  }

  const nth = (list: string[], n: number, what: string) => {
    if (!list[n - 1]) throw new Error(`meeting ${m.sequenceNumber}: no ${what} ${n}`);
    return list[n - 1];
  };
  for (const [i, a] of m.actionItems.entries()) {
    await tx.actionItem.create({
      data: {
        programmeId: ids.programmeId,
        meetingId,
        number: i + 1,
        remarkId: a.remark ? nth(remarkIds, a.remark, "remark") : null,
        decisionId: a.decision ? nth(decisionIds, a.decision, "decision") : null,
        title: a.title,
        description: a.description ?? null,
        ownerOrganisationId: ids.organisation(a.ownerOrganisation),
        ownerPersonId: a.ownerPerson ? ids.person(a.ownerPerson) : null,
        dueDate: new Date(a.dueDate),
        status: a.status,
        outputId: a.output ? ids.output(a.output) : null,
        closedAt: a.closedAt ? new Date(a.closedAt) : null,
        version: 1 + (a.updates?.length ?? 0),
        createdAt: new Date(m.endsAt),
        updates: {
          create: (a.updates ?? []).map((u) => ({
            date: new Date(u.date),
            body: u.body,
            statusAfter: u.statusAfter ?? null,
            meetingId: u.reviewedAt ? meetingIds.get(u.reviewedAt)! : null,
            authorUserId: authorUserId ?? null,
            createdAt: new Date(`${u.date}T09:00:00Z`),
          })),
        },
      },
    });
  }
  return rows;
}
