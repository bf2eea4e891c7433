// Pick a person of the directory by typing part of their name (server-side search, debounced).
"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchPeople } from "@/components/people/api";
import { peopleKeys } from "@/components/people/query-keys";
import { useDebounced } from "@/components/people/use-debounced";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type TPicked = { id: string; name: string };

export function PersonPicker({
  id,
  label,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  value: TPicked | null;
  onChange: (person: TPicked | null) => void;
  describedBy?: string;
}) {
  const t = useTranslations("meeting.personPicker");
  const [input, setInput] = useState("");
  const q = useDebounced(input.trim(), 250);
  const query = useQuery({
    queryKey: peopleKeys.search(q, 1),
    queryFn: () => fetchPeople(q, 1),
    enabled: q.length >= 2 && !value,
  });
  const people = q.length >= 2 ? (query.data?.data ?? []) : [];

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
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="search"
        value={input}
        placeholder={t("placeholder")}
        aria-describedby={describedBy}
        aria-invalid={describedBy ? true : undefined}
        onChange={(e) => setInput(e.target.value)}
      />
      <p className="sr-only" role="status" aria-live="polite">
        {query.isFetching ? t("searching") : q.length >= 2 ? t("found", { n: people.length }) : ""}
      </p>
      {people.length > 0 ? (
        <ul
          className="max-h-48 overflow-auto rounded-md border border-slate-200 bg-white"
          aria-label={t("results")}
        >
          {people.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="w-full px-3 py-2 text-left text-sm hover:bg-slate-100 focus-visible:bg-slate-100"
                onClick={() => onChange({ id: p.id, name: p.name })}
              >
                {p.name}
                {p.organisation ? (
                  <span className="text-slate-600"> — {p.organisation.acronym ?? p.organisation.name}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
