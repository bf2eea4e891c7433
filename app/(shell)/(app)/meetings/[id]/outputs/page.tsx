// The generated documents of one meeting: formal minutes to download (PDF, DOCX; English and
// Bahasa Indonesia), the versions of the draft minutes with the differences between two of them,
// the news-style summary to preview and copy, and the meeting bundle export.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BundleExportLink } from "@/components/bundle/export-link";
import { CirculationPanel } from "@/components/consolidation/circulation-panel";
import { SubpageHeader } from "@/components/meeting/subpage-header";
import { VersionsSection } from "@/components/minutes/versions-section";
import { SummaryPreview } from "@/components/summary/summary-preview";
import { Section } from "@/components/ui/section";
import { LOCALES, toLocale, type TLocale } from "@/i18n/locales";
import { can } from "@/lib/auth/permissions";
import { meetingName } from "@/lib/meeting/facts";
import { localiseRecord, recordLanguageOf } from "@/lib/minutes/localise";
import { loadMeetingRecord } from "@/lib/minutes/service";
import { chosenDiff, listMinutesVersions } from "@/lib/minutes/service/versions";
import { meetingPageLoader, meetingTitleMetadata, type TMeetingPageProps } from "@/lib/page/meeting-page";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToHtml, summaryToMarkdown } from "@/lib/summary/render";
import type { TSummaryOutput } from "@/lib/summary/types";
import { ClientMessages } from "@/components/i18n/client-messages";

const loadRecord = meetingPageLoader(["meeting:read", "meeting:read-invited"], loadMeetingRecord);

export const generateMetadata = meetingTitleMetadata(loadRecord, (record) => record.meeting.title);

function summaryOf(record: Awaited<ReturnType<typeof loadMeetingRecord>>, locale: TLocale): TSummaryOutput {
  const summary = composeSummary(record, locale);
  return { summary, markdown: summaryToMarkdown(summary), html: summaryToHtml(summary) };
}

type TProps = TMeetingPageProps & { searchParams: Promise<{ from?: string; to?: string }> };

export default async function OutputsPage({ params, searchParams }: TProps) {
  const { user, data: record } = await loadRecord((await params).id);
  const t = await getTranslations("outputs.page");
  const tLang = await getTranslations("outputs.summary.languages");
  const locale = toLocale(await getLocale());
  const m = record.meeting;
  const canRecord = can(user.access, "record:manage", record.programme.id);
  const isEmpty =
    record.remarks.length === 0 && record.decisions.length === 0 && record.actionItems.length === 0;
  const summaries = { en: summaryOf(record, "en"), id: summaryOf(record, "id") };
  const base = `/api/v1/meetings/${encodeURIComponent(m.id)}`;
  const versions = await listMinutesVersions(user.access, m.id);
  const chosen = await chosenDiff(user.access, versions, await searchParams);

  return (
    <ClientMessages
      namespaces={[
        "consolidation",
        "errors",
        "minutesAdoption",
        "minutesReview",
        "minutesVersions",
        "outputs",
      ]}
    >
      <article className="space-y-8">
        <SubpageHeader
          back={{ href: `/meetings/${m.id}`, label: t("back") }}
          title={t("title")}
          subtitle={`${meetingName(m.kind, m.sequenceNumber, locale)} — ${m.title}`}
          className="space-y-2"
        >
          <p className="text-sm text-slate-600">{t("intro")}</p>
          {isEmpty ? (
            <p
              role="status"
              className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
            >
              {t("emptyRecord")}{" "}
              {canRecord ? (
                <Link href={`/meetings/${m.id}/capture`} className="font-medium underline">
                  {t("capture")}
                </Link>
              ) : null}
            </p>
          ) : null}
        </SubpageHeader>

        <Section
          id="minutes-heading"
          title={t("minutesHeading")}
          intro={t("minutesHelp")}
          isBoxed
          className="space-y-3"
        >
          <ul className="flex flex-wrap gap-3">
            {(["pdf", "docx"] as const).flatMap((format) =>
              LOCALES.map((lang) => (
                <li key={`${format}-${lang}`}>
                  <a
                    href={`${base}/minutes.${format}?lang=${lang}`}
                    download
                    className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-900 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                  >
                    {t("download", { format: format.toUpperCase(), language: tLang(lang) })}
                  </a>
                </li>
              )),
            )}
          </ul>
          <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
            <p className="font-medium">{t("languages.heading")}</p>
            <ul className="mt-1 space-y-1">
              {LOCALES.map((lang) => {
                const count = localiseRecord(record, lang).fallbacks.length;
                return (
                  <li key={lang}>
                    {lang === recordLanguageOf(record)
                      ? t("languages.recordLanguage", { language: tLang(lang) })
                      : count === 0
                        ? t("languages.complete", { language: tLang(lang) })
                        : t("languages.fallbacks", { language: tLang(lang), count })}
                  </li>
                );
              })}
            </ul>
          </div>
        </Section>

        <VersionsSection
          meetingId={m.id}
          meetingStatus={m.status}
          timeZone={m.timeZone}
          versions={versions}
          canCut={canRecord}
          chosen={chosen}
          locale={locale}
          review={
            canRecord ? (
              <CirculationPanel
                access={user.access}
                meetingId={m.id}
                latest={versions.data.at(-1)?.number ?? 0}
                isAdopted={versions.status === "ADOPTED" || m.status === "MINUTES_ADOPTED"}
                locale={locale}
                timeZone={m.timeZone}
              />
            ) : null
          }
        />

        <SummaryPreview summaries={summaries} />

        {can(user.access, "meeting:read", record.programme.id) ? (
          <Section id="bundle-heading" title={t("exportHeading")} intro={t("exportHelp")} isBoxed>
            <BundleExportLink meetingId={m.id} className="text-sm" />
          </Section>
        ) : null}
      </article>
    </ClientMessages>
  );
}
