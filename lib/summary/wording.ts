// The summary's words in each language and the small rules for putting recorded text into them:
// one next-intl translator per locale (built once; it caches parsed messages), natural lists,
// and the naming of organisations and persons. Pure: no database, no request.
import { createTranslator } from "use-intl/core";
import type { TLocale } from "@/i18n/locales";
import type { TOrgRef, TRecordPerson } from "@/lib/minutes/record-schema";
import en from "@/messages/en/summary.json";
import id from "@/messages/id/summary.json";
import type { TSummarySentence } from "./types";

export type TWords = (key: string, values?: Record<string, string | number>) => string;
/** A piece of a sentence and the record fields it came from. */
export type TPart = { text: string; fields: string[] };

const MESSAGES = { en, id } as const;
const INTL_LOCALE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };
const translators = new Map<TLocale, TWords>();
const lists = new Map<TLocale, Intl.ListFormat>();

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

/**
 * "A, B and C" / "A, B, dan C". When an item has commas of its own ("Name, Director, as …") a
 * comma also goes before the last "and"/"dan", so the reader sees where each item ends.
 */
export function naturalList(locale: TLocale, items: string[]): string {
  let list = lists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(INTL_LOCALE[locale], { style: "long", type: "conjunction" });
    lists.set(locale, list);
  }
  if (items.length < 2 || !items.some((item) => item.includes(","))) return list.format(items);
  const parts = list.formatToParts(items);
  const last = parts.findLastIndex((p) => p.type === "literal");
  return parts.map((p, i) => (i === last && !p.value.startsWith(",") ? `,${p.value}` : p.value)).join("");
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
  return { text: text.replace(/([?!….])\.$/, "$1"), fields: [...new Set(fields)] };
}

export function capitalizeFirst(text: string, locale: TLocale): string {
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);
}

/**
 * Organisations are named by their acronym when one is recorded, else by their full name —
 * everywhere in the summary (lead, speakers, owners), so each organisation has one name
 * throughout and English needs no article before it ("with UNDP and UNICEF"). The formal
 * minutes carry the full names.
 */
export function orgName(org: TOrgRef | null, path: string): TPart | null {
  if (!org) return null;
  const acronym = recorded(org.acronym);
  if (acronym) return { text: acronym, fields: [`${path}.acronym`] };
  const name = recorded(org.name);
  return name ? { text: name, fields: [`${path}.name`] } : null;
}

/**
 * "Name, Position of Org" (or the parts recorded). `subject` is the form that starts a sentence:
 * an apposition ("…, Director of X,") is closed by a comma before the verb.
 */
export function personPhrase(
  t: TWords,
  person: TRecordPerson,
  path: string,
): (TPart & { subject: string }) | null {
  const name = recorded(person.name);
  if (!name) return null;
  const position = recorded(person.position);
  const org = orgName(person.organisation, `${path}.organisation`);
  const fields = [`${path}.name`, ...(position ? [`${path}.position`] : []), ...(org?.fields ?? [])];
  const values = { name, position: position ?? "", organisation: org?.text ?? "" };
  const text =
    position && org
      ? t("person.positionOrganisation", values)
      : position
        ? t("person.position", values)
        : org
          ? t("person.organisation", values)
          : name;
  return { text, fields, subject: position ? t("person.subject", { person: text }) : text };
}
