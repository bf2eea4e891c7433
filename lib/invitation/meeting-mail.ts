// The body shared by every e-mail about a meeting (invitation, reminder): opening paragraphs, the
// meeting's facts (date and time in its own zone, venue, online link), the personal RSVP link and
// an optional closing line, as plain text and HTML. Pure.
import type { TLocale } from "@/i18n/locales";
import { meetingSummary } from "@/lib/calendar/label";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { venueLine } from "@/lib/meeting/venue";

export type TMailMeeting = {
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

export type TFactWords = { when: string; where: string; online: string; tbc: string };

type TMeetingMailInput = {
  meeting: TMailMeeting;
  locale: TLocale;
  words: TFactWords;
  paragraphs: string[];
  /** The sentence before the RSVP link. */
  ask: string;
  rsvpUrl: string;
  closing?: string;
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function meetingMail(input: TMeetingMailInput): { summary: string; text: string; html: string } {
  const { meeting: m, locale, words: w } = input;
  const summary = meetingSummary(m, locale);
  const when = `${formatDate(m.startsAt, locale, m.timeZone)}, ${formatTimeRange(m.startsAt, m.endsAt, locale, m.timeZone)}`;
  const where = venueLine(m) ?? (m.onlineUrl ? null : w.tbc);
  const rows: [string, string][] = [[w.when, when]];
  if (where) rows.push([w.where, where]);
  if (m.onlineUrl) rows.push([w.online, m.onlineUrl]);
  const closing = input.closing ? [input.closing] : [];

  const text = [
    ...input.paragraphs,
    [summary, ...rows.map(([k, v]) => `${k}: ${v}`)].join("\n"),
    `${input.ask}\n${input.rsvpUrl}`,
    ...closing,
  ].join("\n\n");

  const html = [
    ...input.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><strong>${escapeHtml(summary)}</strong><br>${rows
      .map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`)
      .join("<br>")}</p>`,
    `<p>${escapeHtml(input.ask)}<br><a href="${escapeHtml(input.rsvpUrl)}">${escapeHtml(input.rsvpUrl)}</a></p>`,
    ...closing.map((c) => `<p>${escapeHtml(c)}</p>`),
  ].join("\n");

  return { summary, text, html };
}
