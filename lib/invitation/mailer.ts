// Sends invitation e-mails after the invitations are saved: one message per invitee, in their
// language, with their personal RSVP link and the calendar invitation attached. A refused message
// is reported for that recipient only; the others still go out.
import "server-only";
import { toLocale, type TLocale } from "@/i18n/locales";
import { meetingInvitation, type TCalendarMeeting } from "@/lib/calendar/ics";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail, sender } from "@/lib/mail/transport";
import { invitationMail } from "./message";
import { signRsvpToken } from "./token";

export type TRecipient = {
  invitationId: string;
  personId: string;
  name: string;
  email: string | null;
  /** The language the person reads their e-mails and calendar entries in. */
  language: TLocale;
};

/** A person invited by `invitationId` as the mailer needs them. */
export function recipientOf(
  invitationId: string,
  person: { id: string; name: string; email: string | null; language: string },
): TRecipient {
  const { id: personId, name, email, language } = person;
  return { invitationId, personId, name, email, language: toLocale(language) };
}

/** The key RSVP tokens are signed with; without it no link could be verified later. */
export function rsvpSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: RSVP links cannot be signed");
  return secret;
}

/**
 * The personal RSVP link, on the app's public address: APP_URL, else NEXTAUTH_URL (`npm start`
 * sets it). Without either a link would point nowhere, so the e-mail is not sent at all.
 */
export function rsvpUrl(invitationId: string): string {
  const base = env().APP_URL ?? env().NEXTAUTH_URL;
  if (!base) throw new Error("Neither APP_URL nor NEXTAUTH_URL is set: RSVP links cannot be built");
  return `${base.replace(/\/+$/, "")}/rsvp/${signRsvpToken(invitationId, rsvpSecret())}`;
}

export async function mailInvitations(
  meeting: TCalendarMeeting,
  recipients: readonly TRecipient[],
  options: { delegatedBy?: string } = {},
): Promise<{ mailed: number; failed: { personId: string; email: string }[] }> {
  const organizer = sender();
  let mailed = 0;
  const failed: { personId: string; email: string }[] = [];
  for (const r of recipients) {
    if (!r.email) continue;
    try {
      const content = meetingInvitation(meeting, [{ name: r.name, email: r.email, rsvp: "PENDING" }], {
        organizer,
        locale: r.language,
      });
      const mail = invitationMail({
        meeting,
        inviteeName: r.name,
        rsvpUrl: rsvpUrl(r.invitationId),
        delegatedBy: options.delegatedBy,
        locale: r.language,
      });
      await sendMail({ to: r.email, ...mail, icalEvent: { method: "REQUEST", content } });
      mailed += 1;
    } catch (error) {
      logger.warn({ err: error, invitationId: r.invitationId }, "an invitation e-mail could not be sent");
      failed.push({ personId: r.personId, email: r.email });
    }
  }
  return { mailed, failed };
}
