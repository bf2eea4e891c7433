// Lists of names as a writer puts them in a sentence, in either language: shared by the summary and
// the minutes, so both join names the same way.
import type { TLocale } from "@/i18n/locales";

const INTL_LOCALE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };
const lists = new Map<TLocale, Intl.ListFormat>();

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
