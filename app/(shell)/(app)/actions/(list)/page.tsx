// The follow-up register: every action item the user may see (the rule in lib/auth/permissions.ts),
// filtered, sorted and paged on the server; the filter lives in the address, so it can be shared.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarFeed } from "@/components/action-item/calendar-feed";
import { RegisterFilter } from "@/components/action-item/register-filter";
import { buttonVariants } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NarrowOnly, RowLink, Table, TBody, Td, Th, THead, TRow, WIDE_ONLY } from "@/components/ui/table";
import { ActionStatusBadge } from "@/components/action-item/status-badge";
import { toLocale } from "@/i18n/locales";
import { actionRegister, actionRegisterOptions } from "@/lib/action-item/service/register";
import { calendarFeedState } from "@/lib/action-item/service/feed";
import {
  EXPORT_ROW_LIMIT,
  registerQueryFromSearchParams,
  registerSearch,
  type TActionRegisterQuery,
  type TRegisterSort,
} from "@/lib/action-item/register-schema";
import { ACTION_STATUSES } from "@/lib/action-item/schema";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDay } from "@/lib/format/date";
import { meetingName } from "@/lib/meeting/facts";
import { logger } from "@/lib/logger";
import { cn } from "@/lib/utils";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionRegister"))("title") };
}

type TSearchParams = Record<string, string | string[] | undefined>;

/** Whether the query narrows the register at all (sorting and paging do not). */
const isFiltered = (q: TActionRegisterQuery) =>
  Boolean(
    q.programmeId ||
    q.meetingId ||
    q.organisationId ||
    q.personId ||
    q.status?.length ||
    q.dueAfter ||
    q.dueBefore ||
    q.overdue,
  );

