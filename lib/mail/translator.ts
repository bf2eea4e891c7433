// The wording of e-mails and calendar entries in the recipient's language (messages/<locale>/mail.json),
// outside React and without a request: a reminder job or an invitation to a person who reads
// another language than whoever sent it.
import { createTranslator } from "use-intl/core";
import { MAIL_MESSAGES } from "@/i18n/catalogue";
import type { TLocale } from "@/i18n/locales";

type TLeaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : TLeaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the mail catalogue, below its namespace ("invitation.subject"). */
export type TMailKey = TLeaves<(typeof MAIL_MESSAGES)["en"]["mail"]>;

export type TMailTranslate = (key: TMailKey, values?: Record<string, string | number>) => string;

// One translator per language for the process: it keeps its compiled messages between e-mails.
const translators = new Map<TLocale, TMailTranslate>();

export function mailTranslator(locale: TLocale): TMailTranslate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: MAIL_MESSAGES[locale],
      namespace: "mail",
    }) as unknown as TMailTranslate;
    translators.set(locale, t);
  }
  return t;
}
