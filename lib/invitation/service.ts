// Invitations to meetings: the secretariat invites people (or whole organisations), and each
// invitee answers through their personal RSVP link — accept, decline, or send a colleague.
// Mail goes out only after the transaction commits, so no one is mailed about a rolled-back row.
import "server-only";
import type { TAccess } from "@/lib/auth/permissions";
import { auditJson, recordAudit } from "@/lib/audit/service";
import type { TActor } from "@/lib/audit/actor";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingManageWhere } from "@/lib/meeting/access";
import { parseInput } from "@/lib/validation";
import { mailInvitations, rsvpSecret, type TRecipient } from "./mailer";
import { scheduleMeetingReminders } from "./reminders";
import { ZInviteToMeeting, ZRsvpResponse, type TDelegate, type TInviteResult } from "./schema";
import { verifyRsvpToken } from "./token";
import { CALENDAR_MEETING_SELECT as MEETING_SELECT } from "@/lib/calendar/meeting-select";

const RSVP_ACTOR: TActor = { label: "rsvp-link" };

const PERSON_SELECT = { id: true, name: true, email: true, organisationId: true } as const;

/** The organisations and every directorate beneath them (the tree is a few levels deep). */
async function withDescendants(organisationIds: string[]): Promise<string[]> {
  const all = new Set(organisationIds);
  let frontier = organisationIds;
  while (frontier.length > 0) {
    const children = await db().organisation.findMany({
      where: { parentId: { in: frontier }, id: { notIn: [...all] } },
      select: { id: true },
    });
    frontier = children.map((c) => c.id);
    frontier.forEach((id) => all.add(id));
  }
  return [...all];
}

async function peopleToInvite(personIds: string[], organisationIds: string[]) {
  const [people, organisations] = await Promise.all([
    db().person.findMany({ where: { id: { in: personIds } }, select: PERSON_SELECT }),
    db().organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (people.length !== new Set(personIds).size) errors.personIds = ["Some of these people do not exist"];
  if (organisations.length !== new Set(organisationIds).size)
    errors.organisationIds = ["Some of these organisations do not exist"];
  if (Object.keys(errors).length > 0) throw AppError.validation(errors);
  const members = organisationIds.length
    ? await db().person.findMany({
        where: { organisationId: { in: await withDescendants(organisationIds) } },
        select: PERSON_SELECT,
      })
    : [];
  return [...new Map([...people, ...members].map((p) => [p.id, p])).values()];
}

/** Invites people and the members of organisations; those already invited are skipped. */
export async function inviteToMeeting(
  access: TAccess,
  meetingId: string,
  input: unknown,
  actor: TActor,
): Promise<TInviteResult> {
  const { personIds, organisationIds } = parseInput(ZInviteToMeeting, input);
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingManageWhere(access)] },
    select: MEETING_SELECT,
  });
  if (!meeting) throw AppError.notFound("Meeting");
  if (meeting.status === "CANCELLED") throw new AppError("CONFLICT", "The meeting is cancelled");
  const people = await peopleToInvite(personIds, organisationIds);

  const { created, skipped } = await db().$transaction(async (tx) => {
    const existing = await tx.invitation.findMany({
      where: { meetingId, personId: { in: people.map((p) => p.id) } },
      select: { personId: true },
    });
    const already = new Set(existing.map((i) => i.personId));
    const fresh = people.filter((p) => !already.has(p.id));
    const rows = await tx.invitation.createManyAndReturn({
      data: fresh.map((p) => ({ meetingId, personId: p.id, invitedAt: new Date() })),
      // Someone invited by a concurrent call in the meantime is skipped, not an error.
      skipDuplicates: true,
      select: { id: true, personId: true, rsvp: true, invitedAt: true },
    });
    for (const row of rows) {
      await recordAudit(tx, {
        actor,
        entity: "Invitation",
        entityId: row.id,
        action: "CREATE",
        programmeId: meeting.programmeId,
        after: auditJson({ meetingId, ...row }),
      });
    }
    return { created: rows, skipped: people.length - rows.length };
  });

  const byId = new Map(people.map((p) => [p.id, p]));
  const recipients: TRecipient[] = created.map((row) => {
    const p = byId.get(row.personId)!;
    return { invitationId: row.id, personId: p.id, name: p.name, email: p.email };
  });
  const { mailed, failed } = await mailInvitations(meeting, recipients);
  // The first invitees of a meeting need its reminders; scheduling again is harmless.
  if (created.length > 0) await scheduleMeetingReminders(meetingId);
  return { invited: created.length, skipped, mailed, failed };
}

/** Names for people ids (the invite panel names those whose e-mail failed). */
export async function personNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const people = await db().person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, p.name]));
}

