// The two languages of a bilingual record: the one a programme's texts are entered in, and the
// other one their optional *Translation fields are in. Pure, shared by the forms and the capture screen.
import { LOCALES, type TLocale } from "@/i18n/locales";

/** The language of the *Translation fields of a record kept in `recordLanguage`. */
export function otherLanguage(recordLanguage: TLocale): TLocale {
  return LOCALES.find((l) => l !== recordLanguage) ?? recordLanguage;
}

/** The record language first, then the other one: the order of the side-by-side fields. */
export function languagePair(recordLanguage: TLocale): [TLocale, TLocale] {
  return [recordLanguage, otherLanguage(recordLanguage)];
}

/** Whether any of the fields holds text (not only spaces): a translation worth showing. */
export function hasAnyText(values: Record<string, string | null | undefined>, keys: readonly string[]) {
  return keys.some((k) => (values[k] ?? "").trim() !== "");
}
