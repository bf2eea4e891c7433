// The formal minutes of a meeting as a locale-resolved outline (title lines, sections, paragraphs,
// tables). The PDF and DOCX renderers both draw it, so the wording and the order live here only.
import type { TLocale } from "@/i18n/locales";
import { meetingName } from "@/lib/meeting/facts";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import { annexSection, attendanceSection, coChairsSection } from "@/lib/minutes/minutes-attendance";
import { backgroundSection } from "@/lib/minutes/minutes-background";
import { createMentions } from "@/lib/minutes/minutes-naming";
import {
  paragraph,
  type TFooterPart,
  type TMinutesOutline,
  type TSection,
} from "@/lib/minutes/minutes-outline-types";
import {
  actionItemsSection,
  decisionsSection,
  followUpsSection,
  proceedingsSection,
} from "@/lib/minutes/minutes-proceedings";
import { minutesTranslator, type TMinutesTranslator } from "@/lib/minutes/minutes-translator";
import { venueOf, type TMeetingRecord } from "@/lib/minutes/record-schema";
import { localiseRecord } from "./localise";

export * from "@/lib/minutes/minutes-outline-types";

const LANGUAGE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };

/** "3rd PSC — Annual review" / "PSC ke-3 — Annual review". */
export function meetingLine(
  meeting: { kind: TMeetingRecord["meeting"]["kind"]; sequenceNumber: number; title: string },
  locale: TLocale,
): string {
  const ordinal = meetingName(meeting.kind, meeting.sequenceNumber, locale);
  return meeting.title.trim() ? `${ordinal} — ${meeting.title.trim()}` : ordinal;
}

function header(record: TMeetingRecord, locale: TLocale, t: TMinutesTranslator) {
  const { meeting } = record;
  const facts = [
    { label: t("fact.date"), value: formatDate(meeting.startsAt, locale, meeting.timeZone) },
    {
      label: t("fact.time"),
      value: formatTimeRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone),
    },
    { label: t("fact.venue"), value: venueOf(meeting) },
    { label: t("fact.online"), value: meeting.onlineUrl?.trim() || null, isLink: true },
    { label: t("fact.purpose"), value: meeting.purpose?.trim() || null },
  ];
  return {
    programme: record.programme.title,
    title: t("title"),
    meeting: meetingLine(meeting, locale),
    facts: facts.filter((f): f is { label: string; value: string; isLink?: boolean } => !!f.value),
  };
}

/** Minutes not drafted yet are, as far as this document goes, a draft. */
function statusSection(record: TMeetingRecord, locale: TLocale, t: TMinutesTranslator): TSection {
  const minutes = record.minutes ?? { status: "DRAFT" as const, latestVersion: null, adoptedAt: null };
  const sentences = [t(`status.${minutes.status}`)];
  if (minutes.status === "ADOPTED" && minutes.adoptedAt) {
    sentences.push(
      t("status.adoptedOn", { date: formatDate(minutes.adoptedAt, locale, record.meeting.timeZone) }),
    );
  }
  if (minutes.latestVersion !== null) sentences.push(t("status.version", { version: minutes.latestVersion }));
  return { key: "status", heading: t("status.heading"), blocks: [paragraph(sentences.join(" "))] };
}

function agendaSection(record: TMeetingRecord, t: TMinutesTranslator): TSection {
  const items = [...record.agenda]
    .sort((a, b) => a.order - b.order)
    .map((item, i) => ({
      marker: `${i + 1}.`,
      runs: [
        { text: item.title },
        ...(item.presenter?.trim()
          ? [{ text: ` (${t("agenda.presenter", { presenter: item.presenter.trim() })})`, italic: true }]
          : []),
      ],
    }));
  return {
    key: "agenda",
    heading: t("agenda.heading"),
    blocks: items.length > 0 ? [{ kind: "list", items }] : [paragraph(t("agenda.none"))],
  };
}

function nextMeetingSection(record: TMeetingRecord, locale: TLocale, t: TMinutesTranslator): TSection | null {
  const next = record.nextMeeting;
  if (!next) return null;
  const when = [
    formatDate(next.startsAt, locale, next.timeZone),
    formatTimeRange(next.startsAt, next.endsAt, locale, next.timeZone),
  ].join(", ");
  const venue = venueOf(next);
  return {
    key: "nextMeeting",
    heading: t("nextMeeting.heading"),
    blocks: [
      { kind: "paragraph", runs: [{ text: meetingLine(next, locale), bold: true }] },
      paragraph(when),
      ...(venue ? [paragraph(`${t("fact.venue")}: ${venue}`)] : []),
    ],
  };
}

/** "Page 1 of 3" split around the numbers, so DOCX can put page fields in their place. */
function footer(t: TMinutesTranslator): TFooterPart[] {
  const PAGE = "\u0001";
  const PAGES = "\u0002";
  return t("page", { page: PAGE, pages: PAGES })
    .split(/(\u0001|\u0002)/)
    .filter((part) => part !== "")
    .map((part) =>
      part === PAGE ? { field: "page" } : part === PAGES ? { field: "pages" } : { text: part },
    );
}

/** What a document of adopted minutes carries beside its record: the fingerprint for its footer. */
export type TMinutesDocumentOptions = { fingerprint?: string | null };

export function buildMinutesOutline(
  recordAsEntered: TMeetingRecord,
  locale: TLocale,
  { fingerprint = null }: TMinutesDocumentOptions = {},
): TMinutesOutline {
  // The wording recorded in the document's language; the rest quoted as recorded (docs/bilingual-record.md).
  const record = localiseRecord(recordAsEntered, locale).record;
  const t = minutesTranslator(locale);
  const head = header(record, locale, t);
  // First mentions are counted in reading order: the sections are built in the order printed.
  const mentions = createMentions();
  const sections = [
    statusSection(record, locale, t),
    backgroundSection(record, locale, t, mentions),
    coChairsSection(record, t, mentions),
    attendanceSection(record, t),
    agendaSection(record, t),
    proceedingsSection(record, t, mentions),
    decisionsSection(record, t),
    followUpsSection(record, t, mentions),
    actionItemsSection(record, t, locale, mentions),
    nextMeetingSection(record, locale, t),
    annexSection(record, t),
  ].filter((s): s is TSection => s !== null);
  return {
    locale,
    language: LANGUAGE[locale],
    documentTitle: t("documentTitle", { meeting: head.meeting }),
    header: head,
    sections,
    footer: footer(t),
    fingerprintLine: fingerprint ? t("fingerprint", { fingerprint }) : null,
  };
}
