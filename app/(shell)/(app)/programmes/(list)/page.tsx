// Programmes the user takes part in; global administrators also get "New programme".
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, Td, THeadRow } from "@/components/ui/table";
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
                t("columns.country"),
                t("columns.fund"),
                t("columns.start"),
                t("columns.duration"),
                { label: t("columns.meetings"), className: "text-right" },
              ]}
            />
            <TBody>
              {result.data.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link href={`/programmes/${p.id}`} className="font-medium text-blue-800 underline">
                      {p.title}
                    </Link>
                    <Link href={`/programmes/${p.id}/attendance`} className="text-xs text-blue-800 underline">
                      {t("attendanceLink")}
                    </Link>
                    {p.conveningAgency ? (
                      <p className="text-xs text-slate-600">
                        {p.conveningAgency.acronym ?? p.conveningAgency.name}
                      </p>
                    ) : null}
                  </Td>
                  <Td>{p.country}</Td>
                  <Td>{p.fund ?? "—"}</Td>
                  <Td>{p.startDate ? formatDay(p.startDate, locale) : "—"}</Td>
                  <Td>{p.durationMonths ? t("months", { n: p.durationMonths }) : "—"}</Td>
                  <Td className="text-right tabular-nums">{p._count.meetings}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
          <Pagination basePath="/programmes" {...result} />
        </>
      )}
    </>
  );
}
