// Finds a person in the directory for a walk-in: search as you type, pick from a short list of buttons.
"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PersonMatch } from "@/components/people/person-matches";
import { usePeopleSearch } from "@/components/people/use-people-search";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TPersonSummary } from "@/lib/person/schema";

type TProps = {
  chosen: TPersonSummary | null;
  onChoose: (p: TPersonSummary | null) => void;
  errors?: string[];
};

export function PersonPicker({ chosen, onChoose, errors }: TProps) {
  const t = useTranslations("register.walkInDialog");
  const tc = useTranslations("common");
  const [input, setInput] = useState("");
  const { q, query } = usePeopleSearch(input, { minLength: 1 });

  if (chosen) {
    return (
      <div className="flex items-center justify-between gap-2 rounded-md border border-slate-200 p-2 text-sm">
        <span>{t("chosen", { name: chosen.name })}</span>
        <Button type="button" variant="ghost" size="sm" onClick={() => onChoose(null)}>
          {t("change")}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <FormField id="walk-in-find" label={t("findPerson")} errors={errors}>
        <Input
          type="search"
          value={input}
          placeholder={t("findPlaceholder")}
          onChange={(e) => setInput(e.target.value)}
        />
      </FormField>
      {q && query.isLoading ? <p className="text-sm text-slate-600">{tc("loading")}</p> : null}
      <ErrorText>{query.isError ? tc("error") : null}</ErrorText>
      {query.data && query.data.data.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noPeople")}</p>
      ) : null}
      {query.data && query.data.data.length > 0 ? (
        <ul className="max-h-48 space-y-1 overflow-y-auto">
          {query.data.data.slice(0, 8).map((p) => (
            <li key={p.id}>
              <Button
                type="button"
                variant="secondary"
                className="h-auto w-full justify-start py-2 text-left"
                onClick={() => onChoose(p)}
              >
                <span>
                  <PersonMatch person={p} separator="·" />
                </span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
