// Public check of adopted minutes, no login: /verify, or /verify?fingerprint=<hex> from a link.
// A fingerprint (or a file's SHA-256, computed in the browser) answers the meeting, the adoption
// method and date — only what the minutes' cover says — or that it is not adopted minutes here.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { VerifyForm } from "@/components/minutes/verify-form";
import { toLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format/date";
import { meetingName } from "@/lib/meeting/facts";
import type { TVerifyAnswer } from "@/lib/minutes/adoption-schema";
import { normaliseSha256 } from "@/lib/minutes/fingerprint";
import { verifyMinutes } from "@/lib/minutes/service/verify";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutesAdoption.verify"))("title") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VerifyPage({ searchParams }: TProps) {
  const asked = (await searchParams).fingerprint;
  const typed = (Array.isArray(asked) ? asked[0] : asked)?.slice(0, 200) ?? "";
  const sha256 = normaliseSha256(typed);
  const [t, tErrors, locale] = await Promise.all([
    getTranslations("minutesAdoption.verify"),
    getTranslations("minutesAdoption.errors"),
    getLocale().then(toLocale),
  ]);
  const answer = sha256 ? await verifyMinutes({ sha256 }) : null;
  const errors = typed.trim() && !sha256 ? [tErrors("badFingerprint")] : undefined;

  return (
    <ClientMessages namespaces={["minutesAdoption"]}>
      <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-10">
        <div className="flex justify-end">
          <LanguageSwitch />
        </div>
        <header className="space-y-2">
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </header>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <VerifyForm fingerprint={sha256 ?? typed} errors={errors} />
        </section>
        {answer ? <VerifyResult answer={answer} locale={locale} /> : null}
        <p className="text-sm text-slate-600">{t("reveals")}</p>
      </main>
    </ClientMessages>
  );
}

async function VerifyResult({ answer, locale }: { answer: TVerifyAnswer; locale: "en" | "id" }) {
  const t = await getTranslations("minutesAdoption");
  const { match } = answer;
  if (!match) {
    return (
      <section aria-labelledby="verify-result" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
        <h2 id="verify-result" className="font-semibold text-amber-950">
          {t("verify.notFound")}
        </h2>
      </section>
    );
  }
  const { meeting } = match;
  const rows: [string, string][] = [
    [t("verify.programme"), match.programme],
    [
      t("verify.meeting"),
      `${meetingName(meeting.kind as MeetingKind, meeting.sequenceNumber, locale)} — ${meeting.title}`,
    ],
    [t("verify.meetingDate"), formatDate(meeting.startsAt, locale, meeting.timeZone)],
    [t("verify.version"), String(match.version)],
    [t("verify.method"), t(`method.${match.method}`)],
    [t("verify.adoptedAt"), formatDate(match.adoptedAt, locale, meeting.timeZone)],
  ];
  return (
    <section
      aria-labelledby="verify-result"
      className="space-y-3 rounded-lg border border-green-300 bg-green-50 p-4"
    >
      <h2 id="verify-result" className="font-semibold text-green-950">
        {t("verify.found")}
      </h2>
      <p className="text-sm text-green-950">
        {match.file
          ? t("verify.matchedFile", {
              format: match.file.format.toUpperCase(),
              language: t(`verify.language.${match.file.lang}`),
            })
          : t("verify.matchedFingerprint")}
      </p>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-semibold text-slate-700">{t("verify.fingerprint")}</dt>
          <dd className="break-all font-mono text-slate-900">{match.fingerprint}</dd>
        </div>
      </dl>
    </section>
  );
}
