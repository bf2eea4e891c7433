// The fingerprint of adopted minutes on the meeting page: how and when they were adopted, the
// 64-digit fingerprint printed in every page's footer, and a link to check it at /verify.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format/date";
import type { TMinutesAdoption } from "@/lib/minutes/adoption-schema";

type TProps = { adoption: TMinutesAdoption; locale: TLocale; timeZone: string };

export async function AdoptedFingerprint({ adoption, locale, timeZone }: TProps) {
  const t = await getTranslations("minutesAdoption");
  return (
    <Section id="adopted-minutes" title={t("fingerprint.label")} isBoxed>
      <p className="text-sm text-slate-700">
        {t("fingerprint.adopted", {
          date: formatDate(adoption.adoptedAt, locale, timeZone),
          method: t(`method.${adoption.method}`),
          version: adoption.version,
        })}
      </p>
      {/* Breaks anywhere, so 64 digits fit a 390 px screen. */}
      <p className="break-all font-mono text-sm text-slate-900" data-testid="minutes-fingerprint">
        {adoption.fingerprint}
      </p>
      <p className="text-sm text-slate-600">{t("fingerprint.help")}</p>
      <Link
        href={`/verify?fingerprint=${adoption.fingerprint}`}
        className="text-sm font-medium text-blue-800 underline"
      >
        {t("fingerprint.verifyLink")}
      </Link>
    </Section>
  );
}
