// The download name of the formal minutes, ASCII only so it is safe in a Content-Disposition header:
// "minutes-3rd-psc-annual-review-en.pdf".
import type { TLocale } from "@/i18n/locales";
import { fileSlug } from "@/lib/format/file-slug";
import { meetingHeading } from "@/lib/meeting/facts";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";

export function minutesFileName(
  record: { meeting: Pick<TMeetingRecord["meeting"], "kind" | "sequenceNumber" | "title"> },
  locale: TLocale,
  ext: "pdf" | "docx",
): string {
  // Named in English whatever the language, so the two versions sort side by side.
  return `minutes-${fileSlug(meetingHeading(record.meeting, "en"), "meeting")}-${locale}.${ext}`;
}
