// The reminder e-mail a few days before a meeting: the same details as the invitation (date and
// time in the meeting's zone, venue) and the personal RSVP link, worded for whether the invitee
// has answered yet. Pure, like message.ts.
import type { TLocale } from "@/i18n/locales";
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

const WORDS = {
  en: {
    subject: (s: string) => `Reminder: ${s}`,
    greeting: (n: string) => `Dear ${n},`,
    intro: (days: number) =>
      days === 0
        ? "A reminder: the following meeting takes place today."
        : days === 1
          ? "A reminder: the following meeting takes place tomorrow."
          : `A reminder: the following meeting takes place in ${days} days.`,
    when: "When",
    where: "Where",
    online: "Online",
    tbc: "to be confirmed",
    pending: "You have not answered yet. Please let us know whether you will attend, or send a colleague:",
    accepted: "You have said you will attend. If your plans change, update your answer here:",
  },
  id: {
    subject: (s: string) => `Pengingat: ${s}`,
    greeting: (n: string) => `Yth. ${n},`,
    intro: (days: number) =>
      days === 0
        ? "Pengingat: rapat berikut berlangsung hari ini."
        : days === 1
          ? "Pengingat: rapat berikut berlangsung besok."
          : `Pengingat: rapat berikut berlangsung ${days} hari lagi.`,
    when: "Waktu",
    where: "Tempat",
    online: "Daring",
    tbc: "akan dikonfirmasi",
    pending:
      "Bapak/Ibu belum memberi jawaban. Mohon beri tahu kami apakah Bapak/Ibu akan hadir, atau utus rekan sebagai pengganti:",
    accepted: "Bapak/Ibu sudah menyatakan hadir. Jika rencana berubah, perbarui jawaban di sini:",
  },
} satisfies Record<TLocale, unknown>;

export function reminderMail(input: TReminderMailInput): { subject: string; text: string; html: string } {
  const locale = input.locale ?? "en";
  const w = WORDS[locale];
  const { summary, text, html } = meetingMail({
    meeting: input.meeting,
    locale,
    words: w,
    paragraphs: [w.greeting(input.inviteeName), w.intro(input.daysBefore)],
    ask: input.rsvp === "PENDING" ? w.pending : w.accepted,
    rsvpUrl: input.rsvpUrl,
  });
  return { subject: w.subject(summary), text, html };
}
