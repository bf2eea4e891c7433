// How a meeting is named in calendars, e-mails and file names: "3rd PSC — <title>" /
// "PSC ke-3 — <title>", from the app's own messages (messages/<locale>/shell.json
// "meetings.ordinal" and "meetings.kind"), so a page and an e-mail never name it differently.
import type { TLocale } from "@/i18n/locales";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { translator } from "@/lib/i18n/translate";

/** "3rd PSC" / "PSC ke-3". */
export function meetingOrdinal(kind: MeetingKind, sequenceNumber: number, locale: TLocale = "en"): string {
  const t = translator(locale);
  return t("meetings.ordinal", { n: sequenceNumber, kind: t(`meetings.kind.${kind}`) });
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
