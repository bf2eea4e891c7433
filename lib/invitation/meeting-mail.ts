// The body shared by every e-mail about a meeting (invitation, reminder): opening paragraphs, the
// meeting's facts (date and time in its own zone, venue, online link), the personal RSVP link and
// an optional closing line, as plain text and HTML, worded from mail.json. Pure.
import type { TLocale } from "@/i18n/locales";
import { meetingHeading } from "@/lib/meeting/facts";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { mailTranslator } from "@/lib/mail/translator";
import { venueLine, type TMeetingPlace } from "@/lib/meeting/venue";

export type TMailMeeting = {
  kind: MeetingKind;
  sequenceNumber: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
} & TMeetingPlace;

type TMeetingMailInput = {
  meeting: TMailMeeting;
  locale: TLocale;
  paragraphs: string[];
  /** The sentence before the RSVP link. */
  ask: string;
  rsvpUrl: string;
  closing?: string;
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "Thursday, 10 December 2026, 09:00–12:00", in the meeting's own time zone. */
export function meetingWhen(
  m: Pick<TMailMeeting, "startsAt" | "endsAt" | "timeZone">,
  locale: TLocale,
): string {
  return `${formatDate(m.startsAt, locale, m.timeZone)}, ${formatTimeRange(m.startsAt, m.endsAt, locale, m.timeZone)}`;
}

export function meetingMail(input: TMeetingMailInput): { summary: string; text: string; html: string } {
  const { meeting: m, locale } = input;
  const t = mailTranslator(locale);
  const summary = meetingHeading(m, locale);
  const where = venueLine(m) ?? (m.onlineUrl ? null : t("facts.toBeConfirmed"));
  const rows: [string, string][] = [[t("facts.when"), meetingWhen(m, locale)]];
  if (where) rows.push([t("facts.where"), where]);
  if (m.onlineUrl) rows.push([t("facts.online"), m.onlineUrl]);
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
