// /api/v1/people/import — import people from CSV (?dryRun=1 previews without saving). Each row's
// problems are answered in the caller's language, with their message keys.
import { NextResponse } from "next/server";
import type { TLocale } from "@/i18n/locales";
import { errorAnswer } from "@/lib/api/error-answer";
import { apiRoute, parseBody, parseQuery } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translateRef } from "@/lib/i18n/translate";
import { ZImportBody, ZImportQuery, type TImportOutcome, type TImportResult } from "@/lib/person/schema";
import { importPeople } from "@/lib/person/service";

const MAX_CSV_CHARS = 5_000_000;

/** The CSV of an import request: a `text/csv` (or plain text) body, or JSON `{ "csv": "…" }`. */
async function readImportRequest(request: Request): Promise<{ csv: string; dryRun: boolean }> {
  const { dryRun } = parseQuery(request, ZImportQuery);
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const csv = type.includes("application/json")
    ? (await parseBody(request, ZImportBody)).csv
    : await request.text();
  if (csv.length > MAX_CSV_CHARS) throw AppError.badRequest("people.errors.import.fileTooLarge");
  if (csv.trim() === "") throw AppError.invalidField("csv", "people.errors.import.emptyFile");
  return { csv, dryRun };
}

/** 200 with the preview (or the result); 400 with the same rows and the per-row errors when invalid. */
function importAnswer(outcome: TImportOutcome, locale: TLocale): NextResponse {
  const result: TImportResult = {
    ...outcome,
    errors: outcome.errors.map(({ row, field, key, params }) => ({
      row,
      field,
      messageKey: key,
      message: translateRef({ key, params }, locale),
      ...(params ? { params } : {}),
    })),
  };
  if (result.errors.length === 0) return NextResponse.json(result);
  const rows = new Set(result.errors.map((e) => e.row)).size;
  const error = new AppError("VALIDATION", "people.errors.import.rowsInvalid", { params: { count: rows } });
  return NextResponse.json({ ...result, error: errorAnswer(error, locale) }, { status: 400 });
}

export const POST = apiRoute("POST /api/v1/people/import", async ({ user, request }) => {
  const { csv, dryRun } = await readImportRequest(request);
  const outcome = await importPeople(user.access, csv, { dryRun }, { userId: user.id });
  return importAnswer(outcome, requestLocale(request, user.locale));
});
