// The minutes' opening section: which programme the committee steers, who coordinates it with whom,
// and what it is for (the programme's recorded description) — what a reader who was not there needs
// before the proceedings. Absent when none of it was recorded.
import type { TLocale } from "@/i18n/locales";
import { naturalList } from "@/lib/format/list";
import { partnersOf, programmeNameForm, withoutLeadingArticle } from "@/lib/format/naming";
import { programmeAim } from "@/lib/format/programme-aim";
import { paragraph, type TSection } from "@/lib/minutes/minutes-outline-types";
import { orgMention, type TMentions } from "@/lib/minutes/minutes-naming";
import type { TMinutesTranslator } from "@/lib/minutes/minutes-translator";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";

const INTL_LOCALE: Record<TLocale, string> = { en: "en-GB", id: "id-ID" };
const capitalizeFirst = (text: string, locale: TLocale) =>
  text.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + text.slice(1);

/** "the Joint Programme on … (JP GRSP)" / "the programme “Leaving No One Behind”" (docs/naming.md). */
function programmeMention(record: TMeetingRecord, locale: TLocale, t: TMinutesTranslator): string | null {
  const title = record.programme.title.trim();
  if (!title) return null;
  const short = record.programme.shortTitle?.trim();
  const name =
    programmeNameForm(title) === "introduced"
      ? t("naming.programmeIntroduced", { name: title })
      : t("naming.programmeNamed", { name: locale === "en" ? withoutLeadingArticle(title) : title });
  return short && short !== title ? t("naming.programmeWithShortTitle", { name, shortTitle: short }) : name;
}

export function backgroundSection(
  record: TMeetingRecord,
  locale: TLocale,
  t: TMinutesTranslator,
  mentions: TMentions,
): TSection | null {
  const { programme } = record;
  const sentences: string[] = [];
  const name = programmeMention(record, locale, t);
  const agency = orgMention(t, mentions, programme.conveningAgency, { article: true });
  if (name && agency) {
    const partners = partnersOf(programme)
      .map(({ org }) => orgMention(t, mentions, org, { article: true }))
      .filter((p): p is string => p !== null);
    const values = {
      programme: name,
      agency,
      partners:
        partners.length > 0 ? t("background.partners", { partners: naturalList(locale, partners) }) : "",
    };
    sentences.push(capitalizeFirst(t("background.coordinated", values), locale));
  }
  const aim = programmeAim(programme.description, locale);
  if (aim) sentences.push(capitalizeFirst(t(`background.aim.${aim.form}`, { text: aim.text }), locale));
  if (sentences.length === 0) return null;
  return { key: "background", heading: t("background.heading"), blocks: [paragraph(sentences.join(" "))] };
}
