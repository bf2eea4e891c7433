// Action items the user may see (the rule in lib/auth/permissions.ts): whole programmes for
// coordinators; for members, every action item of the meetings they were invited to and their own
// institution's in the rest of the programme.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { listActionItems } from "@/lib/action-item/service";
import { isOverdue } from "@/lib/action-item/status";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDay } from "@/lib/format/date";
import { pageFromSearchParam } from "@/lib/pagination/schema";
import { meetingName } from "@/lib/meeting/facts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions"))("title") };
}

const STATUS_TONE = { OPEN: "info", IN_PROGRESS: "warning", DONE: "success", DROPPED: "neutral" } as const;

export default async function ActionsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePagePermission(["action:read", "action:read-own"]);
  const page = pageFromSearchParam((await searchParams).page);
  const [result, t, locale] = await Promise.all([
    listActionItems(user.access, page),
    getTranslations("actions"),
    getLocale().then(toLocale),
  ]);
  const today = new Date();
  return (
    <>
      <PageHeader title={t("title")} />
      {result.total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <Table>
            <THead>
              <tr>
                <Th>{t("columns.action")}</Th>
                <Th>{t("columns.owner")}</Th>
                <Th>{t("columns.due")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th>{t("columns.meeting")}</Th>
              </tr>
            </THead>
            <TBody>
              {result.data.map((a) => (
                <tr key={a.id}>
                  <Td className="font-medium">{a.title}</Td>
                  <Td>
                    <p>{a.ownerOrganisation?.acronym ?? a.ownerOrganisation?.name ?? "—"}</p>
                    {a.ownerPerson ? <p className="text-xs text-slate-600">{a.ownerPerson.name}</p> : null}
                  </Td>
                  <Td>
                    {a.dueDate ? formatDay(a.dueDate, locale) : "—"}
                    {isOverdue(a, today) ? (
                      <Badge tone="danger" className="ml-2">
                        {t("overdue")}
                      </Badge>
                    ) : null}
                  </Td>
                  <Td>
                    <Badge tone={STATUS_TONE[a.status]}>{t(`status.${a.status}`)}</Badge>
                  </Td>
                  <Td className="text-xs text-slate-700">
                    {meetingName(a.meeting.kind, a.meeting.sequenceNumber, locale)}
                  </Td>
                </tr>
              ))}
            </TBody>
          </Table>
          <Pagination basePath="/actions" {...result} />
        </>
      )}
    </>
  );
}
