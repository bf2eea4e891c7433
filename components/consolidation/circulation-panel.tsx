// The circulation part of the minutes' versions section, for the secretariat: how the latest
// version stands (circulated when, to how many, due when — with the way to the consolidation page)
// and, while the latest version has not gone out, the form to circulate it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TLocale } from "@/i18n/locales";
import type { TAccess } from "@/lib/auth/permissions";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { circulationOptions } from "@/lib/minutes/service/circulation-options";
import { reviewState } from "@/lib/minutes/service/consolidation";
import { CirculateForm } from "./circulate-form";

type TProps = {
  access: TAccess;
  meetingId: string;
  /** The latest version's number (0: no draft yet). */
  latest: number;
  isAdopted: boolean;
  locale: TLocale;
  timeZone: string;
};

export async function CirculationPanel({ access, meetingId, latest, isAdopted, locale, timeZone }: TProps) {
  if (latest === 0 || isAdopted) return null;
  const [t, state] = await Promise.all([
    getTranslations("consolidation.circulate"),
    reviewState(access, meetingId),
  ]);
  const isLatestOut = state.number === latest;
  const options = isLatestOut ? null : await circulationOptions(access, meetingId);
  const reviewers = state.log.reduce((n, entry) => n + entry.reviewers.length, 0);

  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <h3 className="text-base font-semibold text-slate-900">{t("heading")}</h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {state.number !== null ? (
        <div role="status" className="space-y-1 rounded-md border border-blue-200 bg-blue-50 p-3 text-sm">
          {state.circulatedAt && state.deadline ? (
            <p className="text-blue-950">
              {t("circulated", {
                number: state.number,
                date: formatDateTime(state.circulatedAt, locale, timeZone),
                count: reviewers,
                deadline: formatDate(`${state.deadline}T00:00:00Z`, locale, "UTC"),
              })}
            </p>
          ) : (
            <p className="text-blue-950">{t("underProcedure", { number: state.number })}</p>
          )}
          <Link
            href={`/meetings/${meetingId}/minutes/consolidation`}
            className="font-medium text-blue-800 underline"
          >
            {t("consolidationLink")}
          </Link>
        </div>
      ) : null}
      {/* Always here, so its report of who could not be e-mailed outlives the page's refresh. */}
      <CirculateForm
        key={latest}
        meetingId={meetingId}
        number={latest}
        options={
          options
            ? { groups: options.groups, calendar: { today: options.today, holidays: options.holidays } }
            : null
        }
      />
    </div>
  );
}
