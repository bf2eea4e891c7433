// The record in the language of one document: each bilingual field (docs/bilingual-record.md) takes
// the wording recorded in that language — the text as entered when the document is in the record's
// language, else its translation — and, only where the translation is missing, the text as entered,
// marked as quoted from the record ("fallback"). Never machine-translated. Pure, so the summary, the
// minutes and the outputs page's fallback count read the same choice.
import type { TLocale } from "@/i18n/locales";
import type { TMeetingRecord } from "./record-schema";

export type TLocalisedRecord = {
  record: TMeetingRecord;
  /** Paths of the fields that use the other language's wording ("remarks[0].summary"). */
  translated: string[];
  /** Paths of the fields recorded only in the record's language: shown as recorded, quoted. */
  fallbacks: string[];
};

/** The language a record's texts are kept in; a snapshot from before the field is English. */
export const recordLanguageOf = (record: TMeetingRecord): TLocale => record.programme.recordLanguage ?? "en";

/** Recorded text as a quotation: its own closing full stop and quotation marks go (the sentence adds them). */
export function quotedFromRecord(text: string): string {
  const inner = text
    .trim()
    .replace(/^["“”]+|["“”]+$/g, "")
    .replace(/[\s.]+$/, "");
  return `“${inner}”`;
}

type TStyle = "quoted" | "plain";

/**
 * The record as a document in `locale` reads it. `quoted` fields — running text spliced into the
 * documents' sentences: a purpose, a remark's summary, a decision, a description, a progress note —
 * fall back inside quotation marks; `plain` ones fall back as they are: titles and names (a
 * position, a co-chair's capacity, a national framework), an action's title (already shown in
 * quotation marks or in a table cell) and a remark's quote (already a quotation).
 */
export function localiseRecord(source: TMeetingRecord, locale: TLocale): TLocalisedRecord {
  const record = structuredClone(source);
  const translated: string[] = [];
  const fallbacks: string[] = [];
  if (recordLanguageOf(source) === locale) return { record, translated, fallbacks };

  /** Chooses the wording of one field of `holder` (mutating the copy). */
  function choose<K extends string, T extends { [key in K]?: string | null }>(
    holder: T,
    field: K,
    translation: string | null | undefined,
    path: string,
    style: TStyle,
  ) {
    const text = holder[field] as string | null | undefined;
    if (!text?.trim()) return;
    if (translation?.trim()) {
      (holder as Record<string, unknown>)[field] = translation;
      translated.push(path);
      return;
    }
    if (style === "quoted") (holder as Record<string, unknown>)[field] = quotedFromRecord(text);
    fallbacks.push(path);
  }
  const person = (p: { position: string | null; positionTranslation?: string | null }, path: string) =>
    choose(p, "position", p.positionTranslation, `${path}.position`, "plain");

  const { programme, meeting } = record;
  choose(programme, "description", programme.descriptionTranslation, "programme.description", "quoted");
  choose(
    programme,
    "nationalFramework",
    programme.nationalFrameworkTranslation,
    "programme.nationalFramework",
    "plain",
  );
  choose(meeting, "purpose", meeting.purposeTranslation, "meeting.purpose", "quoted");
  record.coChairs.forEach((c, i) => {
    choose(c, "capacity", c.capacityTranslation, `coChairs[${i}].capacity`, "plain");
    person(c, `coChairs[${i}]`);
  });
  record.attendance.participants.forEach((p, i) =>
    choose(p, "position", p.positionTranslation, `attendance.participants[${i}].position`, "plain"),
  );
  record.remarks.forEach((r, i) => {
    choose(r, "summary", r.summaryTranslation, `remarks[${i}].summary`, "quoted");
    choose(r, "quote", r.quoteTranslation, `remarks[${i}].quote`, "plain");
    person(r.speaker, `remarks[${i}].speaker`);
  });
  record.decisions.forEach((d, i) => choose(d, "text", d.textTranslation, `decisions[${i}].text`, "quoted"));
  record.actionItems.forEach((a, i) =>
    choose(a, "title", a.titleTranslation, `actionItems[${i}].title`, "plain"),
  );
  record.followUps?.forEach((f, i) => {
    choose(f, "title", f.titleTranslation, `followUps[${i}].title`, "plain");
    // A progress note has no second wording: in the other language it is always quoted as recorded.
    choose(f, "note", null, `followUps[${i}].note`, "quoted");
  });
  return { record, translated, fallbacks };
}
