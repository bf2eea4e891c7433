// Pick a person of the directory by typing part of their name (server-side search, debounced).
"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PersonMatches } from "@/components/people/person-matches";
import { usePeopleSearch } from "@/components/people/use-people-search";
import { Input } from "@/components/ui/input";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";

type TPicked = { id: string; name: string };

export function PersonPicker({
  id,
  label,
  value,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  value: TPicked | null;
  onChange: (person: TPicked | null) => void;
  errors?: string[];
}) {
  const t = useTranslations("meeting.personPicker");
  const [input, setInput] = useState("");
  const { q, query, matches: people } = usePeopleSearch(input, { minLength: 2, isEnabled: !value });

  if (value) {
    return (
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-800">{label}</p>
        <p className="flex items-center gap-2 text-sm">
          <span>{value.name}</span>
          <button type="button" className="text-blue-800 underline" onClick={() => onChange(null)}>
            {t("change")}
          </button>
        </p>
        <FieldError id={`${id}-error`} messages={errors} />
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <FormField id={id} name={null} label={label} errors={errors}>
        <Input
          type="search"
          value={input}
          placeholder={t("placeholder")}
          onChange={(e) => setInput(e.target.value)}
        />
      </FormField>
      <p className="sr-only" role="status" aria-live="polite">
        {query.isFetching ? t("searching") : q.length >= 2 ? t("found", { n: people.length }) : ""}
      </p>
      <PersonMatches
        label={t("results")}
        people={people}
        onPick={(p) => onChange({ id: p.id, name: p.name })}
      />
    </div>
  );
}
