// The invitation e-mail: subject, plain text and HTML in the invitee's language (English by
// default), with the date and time in the meeting's own time zone and the personal RSVP link.
// Pure, so the wording is tested without a mail server.
import type { TLocale } from "@/i18n/locales";
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

const WORDS = {
  en: {
    subject: (s: string) => `Invitation: ${s}`,
    greeting: (n: string) => `Dear ${n},`,
    intro: "You are invited to the following meeting.",
    delegated: (n: string) => `${n} has asked you to attend in their place.`,
    when: "When",
    where: "Where",
    online: "Online",
    tbc: "to be confirmed",
    rsvp: "Please let us know whether you will attend, or send a colleague instead:",
    calendar: "The attached calendar invitation adds the meeting to your calendar.",
  },
  id: {
    subject: (s: string) => `Undangan: ${s}`,
    greeting: (n: string) => `Yth. ${n},`,
    intro: "Bapak/Ibu diundang ke rapat berikut.",
    delegated: (n: string) => `${n} meminta Bapak/Ibu hadir sebagai penggantinya.`,
    when: "Waktu",
    where: "Tempat",
    online: "Daring",
    tbc: "akan dikonfirmasi",
    rsvp: "Mohon beri tahu kami apakah Bapak/Ibu akan hadir, atau utus rekan sebagai pengganti:",
    calendar: "Undangan kalender terlampir menambahkan rapat ini ke kalender Anda.",
  },
} satisfies Record<TLocale, unknown>;

export function invitationMail(input: TInvitationMailInput): { subject: string; text: string; html: string } {
  const locale = input.locale ?? "en";
  const w = WORDS[locale];
  const { summary, text, html } = meetingMail({
    meeting: input.meeting,
    locale,
    words: w,
    paragraphs: [
      w.greeting(input.inviteeName),
      input.delegatedBy ? `${w.intro} ${w.delegated(input.delegatedBy)}` : w.intro,
    ],
    ask: w.rsvp,
    rsvpUrl: input.rsvpUrl,
    closing: w.calendar,
  });
  return { subject: w.subject(summary), text, html };
}
