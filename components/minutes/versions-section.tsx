// The versions of a meeting's draft minutes on its minutes page: the list (number, when, who, what
// changed), the secretariat's form to create the draft or cut the next version, and the comparison
// of two chosen versions — a plain GET form, so it works from the keyboard and without script.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/control-class";
import { Label } from "@/components/ui/label";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format/date";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { TMinutesVersionList } from "@/lib/minutes/versions-schema";
import { CutVersionForm } from "./cut-version-form";
import type { TChosenDiff } from "@/lib/minutes/service/versions";
import { VersionDiff } from "./version-diff";

type TProps = {
  meetingId: string;
  meetingStatus: MeetingStatus;
  timeZone: string;
  versions: TMinutesVersionList;
  /** The secretariat's (record:manage). */
  canCut: boolean;
  /** The comparison shown, with the versions chosen for it. */
  chosen: TChosenDiff | null;
  locale: TLocale;
  /** The secretariat's circulation for review of the latest version, under the cut form. */
  review?: ReactNode;
};

export async function VersionsSection({
  meetingId,
  meetingStatus,
  timeZone,
  versions,
  canCut,
  chosen,
  locale,
  review,
}: TProps) {
  const t = await getTranslations("minutesVersions");
  const list = versions.data;
  const latest = list.at(-1)?.number ?? 0;
  const isAdopted = versions.status === "ADOPTED" || meetingStatus === "MINUTES_ADOPTED";
  const mayDraft = latest > 0 || meetingStatus === "HELD" || meetingStatus === "MINUTES_DRAFT";

  return (
    <Section id="versions-heading" title={t("heading")} intro={t("intro")} isBoxed className="space-y-4">
      {list.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ol
          aria-label={t("list.caption")}
          className="divide-y divide-slate-100 rounded-md border border-slate-200"
        >
          {list.map((v) => (
            <li key={v.number} className="space-y-1 p-3 text-sm">
              <p className="flex flex-wrap gap-x-3 gap-y-1">
                <span className="font-semibold text-slate-900">
                  {t("list.versionLabel", { number: v.number })}
                </span>
                <span className="text-slate-700">
                  <span className="sr-only">{t("list.when")}: </span>
                  <time dateTime={v.createdAt}>{formatDateTime(v.createdAt, locale, timeZone)}</time>
                </span>
                <span className="text-slate-700">
                  {t("list.who")}: {v.createdBy?.name ?? t("list.unknownUser")}
                </span>
              </p>
              <p className="break-words text-slate-800">
                <span className="text-slate-600">{t("list.note")}: </span>
                {v.note ?? t("list.noNote")}
              </p>
            </li>
          ))}
        </ol>
      )}

      {canCut && !isAdopted ? (
        mayDraft ? (
          <CutVersionForm meetingId={meetingId} nextNumber={latest + 1} />
        ) : (
          <p className="text-sm text-slate-700">{t("notHeldYet")}</p>
        )
      ) : null}

      {review}

      {list.length > 0 ? (
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className="text-base font-semibold text-slate-900">{t("diff.heading")}</h3>
          {list.length < 2 ? (
            <p className="text-sm text-slate-700">{t("diff.needTwo")}</p>
          ) : (
            <form method="get" action="#versions-heading" className="flex flex-wrap items-end gap-3">
              {(["from", "to"] as const).map((name) => (
                <div key={name} className="space-y-1">
                  <Label htmlFor={`minutes-diff-${name}`}>{t(`diff.${name}`)}</Label>
                  <select
                    id={`minutes-diff-${name}`}
                    name={name}
                    defaultValue={String(chosen ? chosen[name] : name === "from" ? latest - 1 : latest)}
                    className={`${selectClass} w-32`}
                  >
                    {list.map((v) => (
                      <option key={v.number} value={v.number}>
                        {v.number}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <Button type="submit" variant="secondary">
                {t("diff.compare")}
              </Button>
            </form>
          )}
          {chosen?.diff ? <VersionDiff diff={chosen.diff} locale={locale} /> : null}
          {chosen && !chosen.diff ? (
            <p role="status" className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
              {t("diff.notComparable", { number: chosen.notComparable })}
            </p>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
