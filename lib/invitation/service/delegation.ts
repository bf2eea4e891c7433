// Sending a colleague through an RSVP link, within the link's limits: one colleague per
// invitation (naming the same one again is no new delegation), none from a colleague's own link,
// and the colleague gets an invitation to this meeting only, marked as made through a link, which
// grants no access until the secretariat confirms it (see meetingAccessWhere).
import "server-only";
import type { TLocale } from "@/i18n/locales";
import { auditJson, recordAudit } from "@/lib/audit/service";
import type { TTx } from "@/lib/db";
import { equalsIgnoringCase } from "@/lib/db/ignoring-case";
import { AppError } from "@/lib/errors";
import { linkActor } from "@/lib/link/service";
import { recipientOf, type TRecipient } from "../mailer";
import type { TDelegate } from "../schema";
import { PERSON_SELECT } from "./person-select";
import type { TOpenedRsvpLink } from "./rsvp-link";

/** The colleague in the directory by e-mail (they keep their own language), if there. */
function personByEmail(tx: TTx, email: string) {
  return tx.person.findFirst({
    where: { email: equalsIgnoringCase(email) },
    select: PERSON_SELECT,
  });
}

/**
 * Records the delegation on the (locked) invitation; returns the colleague to mail when a new
 * invitation was made for them. `language`: what a colleague new to the directory reads.
 */
export async function delegateThroughLink(
  tx: TTx,
  { link, invitation }: TOpenedRsvpLink,
  delegate: TDelegate,
  language: TLocale,
): Promise<TRecipient | null> {
  const { meeting, person } = invitation;
  if (invitation.invitedVia === "LINK_DELEGATION") {
    throw AppError.conflict("invitation.errors.delegateCannotDelegate");
  }
  const audit = (
    entity: string,
    entityId: string,
    action: "CREATE" | "UPDATE",
    before: unknown,
    after: unknown,
  ) =>
    recordAudit(tx, {
      actor: linkActor(link.purpose),
      entity,
      entityId,
      action,
      programmeId: meeting.programmeId,
      before: before === undefined ? undefined : auditJson(before),
      after: auditJson(after),
    });

  const found = await personByEmail(tx, delegate.email);
  if (found?.id === person.id) throw AppError.invalidField("email", "invitation.errors.delegateIsSelf");
  // The colleague this invitation's links already sent, if any: the only one they may name.
  const earlier = await tx.invitation.findFirst({
    where: { meetingId: meeting.id, createdByLink: { purpose: "RSVP", subjectId: invitation.id } },
    select: { personId: true },
  });
  if (earlier && earlier.personId !== found?.id) throw AppError.conflict("invitation.errors.delegationUsed");

  let colleague = found;
  if (!colleague) {
    colleague = await tx.person.create({
      data: {
        name: delegate.name,
        email: delegate.email,
        position: delegate.position || null,
        organisationId: person.organisationId,
        language,
      },
      select: PERSON_SELECT,
    });
    await audit("Person", colleague.id, "CREATE", undefined, colleague);
  }

  const existing = await tx.invitation.findUnique({
    where: { meetingId_personId: { meetingId: meeting.id, personId: colleague.id } },
    select: { id: true, delegatedFrom: { select: { id: true } } },
  });
  if (existing?.delegatedFrom && existing.delegatedFrom.id !== invitation.id) {
    throw AppError.conflict("invitation.errors.delegateTaken");
  }
  let targetId = existing?.id;
  let toMail: TRecipient | null = null;
  if (!targetId) {
    const created = await tx.invitation.create({
      data: {
        meetingId: meeting.id,
        personId: colleague.id,
        invitedAt: new Date(),
        delegateOfPersonId: person.id,
        invitedVia: "LINK_DELEGATION",
        createdByLinkId: link.id,
      },
      select: { id: true, personId: true, rsvp: true, delegateOfPersonId: true, invitedVia: true },
    });
    await audit("Invitation", created.id, "CREATE", undefined, { meetingId: meeting.id, ...created });
    targetId = created.id;
    toMail = recipientOf(created.id, colleague);
  }
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { rsvp: "DELEGATED", rsvpAt: new Date(), delegatedToId: targetId },
  });
  await audit(
    "Invitation",
    invitation.id,
    "UPDATE",
    { rsvp: invitation.rsvp, delegatedToId: invitation.delegatedToId },
    { rsvp: "DELEGATED", delegatedToId: targetId },
  );
  return toMail;
}
