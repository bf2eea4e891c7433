// The directory screens' calls to the session routes under /api/directory/people.
import type { TPaged } from "@/lib/pagination/schema";
import type { TImportResult, TPersonSummary } from "@/lib/person/schema";

export async function fetchPeople(q: string, page: number): Promise<TPaged<TPersonSummary>> {
  const params = new URLSearchParams({ q, page: String(page) });
  const res = await fetch(`/api/directory/people?${params}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`Search failed with ${res.status}`);
  return res.json();
}

/** The preview or result; invalid rows come back as a 400 with the same shape, which is not a failure here. */
export async function postImport(csv: string, isDryRun: boolean): Promise<TImportResult> {
  const res = await fetch(`/api/directory/people/import${isDryRun ? "?dryRun=1" : ""}`, {
    method: "POST",
    headers: { "content-type": "text/csv; charset=utf-8", accept: "application/json" },
    body: csv,
  });
  const body = await res.json().catch(() => null);
  if (body && Array.isArray(body.rows) && Array.isArray(body.errors)) return body as TImportResult;
  const fieldErrors = body?.error?.fieldErrors as Record<string, string[]> | undefined;
  if (fieldErrors) {
    return {
      rows: [],
      isSaved: false,
      errors: Object.entries(fieldErrors).flatMap(([field, messages]) =>
        messages.map((message) => ({ row: 1, field, message })),
      ),
    };
  }
  throw new Error(`Import failed with ${res.status}`);
}
