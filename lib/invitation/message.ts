// The invitation e-mail: subject, plain text and HTML in the invitee's language (English by
// default), with the date and time in the meeting's own time zone and the personal RSVP link.
// Pure, so the wording is tested without a mail server.
import type { TLocale } from "@/i18n/locales";
import { meetingSummary } from "@/lib/calendar/label";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { venueLine } from "@/lib/meeting/venue";

export type TInvitationMailMeeting = {
  kind: MeetingKind;
  sequenceNumber: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueBuilding: string | null;
  venueRoom: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
};

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

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function invitationMail(input: TInvitationMailInput): { subject: string; text: string; html: string } {
  const locale = input.locale ?? "en";
  const w = WORDS[locale];
  const m = input.meeting;
  const summary = meetingSummary(m, locale);
  const when = `${formatDate(m.startsAt, locale, m.timeZone)}, ${formatTimeRange(m.startsAt, m.endsAt, locale, m.timeZone)}`;
  const where = venueLine(m) ?? (m.onlineUrl ? null : w.tbc);
  const rows: [string, string][] = [[w.when, when]];
  if (where) rows.push([w.where, where]);
  if (m.onlineUrl) rows.push([w.online, m.onlineUrl]);
  const paragraphs = [
    w.greeting(input.inviteeName),
    input.delegatedBy ? `${w.intro} ${w.delegated(input.delegatedBy)}` : w.intro,
  ];

  const text = [
    ...paragraphs,
    [summary, ...rows.map(([k, v]) => `${k}: ${v}`)].join("\n"),
    `${w.rsvp}\n${input.rsvpUrl}`,
    w.calendar,
  ].join("\n\n");

  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><strong>${escapeHtml(summary)}</strong><br>${rows
      .map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`)
      .join("<br>")}</p>`,
    `<p>${escapeHtml(w.rsvp)}<br><a href="${escapeHtml(input.rsvpUrl)}">${escapeHtml(input.rsvpUrl)}</a></p>`,
    `<p>${escapeHtml(w.calendar)}</p>`,
  ].join("\n");

  return { subject: w.subject(summary), text, html };
}
