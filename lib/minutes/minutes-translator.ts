// The minutes' wording in one language, from messages/<locale>/minutes.json, imported statically so
// the renderers stay pure and need no request context.
import { createTranslator } from "use-intl/core";
import type { TLocale } from "@/i18n/locales";
import en from "@/messages/en/minutes.json";
import id from "@/messages/id/minutes.json";

const MESSAGES = { en, id } as const;

export type TMinutesTranslator = (key: string, values?: Record<string, string | number>) => string;

// One translator per language for the process: it keeps its compiled messages between documents.
const translators = new Map<TLocale, TMinutesTranslator>();

export function minutesTranslator(locale: TLocale): TMinutesTranslator {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: MESSAGES[locale],
      namespace: "minutes",
    }) as unknown as TMinutesTranslator;
    translators.set(locale, t);
  }
  return t;
}
