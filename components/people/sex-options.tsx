// A person's sex as the options of a select, after the choice of none recorded (its wording is
// the form's own).
"use client";
import { useTranslations } from "next-intl";
import { SEXES } from "@/lib/person/schema";

export function SexOptions({ noneLabel }: { noneLabel: string }) {
  const t = useTranslations("people.sex");
  return (
    <>
      <option value="">{noneLabel}</option>
      {SEXES.map((sex) => (
        <option key={sex} value={sex}>
          {t(sex)}
        </option>
      ))}
    </>
  );
}
