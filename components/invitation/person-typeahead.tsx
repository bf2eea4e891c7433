// Type-ahead over the directory's people (GET /api/v1/people with the session): each match is a
// button that adds the person; chosen people are listed with a Remove button each.
"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PersonMatches } from "@/components/people/person-matches";
import { usePeopleSearch } from "@/components/people/use-people-search";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export type TPersonChoice = { id: string; name: string; organisation: string | null };

export function PersonTypeahead({
  chosen,
  onAdd,
  onRemove,
}: {
  chosen: TPersonChoice[];
  onAdd: (person: TPersonChoice) => void;
  onRemove: (id: string) => void;
}) {
  const t = useTranslations("invitation.invite");
  const [input, setInput] = useState("");
  const { q, query, matches: found } = usePeopleSearch(input, { minLength: 2, keepsPrevious: true });
  const chosenIds = new Set(chosen.map((p) => p.id));
  const matches = found.filter((p) => !chosenIds.has(p.id)).slice(0, 8);

  return (
    <div className="space-y-3">
      <FormField id="invite-person-search" name={null} label={t("findPerson")} className="max-w-md">
        <Input
          type="search"
          autoComplete="off"
          value={input}
          placeholder={t("findPersonPlaceholder")}
          aria-describedby="invite-person-status"
          onChange={(e) => setInput(e.target.value)}
        />
      </FormField>
      <p id="invite-person-status" className="sr-only" role="status" aria-live="polite">
        {q.length >= 2 && query.data ? t("matches", { count: matches.length }) : ""}
      </p>
      <PersonMatches
        label={t("matchesLabel")}
        people={matches}
        pickLabel={(p) => t("addPerson", { name: p.name })}
        onPick={(p) => {
          onAdd({
            id: p.id,
            name: p.name,
            organisation: p.organisation?.acronym ?? p.organisation?.name ?? null,
          });
          setInput("");
        }}
      />
      {chosen.length > 0 ? (
        <ul aria-label={t("chosenPeople")} className="flex flex-wrap gap-2">
          {chosen.map((p) => (
            <li
              key={p.id}
              className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 pr-1 text-sm"
            >
              {p.name}
              {p.organisation ? <span className="text-slate-600">({p.organisation})</span> : null}
              <Button
                type="button"
                variant="ghost"
                size="sm"
                aria-label={t("removePerson", { name: p.name })}
                onClick={() => onRemove(p.id)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
