// A member's home (the page at "/"): the meetings they are invited to that are still to come, with
// their answer, the draft minutes awaiting their organisation's answer (with the deadline), and the
// last few meetings they attended, each opening its page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MeetingStatusBadge } from "@/components/meeting/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { formatDate, formatDay } from "@/lib/format/date";
import type { TMemberHome } from "@/lib/home/service";
import { meetingName } from "@/lib/meeting/facts";
import { UpcomingMeeting } from "./upcoming-meeting";

export async function MemberHome({ home, locale }: { home: TMemberHome; locale: TLocale }) {
  const t = await getTranslations("home");
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="-mt-4 mb-6 text-sm text-slate-600">{t("intro")}</p>
      {home.isLinked ? null : (
        <p role="status" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("notLinked")}
        </p>
      )}
      <div className="space-y-8">
        <Section id="home-upcoming" title={t("upcoming.heading")}>
          {home.upcoming.length === 0 ? (
            <EmptyState title={t("upcoming.empty")}>{t("upcoming.emptyHint")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {home.upcoming.map((invitation) => (
                <UpcomingMeeting key={invitation.invitationId} invitation={invitation} locale={locale} />
              ))}
            </ul>
          )}
        </Section>

        {home.reviews.length > 0 ? (
          <Section id="home-reviews" title={t("reviews.heading")}>
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {home.reviews.map((r) => (
                <li key={r.meeting.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
                  <div className="min-w-0 space-y-1">
                    <p className="text-xs font-semibold text-blue-900">
                      {meetingName(r.meeting.kind, r.meeting.sequenceNumber, locale)} ·{" "}
                      {t("reviews.version", { number: r.number })}
                    </p>
                    <p className="break-words font-medium text-slate-900">{r.meeting.title}</p>
                    <p className="text-sm text-slate-700">
                      {r.deadline
                        ? t("reviews.deadline", { date: formatDay(r.deadline, locale) })
                        : t("reviews.noDeadline")}
                      {" · "}
                      <span className={r.answer ? "text-green-800" : "font-medium text-amber-900"}>
                        {t(`reviews.answer.${r.answer ?? "none"}`)}
                      </span>
                    </p>
                  </div>
                  <Link
                    href={`/meetings/${r.meeting.id}/minutes/review`}
                    className="inline-flex items-center rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                  >
                    {t("reviews.open")}
                  </Link>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        <Section id="home-attended" title={t("attended.heading")}>
          {home.attended.length === 0 ? (
            <p className="text-sm text-slate-600">{t("attended.empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {home.attended.map((m) => (
                <li key={m.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3">
                  <div className="min-w-0">
                    <p className="text-xs font-semibold text-blue-900">
                      {meetingName(m.kind, m.sequenceNumber, locale)} ·{" "}
                      {formatDate(m.startsAt, locale, m.timeZone)}
                    </p>
                    <Link
                      href={`/meetings/${m.id}`}
                      className="break-words font-medium text-slate-900 underline-offset-4 hover:underline"
                    >
                      {m.title}
                    </Link>
                  </div>
                  <MeetingStatusBadge status={m.status} />
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm">
            <Link href="/meetings" className="font-medium text-blue-800 underline">
              {t("attended.all")}
            </Link>
          </p>
        </Section>
      </div>
    </>
  );
}
