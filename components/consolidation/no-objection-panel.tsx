// The written no-objection procedure as the secretariat follows it: not opened, running until its
// deadline, or halted by an objection (and by whom) — with the form to open it on the latest
// version when that is possible.
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { orgLabel } from "@/lib/minutes/record-schema";
import type { TReviewState } from "@/lib/minutes/review-schema";
import { OpenNoObjectionForm } from "./open-no-objection-form";
import type { TDeadlineCalendar } from "./working-days-field";

type TProps = {
  meetingId: string;
  state: TReviewState;
  /** The latest version's number. */
  latest: number;
  isAdopted: boolean;
  calendar: TDeadlineCalendar;
  locale: TLocale;
  timeZone: string;
};

/** The day a deadline instant closes (the end of that day in the zone). */
const closingDay = (closesAt: string, locale: TLocale, timeZone: string) =>
  formatDate(new Date(Date.parse(closesAt) - 1), locale, timeZone);

export async function NoObjectionPanel({
  meetingId,
  state,
  latest,
  isAdopted,
  calendar,
  locale,
  timeZone,
}: TProps) {
  const t = await getTranslations("consolidation.noObjection");
  const p = state.noObjection;
  const objectors = state.log.filter((e) => e.state === "OBJECTED");
  const isRunningOnLatest = p !== null && p.number === latest && p.haltedAt === null;
  const canOpen = !isAdopted && state.number !== null && !isRunningOnLatest;

  return (
    <Section id="no-objection-heading" title={t("heading")} intro={t("intro")} isBoxed className="space-y-3">
      {p === null ? (
        <p className="text-sm text-slate-700">{t("notOpened")}</p>
      ) : (
        <div
          className={
            p.haltedAt
              ? "space-y-1 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950"
              : "space-y-1 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-900"
          }
        >
          <p>{t("openedOn", { number: p.number, date: formatDateTime(p.openedAt, locale, timeZone) })}</p>
          <p className="font-medium">{t("deadline", { date: closingDay(p.deadline, locale, timeZone) })}</p>
          {p.haltedAt ? (
            <>
              <p className="font-medium">
                {t("halted", { date: formatDateTime(p.haltedAt, locale, timeZone) })}
              </p>
              {objectors.length > 0 ? (
                <p>
                  {t("objectedBy", {
                    organisations: objectors
                      .map((e) => orgLabel(e.organisation) ?? e.reviewers.map((r) => r.name).join(", "))
                      .join("; "),
                  })}
                </p>
              ) : null}
              {isAdopted ? null : <p>{t("haltedHelp")}</p>}
            </>
          ) : isRunningOnLatest && !isAdopted ? (
            <p>{t("running")}</p>
          ) : null}
        </div>
      )}
      {isAdopted ? null : state.number === null ? (
        <p className="text-sm text-slate-700">{t("notCirculated")}</p>
      ) : canOpen ? (
        <OpenNoObjectionForm
          meetingId={meetingId}
          number={latest}
          isReopening={p !== null}
          calendar={calendar}
        />
      ) : null}
    </Section>
  );
}
