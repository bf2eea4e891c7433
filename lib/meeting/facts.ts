// A meeting's name as every surface writes it — pages, calendar entries, e-mails, minutes, file
// names, bundles: "3rd PSC" / "PSC ke-3", from the app's own messages (messages/<locale>/shell.json
// "meetings.ordinal" and "meetings.kind"), so a page and an e-mail never name a meeting differently.
// The fields behind it are read with MEETING_FACTS_SELECT (lib/meeting/service/facts.ts).
import type { TLocale } from "@/i18n/locales";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { translator } from "@/lib/i18n/translate";

/** "3rd PSC" / "PSC ke-3". */
export function meetingName(kind: MeetingKind, sequenceNumber: number, locale: TLocale): string {
  const t = translator(locale);
  return t("meetings.ordinal", { n: sequenceNumber, kind: t(`meetings.kind.${kind}`) });
}

/** "3rd PSC — Annual review". */
export function meetingHeading(
  meeting: { kind: MeetingKind; sequenceNumber: number; title: string },
  locale: TLocale,
): string {
  return `${meetingName(meeting.kind, meeting.sequenceNumber, locale)} — ${meeting.title}`;
}
