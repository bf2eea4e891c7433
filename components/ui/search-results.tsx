// What a searched list shows before its rows: why it failed, that it is loading, or that nothing
// matches — and otherwise the rows.
"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";

type TProps<R> = {
  result: R | undefined;
  /** The failure to show instead of the list, or null. */
  failure: ReactNode;
  /** The empty state's title: nothing matches, or nothing yet. */
  empty: string;
  children: (result: R) => ReactNode;
};

export function SearchResults<R extends { total: number }>({ result, failure, empty, children }: TProps<R>) {
  const tc = useTranslations("common");
  if (failure) return failure;
  if (!result) return <p className="text-sm text-slate-600">{tc("loading")}</p>;
  if (result.total === 0) return <EmptyState title={empty} />;
  return children(result);
}
