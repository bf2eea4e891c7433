// The invitee's side of an invitation, through their personal RSVP link (no login: the signed
// token is the credential, checked again on every call): the page in their language, and their
// answer — accept, decline, or send a colleague, who is invited and mailed in their own language.
import "server-only";
import { toLocale, type TLocale, LOCALES } from "@/i18n/locales";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { meetingHeading } from "@/lib/meeting/facts";
import { MEETING_FACTS_SELECT as MEETING_SELECT } from "@/lib/meeting/service/facts";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RsvpStatus } from "@/lib/generated/prisma/enums";
import { venueLine } from "@/lib/meeting/venue";
import { parseInput } from "@/lib/validation";
import { mailInvitations, recipientOf, rsvpSecret, type TRecipient } from "../mailer";
import { meetingWhen } from "../meeting-mail";
import { ZRsvpResponse, type TDelegate } from "../schema";
import { PERSON_SELECT } from "./invite";
import { verifyRsvpToken } from "../token";

const RSVP_ACTOR: TActor = { label: "rsvp-link" };

export type TRsvpPage = {
  /** The language the page is written in. */
  locale: TLocale;
  inviteeName: string;
  rsvp: RsvpStatus;
  delegatedToName: string | null;
  meeting: {
    id: string;
    /** "PSC ke-3 — Annual review". */
    name: string;
    /** Date and time in the meeting's own zone. */
    when: string;
    venue: string | null;
    onlineUrl: string | null;
    isCancelled: boolean;
  };
};

const isLocale = (value: string | null | undefined): value is TLocale =>
  (LOCALES as readonly string[]).includes(value ?? "");

/**
 * What the RSVP page shows, in its language; null for a link we did not sign. The language is the
 * one the visitor chose with the language switch (`chosenLocale`, its cookie), since they said what
 * they read; without a choice, the invitee's own language, in which their e-mail was written too.
 */
export async function rsvpPage(token: string, chosenLocale?: string | null): Promise<TRsvpPage | null> {
  const invitationId = verifyRsvpToken(token, rsvpSecret());
  if (!invitationId) return null;
  const invitation = await db().invitation.findUnique({
    where: { id: invitationId },
    select: {
      rsvp: true,
      person: { select: { name: true, language: true } },
      delegatedTo: { select: { person: { select: { name: true } } } },
      meeting: { select: MEETING_SELECT },
    },
  });
  if (!invitation) return null;
  const { meeting } = invitation;
  const locale = isLocale(chosenLocale) ? chosenLocale : toLocale(invitation.person.language);
  return {
    locale,
    inviteeName: invitation.person.name,
    rsvp: invitation.rsvp,
    delegatedToName: invitation.delegatedTo?.person.name ?? null,
    meeting: {
      id: meeting.id,
      name: meetingHeading(meeting, locale),
      when: meetingWhen(meeting, locale),
      venue: venueLine(meeting),
      onlineUrl: meeting.onlineUrl,
      isCancelled: meeting.status === "CANCELLED",
    },
  };
}

/**
 * The colleague sent instead: an existing person, or one found by e-mail (both keep their own
 * language), or a new one, who reads in `language`.
 */
async function findOrCreateDelegate(
  tx: TTx,
  delegate: TDelegate,
  organisationId: string | null,
  language: TLocale,
) {
  if ("personId" in delegate) {
    const person = await tx.person.findUnique({ where: { id: delegate.personId }, select: PERSON_SELECT });
    if (!person) throw AppError.invalidField("delegate.personId", "errors.field.noSuchPerson");
    return { person, isNew: false };
  }
  const found = await tx.person.findFirst({
    where: { email: { equals: delegate.email, mode: "insensitive" } },
    select: PERSON_SELECT,
  });
  if (found) return { person: found, isNew: false };
  const person = await tx.person.create({
    data: {
      name: delegate.name,
      email: delegate.email,
      position: delegate.position || null,
      organisationId,
      language,
    },
    select: PERSON_SELECT,
  });
  return { person, isNew: true };
}

/**
 * An invitee's answer through their RSVP link. The token is checked again here, never trusted.
 * `language`: the language of the page the answer came from, for a colleague new to the directory
 * (default: the invitee's own).
 */
export async function respond(token: string, input: unknown, options: { language?: TLocale } = {}) {
  const invitationId = verifyRsvpToken(token, rsvpSecret());
  if (!invitationId) throw AppError.notFound("link");
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
    if (!invitation) throw AppError.notFound("invitation");
    const { meeting, person } = invitation;
    if (meeting.status === "CANCELLED") throw AppError.conflict("invitation.errors.answerCancelled");
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
        options.language ?? toLocale(person.language),
      );
      if (delegate.id === person.id) {
        const field = "personId" in answer.delegate ? "delegate.personId" : "email";
        throw AppError.invalidField(field, "invitation.errors.delegateIsSelf");
      }
      if (isNew) await audit("Person", delegate.id, "CREATE", undefined, delegate);
      const existing = await tx.invitation.findUnique({
        where: { meetingId_personId: { meetingId: meeting.id, personId: delegate.id } },
        select: { id: true, delegatedFrom: { select: { id: true } } },
      });
      if (existing?.delegatedFrom && existing.delegatedFrom.id !== invitation.id) {
        throw AppError.conflict("invitation.errors.delegateTaken");
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
        delegateInvitation = recipientOf(created.id, delegate);
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
