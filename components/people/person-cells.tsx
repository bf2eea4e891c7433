// A person's columns in the directory's tables (the list, and an import's preview): name with
// position, organisation, e-mail, sex and language, "—" for what is not recorded.
"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Td } from "@/components/ui/table";
import type { TPersonSummary } from "@/lib/person/schema";

export const PERSON_COLUMNS = ["name", "organisation", "email", "sex", "language"] as const;

/** The columns' headings. */
export function usePersonColumns(): string[] {
  const t = useTranslations("people.columns");
  return PERSON_COLUMNS.map((c) => t(c));
}

type TPersonRow = Pick<TPersonSummary, "name" | "position" | "email" | "sex" | "language"> & {
  /** The organisation as the row names it (short name, or as written in the file). */
  organisation: string | null;
};

export function PersonCells({ person, nameHref }: { person: TPersonRow; nameHref?: string }) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const tLanguage = useTranslations("language");
  return (
    <>
      <Td>
        {nameHref ? (
          <Link href={nameHref} className="font-medium text-blue-800 underline">
            {person.name}
          </Link>
        ) : (
          <p className="font-medium">{person.name}</p>
        )}
        {person.position ? <p className="text-xs text-slate-600">{person.position}</p> : null}
      </Td>
      <Td>{person.organisation ?? tc("none")}</Td>
      <Td>{person.email ?? tc("none")}</Td>
      <Td>{person.sex ? t(`sex.${person.sex}`) : tc("none")}</Td>
      <Td>{tLanguage(person.language)}</Td>
    </>
  );
}
