// Message keys into the reader's language, outside React: the API's error answers, server
// actions, e-mails. The same catalogue next-intl gives the pages (i18n/catalogue.ts).
import { createTranslator } from "use-intl/core";
import { SCREEN_MESSAGES, type TMessageKey } from "@/i18n/catalogue";
import type { TLocale } from "@/i18n/locales";
import type { TFieldErrors, TFieldIssues, TMessageParams, TMessageRef } from "@/lib/errors";

export type TTranslate = (key: TMessageKey, params?: TMessageParams) => string;

type TRawTranslator = ((key: string, params?: TMessageParams) => string) & { has(key: string): boolean };

// One translator per language for the process: it keeps its compiled messages.
const translators = new Map<TLocale, TTranslate>();

/**
 * A translator over the screens' catalogue. A key the catalogue lacks (a bug the messages test
 * should have caught) reads as the generic "not valid" message, never as the raw key.
 */
export function translator(locale: TLocale): TTranslate {
  let t = translators.get(locale);
  if (!t) {
    const raw = createTranslator({
      locale,
      messages: SCREEN_MESSAGES[locale],
    }) as unknown as TRawTranslator;
    t = (key, params) => (raw.has(key) ? raw(key, params) : raw("errors.field.invalid"));
    translators.set(locale, t);
  }
  return t;
}

export function translateRef(ref: TMessageRef, locale: TLocale): string {
  return translator(locale)(ref.key, ref.params);
}

/** Field issues as the messages to show under each field. */
export function translateIssues(issues: TFieldIssues, locale: TLocale): TFieldErrors {
  const t = translator(locale);
  return Object.fromEntries(
    Object.entries(issues).map(([field, refs]) => [field, refs.map((r) => t(r.key, r.params))]),
  );
}
