// The check that a summary in a language is built only from that language's wording or quotes the
// record: every sentence field that is a bilingual field (docs/bilingual-record.md) either uses
// the translation or shows the recorded text in quotation marks. Shared by the unit test on the
// golden fixture and the integration test on the bench's showcase meeting.
import type { TLocale } from "@/i18n/locales";
import { localiseRecord, quotedFromRecord } from "@/lib/minutes/localise";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";
import type { TSummary } from "@/lib/summary/types";

export const BILINGUAL_FIELD =
  /^(programme\.(description|nationalFramework)|meeting\.purpose|coChairs\[\d+\]\.(capacity|position)|remarks\[\d+\]\.(summary|quote|speaker\.position)|decisions\[\d+\]\.text|actionItems\[\d+\]\.title|followUps\[\d+\]\.(title|note)|attendance\.participants\[\d+\]\.position)$/;

/** The value at a record path such as "remarks[2].speaker.position". */
export function valueAt(record: TMeetingRecord, path: string): string {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], record) as string;
}

/** Each bilingual field a sentence names: whether it is in the summary's language or quoted. */
export function bilingualSentenceFields(source: TMeetingRecord, summary: TSummary, locale: TLocale) {
  const { translated } = localiseRecord(source, locale);
  return summary.paragraphs
    .flatMap((p) => p.sentences)
    .flatMap((s) =>
      s.fields
        .filter((f) => BILINGUAL_FIELD.test(f))
        .map((field) => ({
          field,
          text: s.text,
          isOk: translated.includes(field) || s.text.includes(quotedFromRecord(valueAt(source, field))),
        })),
    );
}
