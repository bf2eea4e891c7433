// Accountability: one programme's action items by organisation and over its meetings, each as a
// chart with its table beside it (the table is what screen readers and printers read). Counts link
// to the register filtered to those items.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MeetingChart, OrganisationChart } from "@/components/action-item/accountability-charts";
import { buttonVariants } from "@/components/ui/button";
import { selectClass } from "@/components/ui/control-class";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import { ZAccountabilityQuery, type TAccountabilityCounts } from "@/lib/action-item/accountability-schema";
import { meetingCode } from "@/lib/action-item/reference";
import { registerSearch } from "@/lib/action-item/register-schema";
import { accountabilityProgrammes, programmeAccountability } from "@/lib/action-item/service/accountability";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDay } from "@/lib/format/date";
import { meetingName } from "@/lib/meeting/facts";
import { utcToZoned } from "@/lib/meeting/zoned-time";
import { orNotFound } from "@/lib/page/or-not-found";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionAccountability"))("title") };
}

type TSearchParams = Record<string, string | string[] | undefined>;

const OPEN: ActionStatus[] = ["OPEN", "IN_PROGRESS", "REPORTED_DONE"];
const num = "text-right tabular-nums";

export default async function AccountabilityPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const user = await requirePagePermission(["action:read", "action:read-own"]);
  const raw = await searchParams;
  const query = ZAccountabilityQuery.safeParse({
    programmeId: typeof raw.programmeId === "string" ? raw.programmeId : undefined,
  });
  const [programmes, t, locale, format] = await Promise.all([
    accountabilityProgrammes(user.access),
    getTranslations("actionAccountability"),
    getLocale().then(toLocale),
    getFormatter(),
  ]);
  // "12.5" in English, "12,5" in Indonesian.
  const median = (value: number | null) => (value === null ? t("totals.none") : format.number(value));
  const programmeId = (query.success ? query.data.programmeId : undefined) ?? programmes[0]?.id;
  if (!programmeId) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("noProgrammes")}>
          <p>{t("noProgrammesHint")}</p>
        </EmptyState>
      </>
    );
  }
  const data = await orNotFound(programmeAccountability(user.access, programmeId));
  const day = (d: string) => formatDay(d, locale);
  const register = (change: Record<string, unknown>) =>
    `/actions${registerSearch({ page: 1, sort: "due", order: "asc", programmeId, ...change })}`;
  const figure = (count: number, href: string | null, label: string, organisation: string) =>
    count > 0 && href ? (
      <Link
        href={href}
        className="text-blue-800 underline underline-offset-4 hover:text-blue-950"
        aria-label={t("linkHint", { count, label, organisation })}
      >
        {count}
      </Link>
    ) : (
      count
    );
  const orgName = (o: { name: string; acronym: string | null } | null) =>
    o ? (o.acronym ? `${o.acronym} — ${o.name}` : o.name) : t("byOrganisation.noOwner");
  const countsCells = (c: TAccountabilityCounts, organisationId: string | null | undefined, name: string) => {
    // A row without an owner cannot be filtered in the register; the totals row filters no owner.
    const href = (change: Record<string, unknown>) =>
      organisationId === null ? null : register({ organisationId: organisationId ?? undefined, ...change });
    const tb = (k: string) => t(`byOrganisation.${k}` as "byOrganisation.open");
    return (
      <>
        <Td className={num}>{figure(c.total, href({}), tb("total"), name)}</Td>
        <Td className={num}>{figure(c.open, href({ status: OPEN }), tb("open"), name)}</Td>
        <Td className={num}>{figure(c.overdue, href({ overdue: true }), tb("overdue"), name)}</Td>
        <Td className={num}>{c.doneOnTime}</Td>
        <Td className={num}>{c.doneLate}</Td>
        <Td className={num}>{figure(c.dropped, href({ status: ["DROPPED"] }), tb("dropped"), name)}</Td>
        <Td className={num}>{median(c.medianDaysOverdue)}</Td>
        <Td className="whitespace-nowrap">
          {c.oldestOverdue ? (
            <Link
              href={`/actions/${c.oldestOverdue.id}`}
              className="text-blue-800 underline underline-offset-4 hover:text-blue-950"
            >
              {t("byOrganisation.oldestValue", {
                reference: c.oldestOverdue.reference,
                days: c.oldestOverdue.daysOverdue,
              })}
            </Link>
          ) : (
            t("totals.none")
          )}
        </Td>
      </>
    );
  };

  return (
    <ClientMessages namespaces={["actionAccountability"]}>
      <>
        <PageHeader title={t("title")}>
          <Link href={register({})} className={buttonVariants({ variant: "secondary", size: "sm" })}>
            {t("register")}
          </Link>
        </PageHeader>
        <p className="-mt-3 mb-4 text-sm text-slate-600">{t("intro", { today: day(data.today) })}</p>
        <form
          method="get"
          action="/actions/accountability"
          className="mb-6 flex flex-wrap items-end gap-2 print:hidden"
        >
          <div className="min-w-0 flex-1 space-y-1 sm:max-w-md">
            <label htmlFor="programmeId" className="text-sm font-medium text-slate-800">
              {t("programme")}
            </label>
            <select id="programmeId" name="programmeId" defaultValue={programmeId} className={selectClass}>
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonVariants()}>
            {t("show")}
          </button>
        </form>
        <h2 className="sr-only">{t("totals.label")}</h2>
        <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {(
            [
              ["open", data.totals.open],
              ["overdue", data.totals.overdue],
              ["doneOnTime", data.totals.doneOnTime],
              ["doneLate", data.totals.doneLate],
              ["median", median(data.totals.medianDaysOverdue)],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="rounded-lg border border-slate-200 bg-white p-3">
              <dt className="text-xs font-medium text-slate-600">{t(`totals.${key}`)}</dt>
              <dd
                className={`mt-1 text-2xl font-semibold tabular-nums ${key === "overdue" && data.totals.overdue > 0 ? "text-red-800" : "text-slate-900"}`}
              >
                {value}
              </dd>
            </div>
          ))}
        </dl>
        {data.totals.total === 0 ? (
          <EmptyState title={t("empty")}>
            <p>{t("emptyHint")}</p>
          </EmptyState>
        ) : (
          <div className="space-y-10">
            <Section id="by-organisation" title={t("byOrganisation.title")} intro={t("byOrganisation.intro")}>
              <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
                <OrganisationChart
                  rows={data.organisations.map((o) => ({
                    label: o.organisation
                      ? (o.organisation.acronym ?? o.organisation.name)
                      : t("byOrganisation.noOwner"),
                    overdue: o.overdue,
                    openNotOverdue: o.open - o.overdue,
                    doneOnTime: o.doneOnTime,
                    doneLate: o.doneLate,
                  }))}
                />
                <Table>
                  <caption className="sr-only">{t("byOrganisation.caption")}</caption>
                  <THead>
                    <tr>
                      <Th>{t("byOrganisation.organisation")}</Th>
                      {(
                        [
                          "total",
                          "open",
                          "overdue",
                          "doneOnTime",
                          "doneLate",
                          "dropped",
                          "median",
                          "oldest",
                        ] as const
                      ).map((k) => (
                        <Th key={k} className={k === "oldest" ? undefined : num}>
                          {t(`byOrganisation.${k}`)}
                        </Th>
                      ))}
                    </tr>
                  </THead>
                  <TBody>
                    {data.organisations.map((o) => (
                      <tr key={o.organisation?.id ?? "none"}>
                        <Th scope="row" className="font-medium text-slate-900">
                          {orgName(o.organisation)}
                        </Th>
                        {countsCells(o, o.organisation?.id ?? null, orgName(o.organisation))}
                      </tr>
                    ))}
                    <tr className="bg-slate-50 font-semibold">
                      <Th scope="row">{t("byOrganisation.allOrganisations")}</Th>
                      {countsCells(data.totals, undefined, t("byOrganisation.allOrganisations"))}
                    </tr>
                  </TBody>
                </Table>
              </div>
            </Section>
            <Section id="by-meeting" title={t("byMeeting.title")} intro={t("byMeeting.intro")}>
              {data.meetings.length === 0 ? (
                <p className="text-sm text-slate-600">{t("byMeeting.empty")}</p>
              ) : (
                <div className="grid gap-4 xl:grid-cols-2">
                  <MeetingChart
                    rows={data.meetings.map((m) => ({
                      label: meetingCode(m.meeting),
                      raised: m.raised,
                      closed: m.closed,
                    }))}
                  />
                  <Table>
                    <caption className="sr-only">{t("byMeeting.caption")}</caption>
                    <THead>
                      <tr>
                        <Th>{t("byMeeting.meeting")}</Th>
                        <Th>{t("byMeeting.date")}</Th>
                        <Th className={num}>{t("byMeeting.raised")}</Th>
                        <Th className={num}>{t("byMeeting.closed")}</Th>
                        <Th className={num}>{t("byMeeting.stillOpen")}</Th>
                      </tr>
                    </THead>
                    <TBody>
                      {data.meetings.map((m) => (
                        <tr key={m.meeting.id}>
                          <Th scope="row" className="font-medium text-slate-900">
                            <Link
                              href={`/meetings/${m.meeting.id}`}
                              className="text-blue-800 underline underline-offset-4 hover:text-blue-950"
                            >
                              {meetingName(m.meeting.kind, m.meeting.sequenceNumber, locale)}
                            </Link>
                          </Th>
                          <Td className="whitespace-nowrap">
                            {day(utcToZoned(new Date(m.meeting.startsAt), m.meeting.timeZone).date)}
                          </Td>
                          <Td className={num}>
                            {figure(
                              m.raised,
                              register({ meetingId: m.meeting.id }),
                              t("byMeeting.raised"),
                              meetingName(m.meeting.kind, m.meeting.sequenceNumber, locale),
                            )}
                          </Td>
                          <Td className={num}>{m.closed}</Td>
                          <Td className={num}>
                            {figure(
                              m.stillOpen,
                              register({ meetingId: m.meeting.id, status: OPEN }),
                              t("byMeeting.stillOpen"),
                              meetingName(m.meeting.kind, m.meeting.sequenceNumber, locale),
                            )}
                          </Td>
                        </tr>
                      ))}
                    </TBody>
                  </Table>
                </div>
              )}
            </Section>
          </div>
        )}
      </>
    </ClientMessages>
  );
}
