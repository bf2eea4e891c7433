// Search-as-you-type list of the directory's people; the server does the searching and paging.
// Those who manage the directory open a person's form from their name.
"use client";
import { useTranslations } from "next-intl";
import { ErrorText } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Pager } from "@/components/ui/pager";
import { SearchResults } from "@/components/ui/search-results";
import { Table, TBody, THeadRow, TRow } from "@/components/ui/table";
import { usePagedSearch } from "@/components/ui/use-paged-search";
import { fetchPeople } from "./api";
import { PersonCells, usePersonColumns } from "./person-cells";
import { peopleKeys } from "./query-keys";

export function PeopleSearch({ canManage }: { canManage: boolean }) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const columns = usePersonColumns();
  const { q, page, setPage, query, inputProps } = usePagedSearch((q, page) => ({
    queryKey: peopleKeys.search(q, page),
    queryFn: () => fetchPeople(q, page),
  }));
  const result = query.data;
  // Only those who manage the directory have a page to open: the person's form.
  const Row = canManage ? TRow : "tr";

  return (
    <div className="space-y-4">
      <FormField id="people-search" name={null} label={t("search")} className="max-w-md">
        <Input {...inputProps} placeholder={t("searchPlaceholder")} />
      </FormField>
      <p className="sr-only" role="status" aria-live="polite">
        {query.isFetching ? t("searching") : result ? tc("showing", showing(result)) : ""}
      </p>
      <SearchResults
        result={result}
        failure={query.isError ? <ErrorText>{t("loadError")}</ErrorText> : null}
        empty={q ? t("noMatches", { q }) : t("empty")}
      >
        {(result) => (
          <>
            <Table aria-busy={query.isFetching}>
              <THeadRow columns={columns} />
              <TBody>
                {result.data.map((p) => (
                  <Row key={p.id}>
                    <PersonCells
                      person={{
                        ...p,
                        organisation: p.organisation ? (p.organisation.acronym ?? p.organisation.name) : null,
                      }}
                      nameHref={canManage ? `/directory/people/${p.id}/edit` : undefined}
                    />
                  </Row>
                ))}
              </TBody>
            </Table>
            <Pager
              label={t("pagination")}
              page={page}
              shown={result}
              onPage={setPage}
              summary={tc("showing", showing(result))}
            />
          </>
        )}
      </SearchResults>
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
