// Instance administration: who has access, with which role; each user opens on their sessions
// and API tokens; links lead to the outbox and the public holidays.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { pageFromSearchParam } from "@/lib/pagination/schema";
import { listUsers } from "@/lib/user/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requirePagePermission("instance:admin");
  const page = pageFromSearchParam((await searchParams).page);
  const [{ users, total, pageSize }, t, tUser] = await Promise.all([
    listUsers(page),
    getTranslations("admin"),
    getTranslations("user"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <ul className="mb-6 space-y-1 text-sm">
        <li>
          <Link href="/outbox" className="text-blue-800 underline">
            {(await getTranslations("invitation.outbox"))("link")}
          </Link>
        </li>
        <li>
          <Link href="/admin/holidays" className="text-blue-800 underline">
            {(await getTranslations("holiday"))("adminLink")}
          </Link>
        </li>
      </ul>
      <h2 className="mb-3 text-lg font-semibold">{t("users")}</h2>
      <p className="mb-4 text-sm text-slate-600">{t("cliHint")}</p>
      {total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <Table>
            <THead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.email")}</Th>
                <Th>{t("columns.roles")}</Th>
                <Th>{t("columns.status")}</Th>
              </tr>
            </THead>
            <TBody>
              {users.map((u) => (
                <tr key={u.id}>
                  <Td className="font-medium">
                    <Link
                      href={`/admin/users/${u.id}`}
                      className="text-blue-800 underline-offset-4 hover:underline"
                    >
                      {u.name}
                    </Link>
                  </Td>
                  <Td>{u.email}</Td>
                  <Td>
                    <ul className="space-y-0.5">
                      {u.globalRole ? (
                        <li>
                          {tUser(`role.${u.globalRole}`)} — {t("allProgrammes")}
                        </li>
                      ) : null}
                      {u.memberships.map((m) => (
                        <li key={m.programme.id}>
                          {tUser(`role.${m.role}`)} — {m.programme.shortTitle ?? m.programme.title}
                        </li>
                      ))}
                    </ul>
                  </Td>
                  <Td>
                    {u.disabledAt ? (
                      <Badge tone="danger">{t("disabled")}</Badge>
                    ) : (
                      <Badge tone="success">{t("active")}</Badge>
                    )}
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
          <Pagination
            basePath="/admin"
            page={page}
            pageSize={pageSize}
            total={total}
            pageCount={Math.max(1, Math.ceil(total / pageSize))}
          />
        </>
      )}
    </>
  );
}
