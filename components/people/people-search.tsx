// Search-as-you-type list of the directory's people; the server does the searching and paging.
// Those who manage the directory open a person's form from their name.
"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { useDebounced } from "./use-debounced";
import { fetchPeople } from "./api";
import { peopleKeys } from "./query-keys";

export function PeopleSearch({ canManage }: { canManage: boolean }) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const tLanguage = useTranslations("language");
  const [input, setInput] = useState("");
  const [page, setPage] = useState(1);
  const q = useDebounced(input.trim(), 250);
  const query = useQuery({
    queryKey: peopleKeys.search(q, page),
    queryFn: () => fetchPeople(q, page),
    placeholderData: keepPreviousData,
  });
  const result = query.data;

  return (
    <div className="space-y-4">
      <div className="max-w-md space-y-1">
        <Label htmlFor="people-search">{t("search")}</Label>
        <Input
          id="people-search"
          type="search"
          value={input}
          placeholder={t("searchPlaceholder")}
          onChange={(e) => {
            setInput(e.target.value);
            setPage(1);
          }}
        />
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {query.isFetching ? t("searching") : result ? tc("showing", showing(result)) : ""}
      </p>
      {query.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t("loadError")}
        </p>
      ) : !result ? (
        <p className="text-sm text-slate-600">{tc("loading")}</p>
      ) : result.total === 0 ? (
        <EmptyState title={q ? t("noMatches", { q }) : t("empty")} />
      ) : (
        <>
          <Table aria-busy={query.isFetching}>
            <THead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.organisation")}</Th>
                <Th>{t("columns.email")}</Th>
                <Th>{t("columns.sex")}</Th>
                <Th>{t("columns.language")}</Th>
              </tr>
            </THead>
            <TBody>
              {result.data.map((p) => (
                <tr key={p.id}>
                  <Td>
                    {canManage ? (
                      <Link
                        href={`/directory/people/${p.id}/edit`}
                        className="font-medium text-blue-800 underline"
                      >
                        {p.name}
                      </Link>
                    ) : (
                      <p className="font-medium">{p.name}</p>
                    )}
                    {p.position ? <p className="text-xs text-slate-600">{p.position}</p> : null}
                  </Td>
                  <Td>{p.organisation ? (p.organisation.acronym ?? p.organisation.name) : tc("none")}</Td>
                  <Td>{p.email ?? tc("none")}</Td>
                  <Td>{p.sex ? t(`sex.${p.sex}`) : tc("none")}</Td>
                  <Td>{tLanguage(p.language)}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
          <nav
            aria-label={t("pagination")}
            className="flex items-center justify-between text-sm text-slate-700"
          >
            <p>{tc("showing", showing(result))}</p>
            <div className="flex items-center gap-2">
              <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {tc("previous")}
              </Button>
              <span aria-current="page">{tc("pageOf", { page: result.page, pages: result.pageCount })}</span>
              <Button
                variant="secondary"
                size="sm"
                disabled={page >= result.pageCount}
                onClick={() => setPage(page + 1)}
              >
                {tc("next")}
              </Button>
            </div>
          </nav>
        </>
      )}
    </div>
  );
}

function showing(r: { page: number; pageSize: number; total: number }) {
  return {
    from: Math.min(r.total, (r.page - 1) * r.pageSize + 1),
    to: Math.min(r.total, r.page * r.pageSize),
    total: r.total,
  };
}
