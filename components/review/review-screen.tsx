// The reviewer's screen of a version of the draft minutes, the same whether reached by the personal
// link (/review/<token>) or signed in (/meetings/<id>/minutes/review): which meeting and version,
// by when their organisation answers, the no-objection procedure when one runs, their
// organisation's answer (and a co-chair's approval), and the minutes as a document to comment on.
// Once the version is adopted or superseded it is read-only and says why.
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import type { TLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format/date";
import { meetingHeading } from "@/lib/meeting/facts";
import { utcToZoned } from "@/lib/meeting/zoned-time";
import { orgLabel } from "@/lib/minutes/record-schema";
import type { TReviewPage } from "@/lib/minutes/service/review-page";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { ReviewDocument } from "./review-document";
import { ReviewEntries } from "./review-entries";
import { AnswerPanel, ApprovalPanel } from "./review-panels";
import type { TReviewTarget } from "./review-target";

type TProps = {
  page: TReviewPage;
  /** Whom the forms speak for; they show only while the version is open. */
  target: TReviewTarget;
  back?: { href: string; label: string };
};

/** "Thursday, 14 March 2024" for a calendar date "2024-03-14". */
const longDay = (date: string, locale: TLocale) => formatDate(`${date}T00:00:00Z`, locale, "UTC");

export async function ReviewScreen({ page, target, back }: TProps) {
  const { locale, meeting } = page;
  const t = await getTranslations({ locale, namespace: "reviewScreen" });
  const open = page.closed ? null : target;
  const organisation = orgLabel(page.reviewer.organisation);
  // The procedure closes at the start of the day after its deadline, in the meeting's time zone.
  const noObjectionDay = page.noObjection
    ? utcToZoned(new Date(Date.parse(page.noObjection.deadline) - 1), meeting.timeZone).date
    : null;

  return (
    <article lang={locale} className="space-y-6">
      <header className="space-y-2">
        {back ? (
          <div className="pb-2">
            <BackLink href={back.href}>{back.label}</BackLink>
          </div>
        ) : null}
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-900">
          {page.closed === "adopted" ? t("eyebrowAdopted") : t("eyebrow")}
        </p>
        <h1 className="break-words text-2xl font-semibold text-slate-900">
          {meetingHeading({ ...meeting, kind: meeting.kind as MeetingKind }, locale)}
        </h1>
        <p className="text-sm text-slate-600">{meeting.programme}</p>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone="info">{t("version", { number: page.number })}</Badge>
          {page.deadline && !page.closed ? (
            <span className="text-slate-800">{t("deadline", { date: longDay(page.deadline, locale) })}</span>
          ) : null}
        </div>
        <p className="text-sm text-slate-700">
          {organisation
            ? t("reviewingAs", { name: page.reviewer.name, organisation })
            : t("reviewingAsPerson", { name: page.reviewer.name })}
        </p>
      </header>

      {page.closed ? (
        <p
          role="status"
          className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {page.closed === "adopted"
            ? t("closed.adopted")
            : t("closed.superseded", { latest: page.latestNumber })}
        </p>
      ) : null}
      {page.noObjection && !page.closed ? (
        <p
          className={
            page.noObjection.isHalted
              ? "rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
              : "rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950"
          }
        >
          {page.noObjection.isHalted
            ? t("noObjection.halted")
            : t("noObjection.running", { date: longDay(noObjectionDay!, locale) })}
        </p>
      ) : null}
      {open ? <p className="max-w-3xl text-sm text-slate-700">{t("help")}</p> : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <aside className="space-y-4 lg:order-2">
          <AnswerPanel page={page} target={open} />
          <ApprovalPanel page={page} target={open} />
        </aside>
        <section
          aria-label={t("document.label", { number: page.number })}
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 lg:order-1"
        >
          <ReviewEntries target={open}>
            <ReviewDocument page={page} />
          </ReviewEntries>
        </section>
      </div>
    </article>
  );
}
