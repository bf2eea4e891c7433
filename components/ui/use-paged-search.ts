// A search box over a list the server pages (the directory's people, a meeting's register): the
// query follows the typing after a pause, a new search starts again at the first page, and the
// last answer stays on screen while the next one loads.
"use client";
import { keepPreviousData, useQuery, type QueryKey } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { useDebounced } from "./use-debounced";

type TSearchQuery<R> = { queryKey: QueryKey; queryFn: () => Promise<R> };

export function usePagedSearch<R>(queryOf: (q: string, page: number) => TSearchQuery<R>) {
  const [input, setInput] = useState("");
  const [page, setPage] = useState(1);
  const q = useDebounced(input.trim(), 250);
  const query = useQuery({ ...queryOf(q, page), placeholderData: keepPreviousData });
  /** For the search box's Input. */
  const inputProps = {
    type: "search",
    value: input,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setInput(e.target.value);
      setPage(1);
    },
  };
  return { q, page, setPage, query, inputProps };
}