/** What the RSVP page shows: the meeting and the invitee's answer; null for a link we did not sign. */
export async function invitationForToken(token: string) {
  const invitationId = verifyRsvpToken(token, rsvpSecret());
  if (!invitationId) return null;
  return db().invitation.findUnique({
    where: { id: invitationId },
    select: {
      id: true,
      rsvp: true,
      rsvpAt: true,
      person: { select: { name: true } },
      delegatedTo: { select: { person: { select: { name: true, email: true } } } },
      meeting: { select: MEETING_SELECT },
    },
  });
}

/** The colleague sent instead: an existing person, or one found by e-mail, or a new one. */
async function findOrCreateDelegate(tx: TTx, delegate: TDelegate, organisationId: string | null) {
  if ("personId" in delegate) {
    const person = await tx.person.findUnique({ where: { id: delegate.personId }, select: PERSON_SELECT });
    if (!person) throw AppError.validation({ delegate: ["This person does not exist"] });
    return { person, isNew: false };
  }
  const found = await tx.person.findFirst({
    where: { email: { equals: delegate.email, mode: "insensitive" } },
    select: PERSON_SELECT,
  });
  if (found) return { person: found, isNew: false };
  const person = await tx.person.create({
    data: { name: delegate.name, email: delegate.email, position: delegate.position || null, organisationId },
    select: PERSON_SELECT,
  });
  return { person, isNew: true };
}

/** An invitee's answer through their RSVP link. The token is checked again here, never trusted. */
export async function respond(token: string, input: unknown) {
  const invitationId = verifyRsvpToken(token, rsvpSecret());
  if (!invitationId) throw AppError.notFound("Invitation");
  const answer = parseInput(ZRsvpResponse, input);

  const outcome = await db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: invitationId },
      select: {
        id: true,
        rsvp: true,
        delegatedToId: true,
        person: { select: PERSON_SELECT },
        meeting: { select: MEETING_SELECT },
      },
    });
    if (!invitation) throw AppError.notFound("Invitation");
    const { meeting, person } = invitation;
    if (meeting.status === "CANCELLED") throw new AppError("CONFLICT", "The meeting is cancelled");
    const before = { rsvp: invitation.rsvp, delegatedToId: invitation.delegatedToId };
    const audit = (entity: string, entityId: string, action: "CREATE" | "UPDATE", b: unknown, a: unknown) =>
      recordAudit(tx, {
        actor: RSVP_ACTOR,
        entity,
        entityId,
        action,
        programmeId: meeting.programmeId,
        before: b === undefined ? undefined : auditJson(b),
        after: auditJson(a),
      });

    let delegateInvitation: TRecipient | null = null;
    if (answer.response === "DELEGATED") {
      const { person: delegate, isNew } = await findOrCreateDelegate(
        tx,
        answer.delegate,
        person.organisationId,
      );
      if (delegate.id === person.id) {
        throw AppError.validation({ delegate: ["Send someone other than yourself"] });
      }
      if (isNew) await audit("Person", delegate.id, "CREATE", undefined, delegate);
      const existing = await tx.invitation.findUnique({
        where: { meetingId_personId: { meetingId: meeting.id, personId: delegate.id } },
        select: { id: true, delegatedFrom: { select: { id: true } } },
      });
      if (existing?.delegatedFrom && existing.delegatedFrom.id !== invitation.id) {
        throw new AppError("CONFLICT", "This colleague already attends in someone else's place");
      }
      let targetId = existing?.id;
      if (!targetId) {
        const created = await tx.invitation.create({
          data: {
            meetingId: meeting.id,
            personId: delegate.id,
            invitedAt: new Date(),
            delegateOfPersonId: person.id,
          },
          select: { id: true, personId: true, rsvp: true, delegateOfPersonId: true },
        });
        await audit("Invitation", created.id, "CREATE", undefined, { meetingId: meeting.id, ...created });
        targetId = created.id;
        delegateInvitation = {
          invitationId: created.id,
          personId: delegate.id,
          name: delegate.name,
          email: delegate.email,
        };
      }
      await tx.invitation.update({
        where: { id: invitation.id },
        data: { rsvp: "DELEGATED", rsvpAt: new Date(), delegatedToId: targetId },
      });
      await audit("Invitation", invitation.id, "UPDATE", before, {
        rsvp: "DELEGATED",
        delegatedToId: targetId,
      });
    } else {
      await tx.invitation.update({
        where: { id: invitation.id },
        data: { rsvp: answer.response, rsvpAt: new Date(), delegatedToId: null },
      });
      await audit("Invitation", invitation.id, "UPDATE", before, {
        rsvp: answer.response,
        delegatedToId: null,
      });
    }
    return { meeting, inviteeName: person.name, delegateInvitation };
  });

  let delegateMailed = false;
  if (outcome.delegateInvitation) {
    const sent = await mailInvitations(outcome.meeting, [outcome.delegateInvitation], {
      delegatedBy: outcome.inviteeName,
    });
    delegateMailed = sent.mailed === 1;
  }
  return { rsvp: answer.response, delegateMailed };
}
