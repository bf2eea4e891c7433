// Meetings the user may see, newest first.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/meeting/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NarrowOnly, RowLink, Table, TBody, Td, THeadRow, TRow, WIDE_ONLY } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { canAnywhere } from "@/lib/auth/permissions";
import { buttonVariants } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatTimeRange } from "@/lib/format/date";
import { listMeetings } from "@/lib/meeting/service/meetings";
import { pageFromSearchParam } from "@/lib/pagination/schema";
import { meetingName } from "@/lib/meeting/facts";
import { cn } from "@/lib/utils";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePagePermission(["meeting:read", "meeting:read-invited"]);
  const page = pageFromSearchParam((await searchParams).page);
  const [result, t, locale] = await Promise.all([
    listMeetings(user.access, { page, pageSize: 20 }),
    getTranslations("meetings"),
    getLocale().then(toLocale),
  ]);
  const tMeeting = await getTranslations("meeting.form");
  const tBundle = await getTranslations("bundle.import");
  const isMemberOnly = !canAnywhere(user.access, "meeting:read");
  return (
    <>
      <PageHeader title={t("title")}>
        {canAnywhere(user.access, "meeting:manage") ? (
          <div className="flex flex-wrap gap-2">
            <Link href="/meetings/import" className={buttonVariants({ variant: "secondary" })}>
              {tBundle("title")}
            </Link>
            <Link href="/meetings/new" className={buttonVariants()}>
              {tMeeting("scheduleTitle")}
            </Link>
          </div>
        ) : null}
      </PageHeader>
      {result.total === 0 ? (
        <EmptyState title={isMemberOnly ? t("emptyMember") : t("empty")} />
      ) : (
        <>
          <Table>
            <THeadRow
              columns={[
                t("columns.meeting"),
                { label: t("columns.date"), className: WIDE_ONLY },
                { label: t("columns.venue"), className: WIDE_ONLY },
                { label: t("columns.status"), className: WIDE_ONLY },
              ]}
            />
            <TBody>
              {result.data.map((m) => (
                <TRow key={m.id}>
                  <Td>
                    <p className="text-xs font-semibold text-blue-900">
                      {meetingName(m.kind, m.sequenceNumber, locale)}
                    </p>
                    <RowLink href={`/meetings/${m.id}`}>{m.title}</RowLink>
                    <p className="text-xs text-slate-600">{m.programme.title}</p>
                    <NarrowOnly>
                      <MeetingStatusBadge status={m.status} />
                      <span>{formatDate(m.startsAt, locale, m.timeZone)}</span>
                    </NarrowOnly>
                  </Td>
                  <Td className={WIDE_ONLY}>
                    <p>{formatDate(m.startsAt, locale, m.timeZone)}</p>
                    <p className="text-xs text-slate-600">
                      {formatTimeRange(m.startsAt, m.endsAt, locale, m.timeZone)}
                    </p>
                  </Td>
                  <Td className={cn(WIDE_ONLY, "max-w-64")}>
                    <p className="line-clamp-3">{m.venue ?? (m.onlineUrl ? t("online") : "—")}</p>
                  </Td>
                  <Td className={WIDE_ONLY}>
                    <MeetingStatusBadge status={m.status} />
                  </Td>
                </TRow>
              ))}
            </TBody>
          </Table>
          <Pagination basePath="/meetings" {...result} />
        </>
      )}
    </>
  );
}