export default async function ActionsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const user = await requirePagePermission(["action:read", "action:read-own"]);
  const query = registerQueryFromSearchParams(await searchParams);
  const [result, options, t, tExport, locale, feed] = await Promise.all([
    actionRegister(user.access, query),
    actionRegisterOptions(user.access, query),
    getTranslations("actionRegister"),
    getTranslations("actionExport"),
    getLocale().then(toLocale),
    // Without the app's address (APP_URL / NEXTAUTH_URL) there is no feed to show, but a register.
    calendarFeedState(user.access).catch((err: unknown) => {
      logger.error({ err }, "the calendar feed block could not be shown");
      return null;
    }),
  ]);
  const href = (change: Partial<TActionRegisterQuery>) =>
    `/actions${registerSearch({ ...query, page: 1, ...change })}`;
  // The export keeps the filter and the sort; it holds every page.
  const exportSearch = registerSearch({ ...query, page: 1, pageSize: undefined });
  const exportHref = (format: "csv" | "xlsx") =>
    `/api/v1/action-items${exportSearch ? `${exportSearch}&` : "?"}format=${format}`;
  // The programme beside each meeting only where the register can hold more than one programme.
  const showsProgramme = !query.programmeId && options.programmes.length > 1;
  const countTotal = ACTION_STATUSES.reduce((n, s) => n + result.counts[s], 0);
  const activeStatus = query.status?.length === 1 ? query.status[0] : query.status?.length ? null : "all";

  const sortHeader = (sort: TRegisterSort, label: string, className?: string) => {
    const isActive = query.sort === sort;
    const next = isActive && query.order === "asc" ? "desc" : "asc";
    return (
      <Th
        aria-sort={isActive ? (query.order === "asc" ? "ascending" : "descending") : "none"}
        className={className}
      >
        <Link
          href={href({ sort, order: next })}
          className="inline-flex items-center gap-1 underline-offset-4 hover:underline"
        >
          {label}
          {isActive ? (
            <>
              <span aria-hidden="true">{query.order === "asc" ? "▲" : "▼"}</span>
              <span className="sr-only">
                ({query.order === "asc" ? t("sortAscending") : t("sortDescending")})
              </span>
            </>
          ) : null}
        </Link>
      </Th>
    );
  };

  return (
    <ClientMessages namespaces={["actionFeed"]}>
      <>
        <PageHeader title={t("title")}>
          <Link
            href={`/actions/accountability${query.programmeId ? `?programmeId=${encodeURIComponent(query.programmeId)}` : ""}`}
            className={buttonVariants({ variant: "secondary", size: "sm" })}
          >
            {t("accountability")}
          </Link>
        </PageHeader>
        <p className="-mt-3 mb-4 text-sm text-slate-600">{t("intro")}</p>
        <RegisterFilter query={query} options={options} locale={locale} />
        <nav aria-label={t("counts.label")} className="mb-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            <li>
              <Link
                href={href({ status: undefined })}
                aria-current={activeStatus === "all" ? "true" : undefined}
                className={countClass(activeStatus === "all")}
              >
                {t("counts.all", { count: countTotal })}
              </Link>
            </li>
            {ACTION_STATUSES.map((s) => (
              <li key={s}>
                <Link
                  href={href({ status: [s] })}
                  aria-current={activeStatus === s ? "true" : undefined}
                  className={countClass(activeStatus === s)}
                >
                  {t("counts.status", { status: t(`status.${s}`), count: result.counts[s] })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {result.total > 0 ? (
          <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
            {result.total > EXPORT_ROW_LIMIT ? (
              <p className="text-slate-600">
                {tExport("tooMany", { total: result.total, max: EXPORT_ROW_LIMIT })}
              </p>
            ) : (
              <>
                <a
                  href={exportHref("csv")}
                  download
                  className={buttonVariants({ variant: "secondary", size: "sm" })}
                >
                  {tExport("csv")}
                </a>
                <a
                  href={exportHref("xlsx")}
                  download
                  className={buttonVariants({ variant: "secondary", size: "sm" })}
                >
                  {tExport("xlsx")}
                </a>
                <span className="text-slate-600">{tExport("hint")}</span>
              </>
            )}
          </div>
        ) : null}
        {result.total === 0 ? (
          isFiltered(query) ? (
            <EmptyState title={t("emptyFiltered")}>
              <p>{t("emptyFilteredHint")}</p>
              <Link href="/actions" className="mt-2 inline-block text-blue-800 underline">
                {t("filter.reset")}
              </Link>
            </EmptyState>
          ) : (
            <EmptyState title={t("empty")}>
              <p>{t("emptyHint")}</p>
            </EmptyState>
          )
        ) : (
          <>
            <Table>
              <caption className="sr-only">{t("caption", { total: result.total })}</caption>
              <THead>
                <tr>
                  {sortHeader("reference", t("columns.action"))}
                  {sortHeader("owner", t("columns.owner"), WIDE_ONLY)}
                  {sortHeader("due", t("columns.due"))}
                  {sortHeader("status", t("columns.status"), WIDE_ONLY)}
                  <Th className={WIDE_ONLY}>{t("columns.meeting")}</Th>
                </tr>
              </THead>
              <TBody>
                {result.data.map((a) => {
                  const owner = a.ownerOrganisation?.acronym ?? a.ownerOrganisation?.name ?? null;
                  return (
                    <TRow key={a.id}>
                      <Td className="sm:min-w-48">
                        <RowLink href={`/actions/${a.id}`} className="block">
                          <span className="block font-mono text-xs font-semibold text-blue-900">
                            {a.reference}
                          </span>
                          <span>{a.title}</span>
                        </RowLink>
                        <NarrowOnly>
                          <ActionStatusBadge status={a.status} />
                          {owner ? <span>{owner}</span> : null}
                        </NarrowOnly>
                      </Td>
                      <Td className={WIDE_ONLY}>
                        <p>{owner ?? "—"}</p>
                        {a.ownerPerson ? (
                          <p className="text-xs text-slate-600">{a.ownerPerson.name}</p>
                        ) : null}
                      </Td>
                      <Td>
                        {/* The badge goes under the date on a phone, beside it on a wider screen. */}
                        <span className="whitespace-nowrap">
                          {a.dueDate ? formatDay(a.dueDate, locale) : "—"}
                        </span>
                        {a.isOverdue ? (
                          <Badge tone="danger" className="mt-1 flex w-fit sm:mt-0 sm:ml-2 sm:inline-flex">
                            {t("overdue")}
                          </Badge>
                        ) : null}
                      </Td>
                      <Td className={WIDE_ONLY}>
                        <ActionStatusBadge status={a.status} />
                      </Td>
                      <Td className={cn(WIDE_ONLY, "text-xs text-slate-700")}>
                        <p>{meetingName(a.meeting.kind, a.meeting.sequenceNumber, locale)}</p>
                        {showsProgramme ? <p className="text-slate-600">{a.programme.title}</p> : null}
                      </Td>
                    </TRow>
                  );
                })}
              </TBody>
            </Table>
            <Pagination basePath={`/actions${registerSearch({ ...query, page: 1 })}`} {...result} />
          </>
        )}
        {feed ? <CalendarFeed initial={feed} locale={locale} /> : null}
      </>
    </ClientMessages>
  );
}

const countClass = (isActive: boolean) =>
  cn(
    "inline-block rounded-full border px-3 py-1 underline-offset-4 hover:underline",
    isActive ? "border-blue-800 bg-blue-800 text-white" : "border-slate-300 bg-white text-slate-800",
  );
