// A person's columns in the directory's tables (the list, and an import's preview): name with
// position, organisation, e-mail, sex and language, "—" for what is not recorded. On a phone the
// last three are shown under the name instead of in their columns.
"use client";
import { useTranslations } from "next-intl";
import { NarrowOnly, RowLink, Td, WIDE_ONLY } from "@/components/ui/table";
import type { TPersonSummary } from "@/lib/person/schema";

export const PERSON_COLUMNS = ["name", "organisation", "email", "sex", "language"] as const;

/** Shown on a phone too; the others only from 640 px. */
const NARROW_COLUMNS: readonly string[] = ["name", "organisation"];

/** The columns' headings. */
export function usePersonColumns(): { label: string; className?: string }[] {
  const t = useTranslations("people.columns");
  return PERSON_COLUMNS.map((c) => ({
    label: t(c),
    className: NARROW_COLUMNS.includes(c) ? undefined : WIDE_ONLY,
  }));
}

type TPersonRow = Pick<TPersonSummary, "name" | "position" | "email" | "sex" | "language"> & {
  /** The organisation as the row names it (short name, or as written in the file). */
  organisation: string | null;
};

/** The person's cells; with `nameHref` the name is the row's link (the row is then a TRow). */
export function PersonCells({ person, nameHref }: { person: TPersonRow; nameHref?: string }) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const tLanguage = useTranslations("language");
  return (
    <>
      <Td>
        {nameHref ? (
          <RowLink href={nameHref}>{person.name}</RowLink>
        ) : (
          <p className="font-medium">{person.name}</p>
        )}
        {person.position ? <p className="text-xs text-slate-600">{person.position}</p> : null}
        <NarrowOnly>
          {person.email ? <span className="break-all">{person.email}</span> : null}
          {person.sex ? <span>{t(`sex.${person.sex}`)}</span> : null}
          <span>{tLanguage(person.language)}</span>
        </NarrowOnly>
      </Td>
      <Td>{person.organisation ?? tc("none")}</Td>
      <Td className={WIDE_ONLY}>{person.email ?? tc("none")}</Td>
      <Td className={WIDE_ONLY}>{person.sex ? t(`sex.${person.sex}`) : tc("none")}</Td>
      <Td className={WIDE_ONLY}>{tLanguage(person.language)}</Td>
    </>
  );
}
