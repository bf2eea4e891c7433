// The generated documents of one meeting: formal minutes to download (PDF, DOCX; English and
// Bahasa Indonesia), the news-style summary to preview and copy, and the meeting bundle export.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { BundleExportLink } from "@/components/bundle/export-link";
import { SummaryPreview } from "@/components/summary/summary-preview";
import { LOCALES, toLocale, type TLocale } from "@/i18n/locales";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { meetingName } from "@/lib/meeting/facts";
import { loadMeetingRecord } from "@/lib/minutes/service";
import { orNotFound } from "@/lib/page/or-not-found";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToHtml, summaryToMarkdown } from "@/lib/summary/render";
import type { TSummaryOutput } from "@/lib/summary/types";

type TParams = { params: Promise<{ id: string }> };

const loadRecord = cache(async (id: string) => {
  const user = await requirePagePermission(["meeting:read", "meeting:read-invited"]);
  return { user, record: await orNotFound(loadMeetingRecord(user.access, id)) };
});

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { record } = await loadRecord((await params).id);
  return { title: record.meeting.title };
}

function summaryOf(record: Awaited<ReturnType<typeof loadMeetingRecord>>, locale: TLocale): TSummaryOutput {
  const summary = composeSummary(record, locale);
  return { summary, markdown: summaryToMarkdown(summary), html: summaryToHtml(summary) };
}

export default async function OutputsPage({ params }: TParams) {
  const { user, record } = await loadRecord((await params).id);
  const t = await getTranslations("outputs.page");
  const tLang = await getTranslations("outputs.summary.languages");
  const locale = toLocale(await getLocale());
  const m = record.meeting;
  const canRecord = can(user.access, "record:manage", record.programme.id);
  const isEmpty =
    record.remarks.length === 0 && record.decisions.length === 0 && record.actionItems.length === 0;
  const summaries = { en: summaryOf(record, "en"), id: summaryOf(record, "id") };
  const base = `/api/v1/meetings/${encodeURIComponent(m.id)}`;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <Link href={`/meetings/${m.id}`} className="text-sm text-blue-800 underline-offset-4 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {meetingName(m.kind, m.sequenceNumber, locale)} — {m.title}
        </p>
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
      </header>

      <section
        aria-labelledby="minutes-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="minutes-heading" className="text-lg font-semibold text-slate-900">
          {t("minutesHeading")}
        </h2>
        <p className="text-sm text-slate-600">{t("minutesHelp")}</p>
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
      </section>

      <SummaryPreview summaries={summaries} />

      {can(user.access, "meeting:read", record.programme.id) ? (
        <section
          aria-labelledby="bundle-heading"
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="bundle-heading" className="text-lg font-semibold text-slate-900">
            {t("exportHeading")}
          </h2>
          <p className="text-sm text-slate-600">{t("exportHelp")}</p>
          <BundleExportLink meetingId={m.id} className="text-sm" />
        </section>
      ) : null}
    </article>
  );
}
