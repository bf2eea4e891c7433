// Request and response shapes shared by the API routes (/api/v1/people, bearer token) and the
// session routes the directory screens call (/api/directory/people), so both stay thin.
import "server-only";
import { NextResponse } from "next/server";
import { parseBody, parseQuery } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { ZImportBody, ZImportQuery, type TImportResult } from "./schema";

const MAX_CSV_CHARS = 5_000_000;

/** The CSV of an import request: a `text/csv` (or plain text) body, or JSON `{ "csv": "…" }`. */
export async function readImportRequest(request: Request): Promise<{ csv: string; dryRun: boolean }> {
  const { dryRun } = parseQuery(request, ZImportQuery);
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const csv = type.includes("application/json")
    ? (await parseBody(request, ZImportBody)).csv
    : await request.text();
  if (csv.length > MAX_CSV_CHARS) throw new AppError("BAD_REQUEST", "The file is too large");
  if (csv.trim() === "") throw AppError.validation({ csv: ["The file is empty"] });
  return { csv, dryRun };
}

/** 200 with the preview (or the result); 400 with the same rows and the per-row errors when invalid. */
export function importResponse(result: TImportResult): NextResponse {
  if (result.errors.length === 0) return NextResponse.json(result);
  const rows = new Set(result.errors.map((e) => e.row)).size;
  return NextResponse.json(
    {
      ...result,
      error: {
        code: "VALIDATION",
        message: `${rows} ${rows === 1 ? "row has" : "rows have"} errors; nothing was imported`,
      },
    },
    { status: 400 },
  );
}

export function csvResponse(csv: string): Response {
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="people-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
