// The directory screens' calls to /api/v1/people (the signed-in session).
import { ApiError, apiFetch, apiPath, errorOf } from "@/components/api/client";
import type { TPaged } from "@/lib/pagination/schema";
import type { TImportResult, TPersonSummary } from "@/lib/person/schema";

export function fetchPeople(q: string, page: number): Promise<TPaged<TPersonSummary>> {
  return apiFetch(`/people?${new URLSearchParams({ q, page: String(page) })}`);
}

export const peopleExportHref = apiPath("/people/export.csv");

/**
 * The preview or result; invalid rows come back as a 400 with the same shape (their messages in
 * the reader's language), which is not a failure here. Any other refusal is an ApiError.
 */
export async function postImport(csv: string, isDryRun: boolean): Promise<TImportResult> {
  const res = await fetch(apiPath(`/people/import${isDryRun ? "?dryRun=1" : ""}`), {
    method: "POST",
    headers: { "content-type": "text/csv; charset=utf-8", accept: "application/json" },
    body: csv,
  });
  const body = await res.json().catch(() => null);
  if (body && Array.isArray(body.rows) && Array.isArray(body.errors)) return body as TImportResult;
  const error = errorOf(body);
  throw new ApiError(res.status, error?.code ?? "INTERNAL", error?.message ?? "", error?.fieldErrors);
}
