// How a meeting is named in calendars and file names: "3rd PSC — <title>" / "PSC ke-3 — <title>",
// worded like the app's own messages (messages/<locale>/shell.json "ordinal" and "kind").
import type { TLocale } from "@/i18n/locales";
import type { MeetingKind } from "@/lib/generated/prisma/enums";

const KIND_LABEL: Record<TLocale, Record<MeetingKind, string>> = {
  en: { PSC: "PSC", TECHNICAL_COMMITTEE: "Technical Committee", AD_HOC: "Ad hoc meeting" },
  id: { PSC: "PSC", TECHNICAL_COMMITTEE: "Komite Teknis", AD_HOC: "Rapat ad hoc" },
};

const EN_SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const enOrdinal = new Intl.PluralRules("en", { type: "ordinal" });

/** "3rd PSC" / "PSC ke-3". */
export function meetingOrdinal(kind: MeetingKind, sequenceNumber: number, locale: TLocale = "en"): string {
  const label = KIND_LABEL[locale][kind];
  if (locale === "id") return `${label} ke-${sequenceNumber}`;
  return `${sequenceNumber}${EN_SUFFIX[enOrdinal.select(sequenceNumber)]} ${label}`;
}

/** "3rd PSC — Annual review". */
export function meetingSummary(
  meeting: { kind: MeetingKind; sequenceNumber: number; title: string },
  locale: TLocale = "en",
): string {
  return `${meetingOrdinal(meeting.kind, meeting.sequenceNumber, locale)} — ${meeting.title}`;
}

/** An ASCII file name stem ("3rd-psc-annual-review"), safe in a Content-Disposition header. */
export function fileSlug(text: string, fallback = "calendar"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}
