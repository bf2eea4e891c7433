// The directory's people matching what is typed (GET /api/v1/people, debounced, so a name sends
// one search, not one per key): the first page, for the pickers that add a person.
"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDebounced } from "@/components/ui/use-debounced";
import { fetchPeople } from "./api";
import { peopleKeys } from "./query-keys";

type TOptions = {
  /** How many letters before it searches at all. */
  minLength: number;
  isEnabled?: boolean;
  /** Keep showing the last answer while the next one loads (lists that would otherwise flicker). */
  keepsPrevious?: boolean;
};

export function usePeopleSearch(
  input: string,
  { minLength, isEnabled = true, keepsPrevious = false }: TOptions,
) {
  const q = useDebounced(input.trim(), 250);
  const isSearching = q.length >= minLength;
  const query = useQuery({
    queryKey: peopleKeys.search(q, 1),
    queryFn: () => fetchPeople(q, 1),
    placeholderData: keepsPrevious ? keepPreviousData : undefined,
    enabled: isSearching && isEnabled,
  });
  return { q, query, matches: isSearching ? (query.data?.data ?? []) : [] };
}
