// The directory of organisations (ministries, UN entities, civil society, donors); those who
// manage the directory add, edit and merge organisations from here.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NarrowOnly, RowLink, Table, TBody, Td, Th, THead, TRow, WIDE_ONLY } from "@/components/ui/table";
import { canAnywhere } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/organisation/service";
import { pageFromSearchParam } from "@/lib/pagination/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory"))("title") };
}

export default async function DirectoryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePagePermission("directory:read");
  const page = pageFromSearchParam((await searchParams).page);
  const canManage = canAnywhere(user.access, "directory:manage");
  const [result, t, tPeople, tOrganisation] = await Promise.all([
    listOrganisations(user.access, { page }),
    getTranslations("directory"),
    getTranslations("people"),
    getTranslations("organisation"),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        <div className="flex gap-2">
          <Link className={buttonVariants({ variant: "secondary" })} href="/directory/people">
            {tPeople("peopleLink")}
          </Link>
          {canManage ? (
            <Link className={buttonVariants()} href="/directory/organisations/new">
              {tOrganisation("new")}
            </Link>
          ) : null}
        </div>
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
                <Th className={WIDE_ONLY}>{t("columns.acronym")}</Th>
                <Th className={WIDE_ONLY}>{t("columns.kind")}</Th>
                <Th className="text-right">{t("columns.people")}</Th>
              </tr>
            </THead>
            <TBody>
              {result.data.map((o) => {
                // Only those who manage the directory have a page to open: the organisation's form.
                const Row = canManage ? TRow : "tr";
                return (
                  <Row key={o.id}>
                    <Td>
                      {canManage ? (
                        <RowLink href={`/directory/organisations/${o.id}/edit`}>{o.name}</RowLink>
                      ) : (
                        <p className="font-medium">{o.name}</p>
                      )}
                      {o.parent ? (
                        <p className="text-xs text-slate-600">{o.parent.acronym ?? o.parent.name}</p>
                      ) : null}
                      <NarrowOnly>
                        {o.acronym ? <span>{o.acronym}</span> : null}
                        <span>{t(`kind.${o.kind}`)}</span>
                      </NarrowOnly>
                    </Td>
                    <Td className={WIDE_ONLY}>{o.acronym ?? "—"}</Td>
                    <Td className={WIDE_ONLY}>{t(`kind.${o.kind}`)}</Td>
                    <Td className="text-right tabular-nums">{o._count.people}</Td>
                  </Row>
                );
              })}
            </TBody>
          </Table>
          <Pagination basePath="/directory" {...result} />
        </>
      )}
    </>
  );
}
