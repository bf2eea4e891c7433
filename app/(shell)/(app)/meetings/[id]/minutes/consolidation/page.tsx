// The secretariat's consolidation of a meeting's draft minutes: the version under review and its
// deadline, the per-organisation response log, every comment (by place in the minutes or by
// organisation) with its disposition, the way to the next version and the diff, and the adoption —
// by no-objection procedure, the co-chairs' approval or at a later meeting. record:manage; the
// 404 page alike for a meeting that is missing or not theirs.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdoptionPanel } from "@/components/consolidation/adoption-panel";
import { CoChairApprovals } from "@/components/consolidation/co-chair-approvals";
import { CommentList } from "@/components/consolidation/comment-list";
import { NoObjectionPanel } from "@/components/consolidation/no-objection-panel";
import { ResponseLog } from "@/components/consolidation/response-log";
import { SubpageHeader } from "@/components/meeting/subpage-header";
import { AdoptedFingerprint } from "@/components/minutes/adopted-fingerprint";
import { Section } from "@/components/ui/section";
import { toLocale } from "@/i18n/locales";
import type { TAccess } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { meetingHeading } from "@/lib/meeting/facts";
import { getMeetingDetail } from "@/lib/meeting/service/detail";
import { getMinutesAdoption } from "@/lib/minutes/service/adoption";
import { laterMeetingsForAdoption } from "@/lib/minutes/service/adoption-options";
import { circulationOptions } from "@/lib/minutes/service/circulation-options";
import { reviewState } from "@/lib/minutes/service/consolidation";
import { listMinutesVersions } from "@/lib/minutes/service/versions";
import { meetingPageLoader, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { ClientMessages } from "@/components/i18n/client-messages";

async function loadConsolidation(access: TAccess, meetingId: string) {
  // reviewState answers 404 without record:manage in the meeting's programme: it goes first.
  const state = await reviewState(access, meetingId);
  const [meeting, versions, adoption, laterMeetings, calendar] = await Promise.all([
    getMeetingDetail(access, meetingId),
    listMinutesVersions(access, meetingId),
    getMinutesAdoption(access, meetingId),
    state.adoptionMethods.includes("AT_MEETING") ? laterMeetingsForAdoption(access, meetingId) : [],
    circulationOptions(access, meetingId),
  ]);
  return { state, meeting, versions, adoption, laterMeetings, calendar };
}

const load = meetingPageLoader("record:manage", loadConsolidation);

export const generateMetadata = meetingTitleMetadata(load, (data) => data.meeting.title);

type TProps = TMeetingPageProps & { searchParams: Promise<{ by?: string }> };

export default async function ConsolidationPage({ params, searchParams }: TProps) {
  const { data } = await load((await params).id);
  const { state, meeting: m, versions, adoption, laterMeetings, calendar } = data;
  const [t, locale] = await Promise.all([getTranslations("consolidation"), getLocale().then(toLocale)]);
  const by = (await searchParams).by === "organisation" ? "organisation" : "anchor";
  const latest = versions.data.at(-1)?.number ?? 0;
  const isAdopted = adoption !== null || m.status === "MINUTES_ADOPTED";
  const outputs = `/meetings/${m.id}/outputs`;
  // The diff worth seeing: what changed since the version under review, else its own change.
  const diff =
    state.number !== null && latest > state.number
      ? { from: state.number, to: latest }
      : latest >= 2
        ? { from: latest - 1, to: latest }
        : null;
  const organisations = state.log.filter((e) => e.organisation).length;
  const reviewers = state.log.reduce((n, e) => n + e.reviewers.length, 0);
  // A version put straight to the no-objection procedure was not circulated: its dates are the procedure's.
  const procedure = state.noObjection?.number === state.number ? state.noObjection : null;
  const isProcedureOnly = !state.circulatedAt && procedure !== null;
  const sentAt = state.circulatedAt ?? procedure?.openedAt ?? null;
  const dueDay = state.deadline
    ? formatDate(`${state.deadline}T00:00:00Z`, locale, "UTC")
    : procedure
      ? formatDate(new Date(Date.parse(procedure.deadline) - 1), locale, m.timeZone)
      : null;

  return (
    <ClientMessages namespaces={["consolidation", "errors", "minutesAdoption", "minutesReview"]}>
      <article className="space-y-8">
        <SubpageHeader
          back={{ href: `/meetings/${m.id}`, label: t("page.back") }}
          title={t("page.title")}
          subtitle={meetingHeading(m, locale)}
          className="space-y-2"
        >
          <p className="text-sm text-slate-600">{t("page.intro")}</p>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link href={`${outputs}#versions-heading`} className="font-medium text-blue-800 underline">
              {isAdopted || latest === 0 ? t("page.versionsLink") : t("page.cutLink")}
            </Link>
            {diff ? (
              <Link
                href={`${outputs}?from=${diff.from}&to=${diff.to}#versions-heading`}
                className="font-medium text-blue-800 underline"
              >
                {t("page.diffLink", diff)}
              </Link>
            ) : null}
          </p>
        </SubpageHeader>

        {adoption ? <AdoptedFingerprint adoption={adoption} locale={locale} timeZone={m.timeZone} /> : null}

        <Section id="review-heading" title={t("summary.heading")} isBoxed className="space-y-3">
          {state.number === null ? (
            <p className="text-sm text-slate-700">
              {t("summary.notCirculated")}{" "}
              {isAdopted ? null : (
                <Link href={`${outputs}#versions-heading`} className="font-medium text-blue-800 underline">
                  {t("summary.circulateLink")}
                </Link>
              )}
            </p>
          ) : (
            <>
              <dl className="grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
                <div>
                  <dt className="text-xs font-semibold uppercase text-slate-600">{t("summary.version")}</dt>
                  <dd className="text-slate-900">{t("summary.versionValue", { number: state.number })}</dd>
                </div>
                <div>
                  <dt className="text-xs font-semibold uppercase text-slate-600">
                    {isProcedureOnly ? t("summary.procedureOpenedAt") : t("summary.circulatedAt")}
                  </dt>
                  <dd className="text-slate-900">
                    {sentAt ? (
                      <time dateTime={sentAt}>{formatDateTime(sentAt, locale, m.timeZone)}</time>
                    ) : (
                      "—"
                    )}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs font-semibold uppercase text-slate-600">
                    {isProcedureOnly ? t("summary.procedureDeadline") : t("summary.deadline")}
                  </dt>
                  <dd className="text-slate-900">
                    {dueDay ? t("summary.deadlineValue", { date: dueDay }) : "—"}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs font-semibold uppercase text-slate-600">{t("summary.reviewers")}</dt>
                  <dd className="text-slate-900">
                    {t("summary.reviewersValue", { count: reviewers, organisations })}
                  </dd>
                </div>
              </dl>
              {latest > state.number && !isAdopted ? (
                <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
                  {t("summary.newerVersion", { latest })}
                </p>
              ) : null}
            </>
          )}
        </Section>

        {state.number !== null ? (
          <ResponseLog number={state.number} log={state.log} locale={locale} timeZone={m.timeZone} />
        ) : null}

        <CommentList
          meetingId={m.id}
          comments={state.comments}
          by={by}
          locale={locale}
          timeZone={m.timeZone}
          canDispose={!isAdopted}
        />

        {state.adoptionMethods.includes("NO_OBJECTION") ? (
          <NoObjectionPanel
            meetingId={m.id}
            state={state}
            latest={latest}
            isAdopted={isAdopted}
            calendar={{ today: calendar.today, holidays: calendar.holidays }}
            locale={locale}
            timeZone={m.timeZone}
          />
        ) : null}

        {state.adoptionMethods.includes("CO_CHAIRS") ? (
          <CoChairApprovals state={state} locale={locale} timeZone={m.timeZone} />
        ) : null}

        {state.adoptionMethods.includes("AT_MEETING") && !isAdopted ? (
          <AdoptionPanel
            meetingId={m.id}
            latest={latest}
            isInReview={m.status === "MINUTES_IN_REVIEW"}
            laterMeetings={laterMeetings}
            locale={locale}
          />
        ) : null}
      </article>
    </ClientMessages>
  );
}
