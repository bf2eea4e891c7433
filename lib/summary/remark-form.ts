// How a recorded remark summary joins its speaker. Minutes are often written as a verb phrase
// ("Presented the progress report…", "Menyampaikan laporan…"): that becomes the predicate
// ("Dr. Siti … presented the progress report…") instead of an ungrammatical "said that Presented…".
import type { TLocale } from "@/i18n/locales";

// Past-tense verbs without "-ed" that note-takers start a summary with.
const EN_IRREGULAR = new Set([
  "said",
  "spoke",
  "gave",
  "took",
  "made",
  "led",
  "brought",
  "held",
  "drew",
  "set",
  "put",
  "laid",
  "sought",
  "saw",
  "told",
  "went",
  "shared",
  "underscored",
  "reiterated",
]);
// Function words that start a full sentence and can be lower-cased after "that".
const EN_LOWER_AFTER_THAT = new Set([
  "the",
  "this",
  "these",
  "those",
  "it",
  "there",
  "we",
  "our",
  "its",
  "a",
  "an",
  "all",
  "some",
  "more",
]);

function firstWord(text: string): string {
  return /^[\p{L}'-]+/u.exec(text)?.[0] ?? "";
}

/** A summary that reads as a verb phrase whose subject is the speaker. */
export function isVerbPhrase(summary: string, locale: TLocale): boolean {
  const word = firstWord(summary);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (locale === "id") return /^(Me|Ber)\p{Ll}{3,}$/u.test(word);
  const lower = word.toLowerCase();
  return (lower.endsWith("ed") && lower.length > 4) || EN_IRREGULAR.has(lower);
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The summary as it follows the speaker: lower-cased where a sentence-initial capital would be wrong. */
export function summaryAfterSpeaker(summary: string, locale: TLocale, isPredicate: boolean): string {
  if (isPredicate) return lowerFirst(summary);
  if (
    locale === "en" &&
    EN_LOWER_AFTER_THAT.has(firstWord(summary).toLowerCase()) &&
    /^\p{Lu}\p{Ll}/u.test(summary)
  )
    return lowerFirst(summary);
  return summary;
}

export type TRemarkForm = "predicate" | "that" | "colon";

/**
 * Which sentence a remark summary goes into: its own language's verb phrase becomes the predicate;
 * a verb phrase of the other language (an English record in the Indonesian summary) is quoted after
 * a colon, so the two languages are never spliced into one clause; anything else follows "said that".
 */
export function remarkForm(summary: string, locale: TLocale): TRemarkForm {
  if (isVerbPhrase(summary, locale)) return "predicate";
  return isVerbPhrase(summary, locale === "en" ? "id" : "en") ? "colon" : "that";
}
