// Sends invitation e-mails after the invitations are saved: one message per invitee, in their
// language, with their personal RSVP link and the calendar invitation attached. A refused message
// is reported for that recipient only; the others still go out.
import "server-only";
import { toLocale, type TLocale } from "@/i18n/locales";
import { meetingInvitation } from "@/lib/calendar/ics";
import { logger } from "@/lib/logger";
import { sendMail, sender } from "@/lib/mail/transport";
import type { TMeetingFacts } from "@/lib/meeting/service/facts";
import { invitationMail } from "./message";
import { rsvpLinkUrl } from "./service/rsvp-link";

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

export async function mailInvitations(
  meeting: TMeetingFacts,
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
        rsvpUrl: await rsvpLinkUrl({ invitationId: r.invitationId, personId: r.personId, meeting }),
        delegatedBy: options.delegatedBy,
        locale: r.language,
      });
      await sendMail({
        programmeId: meeting.programmeId,
        to: r.email,
        ...mail,
        icalEvent: { method: "REQUEST", content },
      });
      mailed += 1;
    } catch (error) {
      logger.warn({ err: error, invitationId: r.invitationId }, "an invitation e-mail could not be sent");
      failed.push({ personId: r.personId, email: r.email });
    }
  }
  return { mailed, failed };
}
