// The meeting page's minutes: where they stand, the documents as they are now, and — once
// adopted — their fingerprint; the versions, the summary and the review are on the minutes page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdoptedFingerprint } from "@/components/minutes/adopted-fingerprint";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { LOCALES, type TLocale } from "@/i18n/locales";
import type { TAccess } from "@/lib/auth/permissions";
import type { TMeetingDetail } from "@/lib/meeting/schema";
import { hasBeenHeld } from "@/lib/meeting/status";
import { getMinutesAdoption } from "@/lib/minutes/service/adoption";

type TProps = { access: TAccess; meeting: TMeetingDetail; locale: TLocale };

export async function MeetingMinutes({ access, meeting: m, locale }: TProps) {
  const [t, tOutputs, tLanguage] = await Promise.all([
    getTranslations("meetingPage.minutes"),
    getTranslations("outputs.page"),
    getTranslations("outputs.summary.languages"),
  ]);
  if (!hasBeenHeld(m.status)) {
    return <EmptyState title={m.status === "CANCELLED" ? t("cancelled") : t("notYet")} />;
  }
  const stage = m.status as "HELD" | "MINUTES_DRAFT" | "MINUTES_IN_REVIEW" | "MINUTES_ADOPTED";
  const adoption = m.status === "MINUTES_ADOPTED" ? await getMinutesAdoption(access, m.id) : null;
  const base = `/api/v1/meetings/${encodeURIComponent(m.id)}`;
  return (
    <div className="space-y-6">
      <p className="text-slate-900">{t(`stage.${stage}`)}</p>
      {adoption ? <AdoptedFingerprint adoption={adoption} locale={locale} timeZone={m.timeZone} /> : null}
      <Section id="minutes-documents" title={tOutputs("minutesHeading")} intro={t("download")} isBoxed>
        <ul className="flex flex-wrap gap-2">
          {(["pdf", "docx"] as const).flatMap((format) =>
            LOCALES.map((lang) => (
              <li key={`${format}-${lang}`}>
                <a
                  href={`${base}/minutes.${format}?lang=${lang}`}
                  download
                  className={buttonVariants({ variant: "secondary", size: "sm" })}
                >
                  {tOutputs("download", { format: format.toUpperCase(), language: tLanguage(lang) })}
                </a>
              </li>
            )),
          )}
        </ul>
        <p className="pt-2 text-sm text-slate-600">
          {t("more")}{" "}
          <Link
            href={`/meetings/${m.id}/outputs`}
            className="font-medium text-blue-800 underline-offset-4 hover:underline"
          >
            {tOutputs("title")}
          </Link>
        </p>
      </Section>
    </div>
  );
}
