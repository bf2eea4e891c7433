// The directory of organisations (ministries, UN entities, civil society, donors).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/organisation/service";
import { pageFromSearchParam } from "@/lib/pagination/schema";

export const metadata: Metadata = { title: "Directory" };

export default async function DirectoryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requirePagePermission("directory:read");
  const page = pageFromSearchParam((await searchParams).page);
  const [result, t, tPeople] = await Promise.all([
    listOrganisations(page),
    getTranslations("directory"),
    getTranslations("people"),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        <Link className={buttonVariants({ variant: "secondary" })} href="/directory/people">
          {tPeople("peopleLink")}
        </Link>
      </PageHeader>
      <h2 className="mb-3 text-lg font-semibold">{t("organisations")}</h2>
      {result.total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <Table>
            <THead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.acronym")}</Th>
                <Th>{t("columns.kind")}</Th>
                <Th className="text-right">{t("columns.people")}</Th>
              </tr>
            </THead>
            <TBody>
              {result.data.map((o) => (
                <tr key={o.id}>
                  <Td>
                    <p className="font-medium">{o.name}</p>
                    {o.parent ? (
                      <p className="text-xs text-slate-600">{o.parent.acronym ?? o.parent.name}</p>
                    ) : null}
                  </Td>
                  <Td>{o.acronym ?? "—"}</Td>
                  <Td>{t(`kind.${o.kind}`)}</Td>
                  <Td className="text-right tabular-nums">{o._count.people}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
          <Pagination basePath="/directory" {...result} />
        </>
      )}
    </>
  );
}
