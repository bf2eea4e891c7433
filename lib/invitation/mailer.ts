// Sends invitation e-mails after the invitations are saved: one message per invitee with their
// personal RSVP link and the calendar invitation attached. A refused message is reported for
// that recipient only; the others still go out.
import "server-only";
import { meetingInvitation, type TCalendarMeeting } from "@/lib/calendar/ics";
import { parseMailbox } from "@/lib/calendar/organizer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/transport";
import { invitationMail } from "./message";
import { signRsvpToken } from "./token";

export type TRecipient = { invitationId: string; personId: string; name: string; email: string | null };

/** The key RSVP tokens are signed with; without it no link could be verified later. */
export function rsvpSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: RSVP links cannot be signed");
  return secret;
}

export function rsvpUrl(invitationId: string): string {
  const base = env().APP_URL ?? env().NEXTAUTH_URL ?? "http://localhost:3000";
  return `${base.replace(/\/+$/, "")}/rsvp/${signRsvpToken(invitationId, rsvpSecret())}`;
}

export async function mailInvitations(
  meeting: TCalendarMeeting,
  recipients: readonly TRecipient[],
  options: { delegatedBy?: string } = {},
): Promise<{ mailed: number; failed: { personId: string; email: string }[] }> {
  const organizer = parseMailbox(env().MAIL_FROM) ?? { name: "Notulen", email: "notulen@localhost" };
  let mailed = 0;
  const failed: { personId: string; email: string }[] = [];
  for (const r of recipients) {
    if (!r.email) continue;
    try {
      const content = meetingInvitation(meeting, [{ name: r.name, email: r.email, rsvp: "PENDING" }], {
        organizer,
      });
      const mail = invitationMail({
        meeting,
        inviteeName: r.name,
        rsvpUrl: rsvpUrl(r.invitationId),
        delegatedBy: options.delegatedBy,
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
