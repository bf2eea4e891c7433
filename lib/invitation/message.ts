// The invitation e-mail: subject, plain text and HTML in the invitee's language (English by
// default), with the date and time in the meeting's own time zone and the personal RSVP link.
// Pure, so the wording is tested without a mail server.
import type { TLocale } from "@/i18n/locales";
import { mailTranslator } from "@/lib/mail/translator";
import { meetingMail, type TMailMeeting } from "./meeting-mail";

export type TInvitationMailMeeting = TMailMeeting;

export type TInvitationMailInput = {
  meeting: TInvitationMailMeeting;
  inviteeName: string;
  rsvpUrl: string;
  /** Set when the invitee was sent by a colleague who cannot attend. */
  delegatedBy?: string;
  locale?: TLocale;
};

export function invitationMail(input: TInvitationMailInput): { subject: string; text: string; html: string } {
  const locale = input.locale ?? "en";
  const t = mailTranslator(locale);
  const { summary, text, html } = meetingMail({
    meeting: input.meeting,
    locale,
    paragraphs: [
      t("greeting", { name: input.inviteeName }),
      input.delegatedBy ? t("invitation.introDelegated", { name: input.delegatedBy }) : t("invitation.intro"),
    ],
    ask: t("invitation.ask"),
    rsvpUrl: input.rsvpUrl,
    closing: t("invitation.calendar"),
  });
  return { subject: t("invitation.subject", { meeting: summary }), text, html };
}
