// The shape of a generated news-style summary: paragraphs of sentences, each sentence carrying
// the record fields it was built from, so a reader (and a test) can check every fact's source.
import type { TLocale } from "@/i18n/locales";

export const SUMMARY_PARAGRAPH_KINDS = [
  "lead",
  "coChairs",
  "remarks",
  "decisions",
  "earlierActions",
  "followUps",
  "programme",
] as const;
export type TSummaryParagraphKind = (typeof SUMMARY_PARAGRAPH_KINDS)[number];

export type TSummarySentence = {
  text: string;
  /** Record paths the sentence was built from, e.g. "remarks[3].quote", "meeting.startsAt". */
  fields: string[];
};

export type TSummaryParagraph = { kind: TSummaryParagraphKind; sentences: TSummarySentence[] };

export type TSummary = { locale: TLocale; title: string; paragraphs: TSummaryParagraph[] };

/** One language of the summary as the preview screen receives it, composed and rendered on the server. */
export type TSummaryOutput = { summary: TSummary; markdown: string; html: string };
