// The generated documents of a meeting, as files: the formal minutes (PDF, DOCX) and the news-style
// summary (Markdown, HTML, or JSON with each sentence's source fields), made from the record as it
// is now — except adopted minutes, whose official files were rendered once at adoption and are
// served as stored, byte for byte. The API's routes send them (lib/api/download.ts).
import "server-only";
import type { TAccess } from "@/lib/auth/permissions";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToHtml, summaryToMarkdown } from "@/lib/summary/render";
import type { TSummary } from "@/lib/summary/types";
import { renderMinutesDocx } from "./docx";
import { minutesFileName } from "./file-name";
import { renderMinutesPdf } from "./pdf";
import type { TDocumentQuery, TSummaryQuery } from "./documents-query";
import { loadMeetingRecord } from "./service";
import { storedMinutesFile } from "./service/adoption";

const CONTENT_TYPE = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export type TDocumentFile = { body: Uint8Array | string; type: string; filename?: string; language: string };

/** The formal minutes in one language and format. */
export async function minutesFile(
  access: TAccess,
  meetingId: string,
  { lang }: TDocumentQuery,
  format: "pdf" | "docx",
): Promise<TDocumentFile> {
  const stored = await storedMinutesFile(access, meetingId, format, lang);
  if (stored) {
    return {
      body: stored.bytes,
      type: CONTENT_TYPE[format],
      filename: minutesFileName(stored, lang, format),
      language: lang,
    };
  }
  const record = await loadMeetingRecord(access, meetingId);
  const bytes =
    format === "pdf" ? await renderMinutesPdf(record, lang) : await renderMinutesDocx(record, lang);
  return {
    body: new Uint8Array(bytes),
    type: CONTENT_TYPE[format],
    filename: minutesFileName(record, lang, format),
    language: lang,
  };
}

/** The summary as text (Markdown or HTML), or as its sentences with their sources (JSON). */
export async function summaryFile(
  access: TAccess,
  meetingId: string,
  query: TSummaryQuery,
): Promise<TDocumentFile | { json: TSummary; language: string }> {
  const summary = composeSummary(await loadMeetingRecord(access, meetingId), query.lang);
  if (query.format === "json") return { json: summary, language: query.lang };
  return query.format === "html"
    ? { body: summaryToHtml(summary), type: "text/html; charset=utf-8", language: query.lang }
    : { body: summaryToMarkdown(summary), type: "text/markdown; charset=utf-8", language: query.lang };
}
