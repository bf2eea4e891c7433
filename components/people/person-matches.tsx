// People found by a search, each a button that picks them, named with their organisation's short
// name ("Budi Santoso — Kemenkes") so two people of one name can be told apart.
"use client";
import type { TPersonSummary } from "@/lib/person/schema";

type TFound = Pick<TPersonSummary, "id" | "name" | "organisation">;

export function PersonMatch({ person, separator = "—" }: { person: TFound; separator?: string }) {
  const org = person.organisation;
  return (
    <>
      {person.name}
      {org ? <span className="text-slate-600">{` ${separator} ${org.acronym ?? org.name}`}</span> : null}
    </>
  );
}

type TProps<P extends TFound> = {
  label: string;
  people: P[];
  onPick: (person: P) => void;
  /** The button's name when its text alone is not enough ("Add Budi Santoso"). */
  pickLabel?: (person: P) => string;
};

export function PersonMatches<P extends TFound>({ label, people, onPick, pickLabel }: TProps<P>) {
  if (people.length === 0) return null;
  return (
    <ul
      aria-label={label}
      className="max-h-48 max-w-md divide-y overflow-auto rounded-md border border-slate-200 bg-white"
    >
      {people.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className="w-full px-3 py-2 text-left text-sm hover:bg-slate-50 focus-visible:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
            onClick={() => onPick(p)}
            aria-label={pickLabel?.(p)}
          >
            <PersonMatch person={p} />
          </button>
        </li>
      ))}
    </ul>
  );
}
