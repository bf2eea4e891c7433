// The generated documents of a meeting as downloads (/api/v1/meetings/{id}/minutes.pdf|.docx and
// /summary, for a token or the screens' session): formal minutes (PDF, DOCX) and the summary.
import "server-only";
import type { TAccess } from "@/lib/auth/permissions";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToHtml, summaryToMarkdown } from "@/lib/summary/render";
import { renderMinutesDocx } from "./docx";
import { minutesFileName } from "./file-name";
import { renderMinutesPdf } from "./pdf";
import type { TDocumentQuery, TSummaryQuery } from "./documents-query";
import { loadMeetingRecord } from "./service";

const CONTENT_TYPE = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** The formal minutes as a download, generated from the record as it is now. */
export async function minutesResponse(
  access: TAccess,
  meetingId: string,
  { lang }: TDocumentQuery,
  format: "pdf" | "docx",
): Promise<Response> {
  const record = await loadMeetingRecord(access, meetingId);
  const bytes =
    format === "pdf" ? await renderMinutesPdf(record, lang) : await renderMinutesDocx(record, lang);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": CONTENT_TYPE[format],
      "content-disposition": `attachment; filename="${minutesFileName(record, lang, format)}"`,
      "content-language": lang,
      "cache-control": "private, no-store",
    },
  });
}

/** The news-style summary as Markdown, HTML or JSON with each sentence's source fields. */
export async function summaryResponse(
  access: TAccess,
  meetingId: string,
  query: TSummaryQuery,
): Promise<Response> {
  const summary = composeSummary(await loadMeetingRecord(access, meetingId), query.lang);
  const headers = { "content-language": query.lang, "cache-control": "private, no-store" };
  if (query.format === "json") return Response.json(summary, { headers });
  const [body, type] =
    query.format === "html"
      ? [summaryToHtml(summary), "text/html"]
      : [summaryToMarkdown(summary), "text/markdown"];
  return new Response(body, { headers: { ...headers, "content-type": `${type}; charset=utf-8` } });
}
