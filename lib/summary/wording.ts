// The summary's words in each language and the small rules for putting recorded text into them:
// one next-intl translator per locale (built once; it caches parsed messages), natural lists,
// and the naming of organisations and persons (by the rules of lib/format/naming.ts). Pure: no
// database, no request.
import { createTranslator } from "use-intl/core";
import type { TLocale } from "@/i18n/locales";
import { naturalList } from "@/lib/format/list";
import { joinsWithComma, namesOrganisation, topLevelOrganisation, type TMentions } from "@/lib/format/naming";
import type { TOrgRef, TRecordPerson } from "@/lib/minutes/record-schema";
import en from "@/messages/en/summary.json";
import id from "@/messages/id/summary.json";
import type { TSummarySentence } from "./types";

export { naturalList };

export type TWords = (key: string, values?: Record<string, string | number>) => string;
/** A piece of a sentence and the record fields it came from. */
export type TPart = { text: string; fields: string[] };

const MESSAGES = { en, id } as const;
const INTL_LOCALE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };
const translators = new Map<TLocale, TWords>();

export function wordsFor(locale: TLocale): TWords {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: MESSAGES[locale],
      namespace: "summary",
      timeZone: "UTC",
      // A missing or broken message must fail loudly: a published summary may not show a raw key.
      onError: (error) => {
        throw error;
      },
    }) as unknown as TWords;
    translators.set(locale, t);
  }
  return t;
}

/** Recorded text with its whitespace tidied; null when nothing was recorded. */
export function recorded(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

/** Recorded text that ends one of our sentences: its own full stop goes, the sentence adds one. */
export function clause(value: string | null | undefined): string | null {
  return recorded(recorded(value)?.replace(/[\s.]+$/, ""));
}

/** A recorded quote without its own quotation marks or closing full stop/comma. */
export function quoteText(value: string | null | undefined): string | null {
  return recorded(
    recorded(value)
      ?.replace(/^["“”']+|["“”']+$/g, "")
      .replace(/[\s.,;:]+$/, ""),
  );
}

/**
 * A finished sentence. Recorded text that ends it keeps its own "?", "!" or abbreviation's full
 * stop ("a.i.") instead of getting a second one.
 */
export function sentence(text: string, fields: string[]): TSummarySentence {
  // A subject closed by its own comma ("Name, Position,") before a template's ", responding," keeps one.
  const tidy = text.replace(/,\s*,/g, ",").replace(/([?!….])\.$/, "$1");
  return { text: tidy, fields: [...new Set(fields)] };
}

export function capitalizeFirst(text: string, locale: TLocale): string {
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);
}

/**
 * An organisation as the summary names it (docs/naming.md): its full name with the acronym at first
 * mention, the acronym after; in English "the" before a full name that takes one ("the Ministry of
 * Health (Kemenkes)"), unless `article` is off (after a comma: "Director of Nutrition, Ministry of
 * Health"). Only call it for an organisation the sentence prints: calling it counts the mention.
 */
export function orgName(
  t: TWords,
  mentions: TMentions,
  org: TOrgRef | null,
  path: string,
  { article = true }: { article?: boolean } = {},
): TPart | null {
  const mention = org ? mentions.mention(org) : null;
  if (!mention) return null;
  const text =
    article && mention.takesArticle ? t("organisation.article", { name: mention.text }) : mention.text;
  return { text, fields: mention.shows.map((f) => `${path}.${f}`) };
}

/**
 * The organisation a person (or an action item's owner) is named by: the top of its chain, the
 * ministry rather than its directorate, with the record path to it.
 */
export function topLevelOf(org: TOrgRef | null, path: string): { org: TOrgRef; path: string } | null {
  if (!org) return null;
  const top = topLevelOrganisation(org);
  return { org: top.org, path: `${path}${top.path}` };
}

/**
 * "Name, Position of Org" (or the parts recorded), by the rules of docs/naming.md: the person's
 * top-level organisation, left out when the position (or the co-chair's `capacity`) names it
 * already, after a comma when the position has a preposition of its own. `subject` is the form that
 * starts a sentence: an apposition ("…, Director of X,") is closed by a comma before the verb.
 */
export function personPhrase(
  t: TWords,
  mentions: TMentions,
  person: TRecordPerson,
  path: string,
  { position: shownPosition, capacity = null }: { position?: string | null; capacity?: string | null } = {},
): (TPart & { subject: string }) | null {
  const name = recorded(person.name);
  if (!name) return null;
  const position = shownPosition === undefined ? recorded(person.position) : shownPosition;
  const top = topLevelOf(person.organisation, `${path}.organisation`);
  const isNamed = top && [position, capacity].some((text) => namesOrganisation(text, top.org));
  const isComma = !!position && joinsWithComma(position);
  const org = top && !isNamed ? orgName(t, mentions, top.org, top.path, { article: !isComma }) : null;
  const fields = [`${path}.name`, ...(position ? [`${path}.position`] : []), ...(org?.fields ?? [])];
  const values = { name, position: position ?? "", organisation: org?.text ?? "" };
  const text =
    position && org
      ? t(isComma ? "person.positionCommaOrganisation" : "person.positionOrganisation", values)
      : position
        ? t("person.position", values)
        : org
          ? t("person.organisation", values)
          : name;
  return { text, fields, subject: position ? t("person.subject", { person: text }) : text };
}
