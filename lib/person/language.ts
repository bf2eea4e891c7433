// How people write a language in a spreadsheet ("id", "Bahasa Indonesia", "English"), mapped to
// the one stored value; the export writes the stored code, which reads back the same.
import type { TLocale } from "@/i18n/locales";

const SYNONYMS: Record<string, TLocale> = {
  en: "en",
  english: "en",
  inggris: "en",
  "bahasa inggris": "en",
  id: "id",
  indonesian: "id",
  indonesia: "id",
  "bahasa indonesia": "id",
};

/** `null` for a blank cell (not stated); `undefined` for a word we do not understand. */
export function parseLanguage(value: string | null | undefined): TLocale | null | undefined {
  const key = (value ?? "").trim().toLowerCase().replace(/\s+/g, " ");
  if (key === "") return null;
  return SYNONYMS[key];
}
