// The invitee's side of an invitation, through their personal RSVP link (no login: the link is the
// credential, opened again on every call): the page in their language, and their answer — accept,
// decline, or send a colleague (delegation.ts). Each use of the link is audited on it. A link that
// does not open — forged, expired, revoked, another purpose or person — and an answer once the
// meeting is closed for answers (rsvp-rules.ts) are all "not found", and write nothing.
import "server-only";
import { toLocale, type TLocale, LOCALES } from "@/i18n/locales";
import { meetingHeading } from "@/lib/meeting/facts";
import { db, type TTx } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { RsvpStatus } from "@/lib/generated/prisma/enums";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { linkActor, recordLinkUse, type TOpenLink } from "@/lib/link/service";
import { venueLine } from "@/lib/meeting/venue";
import { parseInput } from "@/lib/validation";
import { mailInvitations } from "../mailer";
import { meetingWhen } from "../meeting-mail";
import { isOpenForAnswers } from "../rsvp-rules";
import { ZRsvpResponse } from "../schema";
import { delegateThroughLink } from "./delegation";
import { openRsvpLink } from "./rsvp-link";

export type TRsvpPage = {
  /** The language the page is written in. */
  locale: TLocale;
  inviteeName: string;
  rsvp: RsvpStatus;
  delegatedToName: string | null;
  /** The meeting is still to be held: the link may answer. */
  canAnswer: boolean;
  /** A colleague sent through someone's link cannot send another in turn. */
  canDelegate: boolean;
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
 * What the RSVP page shows, in its language; null for a link that does not open. The language is
 * the one the visitor chose with the language switch (`chosenLocale`, its cookie), since they said
 * what they read; without a choice, the invitee's own language, in which their e-mail was written.
 */
export async function rsvpPage(token: string, chosenLocale?: string | null): Promise<TRsvpPage | null> {
  const opened = await db().$transaction(async (tx) => {
    const found = await openRsvpLink(token, tx);
    if (found) await recordLinkUse(tx, found.link, "view");
    return found;
  });
  if (!opened) return null;
  const { meeting, person, ...invitation } = opened.invitation;
  const locale = isLocale(chosenLocale) ? chosenLocale : toLocale(person.language);
  const canAnswer = isOpenForAnswers(meeting);
  return {
    locale,
    inviteeName: person.name,
    rsvp: invitation.rsvp,
    delegatedToName: invitation.delegatedTo?.person.name ?? null,
    canAnswer,
    canDelegate: canAnswer && invitation.invitedVia !== "LINK_DELEGATION",
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
 * Records "will attend" or "will not attend" on an invitation whose row the caller has locked, and
 * audits it as `actor`'s: the one write behind the link (respond) and the member's own answer in the
 * app (own-invitation.ts). An earlier delegation is withdrawn — the invitee answers for themselves.
 */
export async function saveAttendanceAnswer(
  tx: TTx,
  invitation: {
    id: string;
    rsvp: RsvpStatus;
    delegatedToId: string | null;
    meeting: { programmeId: string };
  },
  response: "ACCEPTED" | "DECLINED",
  actor: TActor,
): Promise<void> {
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { rsvp: response, rsvpAt: new Date(), delegatedToId: null },
  });
  await recordAudit(tx, {
    actor,
    entity: "Invitation",
    entityId: invitation.id,
    action: "UPDATE",
    programmeId: invitation.meeting.programmeId,
    before: auditJson({ rsvp: invitation.rsvp, delegatedToId: invitation.delegatedToId }),
    after: auditJson({ rsvp: response, delegatedToId: null }),
  });
}

/**
 * An invitee's answer through their RSVP link. `language`: the language of the page the answer came
 * from, for a colleague new to the directory (default: the invitee's own). An answer the link may
 * not give (a second colleague) is refused, written to the audit trail as a refused use, and
 * changes nothing else.
 */
export async function respond(token: string, input: unknown, options: { language?: TLocale } = {}) {
  const answer = parseInput(ZRsvpResponse, input);
  // The link once it opened, to audit an answer it was refused.
  const used: { link?: TOpenLink } = {};
  const outcome = await db()
    .$transaction(async (tx) => {
      const opened = await openRsvpLink(token, tx, { lock: true });
      if (!opened || !isOpenForAnswers(opened.invitation.meeting)) throw AppError.notFound("link");
      used.link = opened.link;
      const { invitation } = opened;
      await recordLinkUse(tx, opened.link, "answer", { response: answer.response });

      let delegate = null;
      if (answer.response === "DELEGATED") {
        const language = options.language ?? toLocale(invitation.person.language);
        delegate = await delegateThroughLink(tx, opened, answer.delegate, language);
      } else {
        await saveAttendanceAnswer(tx, invitation, answer.response, linkActor("RSVP"));
      }
      return { meeting: invitation.meeting, inviteeName: invitation.person.name, delegate };
    })
    .catch(async (error: unknown) => {
      const { link } = used;
      if (link && isAppError(error)) {
        await db().$transaction((tx) =>
          recordLinkUse(tx, link, "refused", { response: answer.response, reason: error.key }),
        );
      }
      throw error;
    });

  let delegateMailed = false;
  if (outcome.delegate) {
    const sent = await mailInvitations(outcome.meeting, [outcome.delegate], {
      delegatedBy: outcome.inviteeName,
    });
    delegateMailed = sent.mailed === 1;
  }
  return { rsvp: answer.response, delegateMailed };
}
