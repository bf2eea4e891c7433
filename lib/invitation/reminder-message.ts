// The reminder e-mail a few days before a meeting: the same details as the invitation (date and
// time in the meeting's zone, venue) and the personal RSVP link, worded for whether the invitee
// has answered yet, in their language. Pure, like message.ts.
import type { TLocale } from "@/i18n/locales";
import { mailTranslator } from "@/lib/mail/translator";
import { meetingMail } from "./meeting-mail";
import type { TInvitationMailMeeting } from "./message";

export type TReminderMailInput = {
  meeting: TInvitationMailMeeting;
  inviteeName: string;
  rsvpUrl: string;
  daysBefore: number;
  /** PENDING: asked to answer; ACCEPTED: told how to change their answer. */
  rsvp: "PENDING" | "ACCEPTED";
  locale?: TLocale;
};

export function reminderMail(input: TReminderMailInput): { subject: string; text: string; html: string } {
  const locale = input.locale ?? "en";
  const t = mailTranslator(locale);
  const { summary, text, html } = meetingMail({
    meeting: input.meeting,
    locale,
    paragraphs: [t("greeting", { name: input.inviteeName }), t("reminder.intro", { days: input.daysBefore })],
    ask: input.rsvp === "PENDING" ? t("reminder.askPending") : t("reminder.askAccepted"),
    rsvpUrl: input.rsvpUrl,
  });
  return { subject: t("reminder.subject", { meeting: summary }), text, html };
}
