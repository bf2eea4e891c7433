// Invitations to meetings: the secretariat invites people (or whole organisations); each invitee
// is mailed in their own language and answers through their personal RSVP link (rsvp.ts).
// Mail goes out only after the transaction commits, so no one is mailed about a rolled-back row.
import "server-only";
import type { TAccess } from "@/lib/auth/permissions";
import { auditJson, recordAudit } from "@/lib/audit/service";
import type { TActor } from "@/lib/audit/actor";
import { db, type TTx } from "@/lib/db";
import { AppError, type TFieldIssues } from "@/lib/errors";
import type { InvitedVia } from "@/lib/generated/prisma/enums";
import { meetingManageWhere } from "@/lib/meeting/service/access";
import { parseInput } from "@/lib/validation";
import { inviteRefusal } from "../invite-rules";
import { mailInvitations, recipientOf } from "../mailer";
import { PERSON_SELECT } from "./person-select";
import { scheduleMeetingReminders } from "./reminders";
import { ZInviteToMeeting, type TInviteResult } from "../schema";
import { MEETING_FACTS_SELECT as MEETING_SELECT } from "@/lib/meeting/service/facts";

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
  const issues: TFieldIssues = {};
  if (people.length !== new Set(personIds).size)
    issues.personIds = [{ key: "invitation.errors.peopleMissing" }];
  if (organisations.length !== new Set(organisationIds).size)
    issues.organisationIds = [{ key: "invitation.errors.organisationsMissing" }];
  if (Object.keys(issues).length > 0) throw AppError.validation(issues);
  const members = organisationIds.length
    ? await db().person.findMany({
        where: { organisationId: { in: await withDescendants(organisationIds) } },
        select: PERSON_SELECT,
      })
    : [];
  return [...new Map([...people, ...members].map((p) => [p.id, p])).values()];
}

/**
 * Colleagues sent through an RSVP link whom the secretariat now invites itself: their invitation
 * becomes the secretariat's, with what it grants (a member reads the meeting).
 */
async function confirmDelegates(
  tx: TTx,
  invitations: { id: string; invitedVia: InvitedVia }[],
  programmeId: string,
  actor: TActor,
) {
  for (const { id, invitedVia } of invitations) {
    if (invitedVia !== "LINK_DELEGATION") continue;
    await tx.invitation.update({ where: { id }, data: { invitedVia: "SECRETARIAT" } });
    await recordAudit(tx, {
      actor,
      entity: "Invitation",
      entityId: id,
      action: "UPDATE",
      programmeId,
      before: { invitedVia },
      after: { invitedVia: "SECRETARIAT" },
    });
  }
}

/**
 * Invites people and the members of organisations; those already invited are skipped (a colleague
 * sent through an RSVP link is confirmed by it).
 */
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
  if (!meeting) throw AppError.notFound("meeting");
  const refusal = inviteRefusal(meeting.status);
  if (refusal) throw AppError.conflict(`invitation.errors.${refusal}`);
  const people = await peopleToInvite(personIds, organisationIds);

  const { created, skipped } = await db().$transaction(async (tx) => {
    const existing = await tx.invitation.findMany({
      where: { meetingId, personId: { in: people.map((p) => p.id) } },
      select: { id: true, personId: true, invitedVia: true },
    });
    await confirmDelegates(tx, existing, meeting.programmeId, actor);
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
  const recipients = created.map((row) => recipientOf(row.id, byId.get(row.personId)!));
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
