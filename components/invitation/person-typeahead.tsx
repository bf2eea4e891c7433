// Type-ahead over the directory's people (GET /api/v1/people with the session): each match is a
// button that adds the person; chosen people are listed with a Remove button each.
"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchPeople } from "@/components/people/api";
import { peopleKeys } from "@/components/people/query-keys";
import { useDebounced } from "@/components/people/use-debounced";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

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
  const q = useDebounced(input.trim(), 250);
  const query = useQuery({
    queryKey: peopleKeys.search(q, 1),
    queryFn: () => fetchPeople(q, 1),
    placeholderData: keepPreviousData,
    enabled: q.length >= 2,
  });
  const chosenIds = new Set(chosen.map((p) => p.id));
  const matches =
    q.length >= 2 ? (query.data?.data ?? []).filter((p) => !chosenIds.has(p.id)).slice(0, 8) : [];

  return (
    <div className="space-y-3">
      <div className="max-w-md space-y-1">
        <Label htmlFor="invite-person-search">{t("findPerson")}</Label>
        <Input
          id="invite-person-search"
          type="search"
          autoComplete="off"
          value={input}
          placeholder={t("findPersonPlaceholder")}
          aria-describedby="invite-person-status"
          onChange={(e) => setInput(e.target.value)}
        />
        <p id="invite-person-status" className="sr-only" role="status" aria-live="polite">
          {q.length >= 2 && query.data ? t("matches", { count: matches.length }) : ""}
        </p>
      </div>
      {matches.length > 0 ? (
        <ul aria-label={t("matchesLabel")} className="max-w-md divide-y rounded-md border border-slate-200">
          {matches.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="w-full px-3 py-2 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700"
                onClick={() => {
                  onAdd({
                    id: p.id,
                    name: p.name,
                    organisation: p.organisation?.acronym ?? p.organisation?.name ?? null,
                  });
                  setInput("");
                }}
                aria-label={t("addPerson", { name: p.name })}
              >
                <span className="font-medium">{p.name}</span>
                {p.organisation ? (
                  <span className="text-slate-600"> — {p.organisation.acronym ?? p.organisation.name}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
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
