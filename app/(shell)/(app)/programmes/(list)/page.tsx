// Programmes the user takes part in; global administrators also get "New programme".
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NarrowOnly, RowLink, Table, TBody, Td, THeadRow, TRow, WIDE_ONLY } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDay } from "@/lib/format/date";
import { pageFromSearchParam } from "@/lib/pagination/schema";
import { canCreateProgramme, listProgrammes } from "@/lib/programme/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("title") };
}

export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePagePermission("programme:read");
  const page = pageFromSearchParam((await searchParams).page);
  const [result, t, tProgramme, locale] = await Promise.all([
    listProgrammes(user.access, page),
    getTranslations("programmes"),
    getTranslations("programme"),
    getLocale().then(toLocale),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        {canCreateProgramme(user.access) ? (
          <Link className={buttonVariants()} href="/programmes/new">
            {tProgramme("new")}
          </Link>
        ) : null}
      </PageHeader>
      {result.total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <Table>
            <THeadRow
              columns={[
                t("columns.programme"),
                { label: t("columns.country"), className: WIDE_ONLY },
                { label: t("columns.fund"), className: WIDE_ONLY },
                { label: t("columns.start"), className: WIDE_ONLY },
                { label: t("columns.duration"), className: WIDE_ONLY },
                { label: t("columns.meetings"), className: "text-right" },
              ]}
            />
            <TBody>
              {result.data.map((p) => (
                <TRow key={p.id}>
                  <Td>
                    <RowLink href={`/programmes/${p.id}`}>{p.title}</RowLink>
                    {p.conveningAgency ? (
                      <p className="text-xs text-slate-600">
                        {p.conveningAgency.acronym ?? p.conveningAgency.name}
                      </p>
                    ) : null}
                    <NarrowOnly>
                      <span>{p.country}</span>
                      {p.startDate ? <span>{formatDay(p.startDate, locale)}</span> : null}
                    </NarrowOnly>
                    {/* Above the row's link, so it opens the statistics, not the programme. */}
                    <Link
                      href={`/programmes/${p.id}/attendance`}
                      className="relative z-10 mt-1 inline-block text-xs text-blue-800 underline"
                    >
                      {t("attendanceLink")}
                    </Link>
                  </Td>
                  <Td className={WIDE_ONLY}>{p.country}</Td>
                  <Td className={WIDE_ONLY}>{p.fund ?? "—"}</Td>
                  <Td className={WIDE_ONLY}>{p.startDate ? formatDay(p.startDate, locale) : "—"}</Td>
                  <Td className={WIDE_ONLY}>
                    {p.durationMonths ? t("months", { n: p.durationMonths }) : "—"}
                  </Td>
                  <Td className="text-right tabular-nums">{p._count.meetings}</Td>
                </TRow>
              ))}
            </TBody>
          </Table>
          <Pagination basePath="/programmes" {...result} />
        </>
      )}
    </>
  );
}
