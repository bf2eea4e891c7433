// The import screen's call to the session route POST /api/bundle/import, with its answers sorted
// into what the screen shows: done, refused (every problem by path), conflict.
import type { TBundleImportResult } from "@/lib/bundle/result";

export type TBundleImportOutcome =
  | { kind: "done"; result: TBundleImportResult }
  | { kind: "refused"; problems: { path: string; message: string }[] }
  | { kind: "conflict"; message: string };

export async function postBundle(json: string): Promise<TBundleImportOutcome> {
  const res = await fetch("/api/bundle/import", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: json,
  });
  const body = await res.json().catch(() => null);
  if (res.status === 201 && body) return { kind: "done", result: body as TBundleImportResult };
  const fieldErrors = body?.error?.fieldErrors as Record<string, string[]> | undefined;
  if (res.status === 400 && fieldErrors) {
    const problems = Object.entries(fieldErrors).flatMap(([path, messages]) =>
      messages.map((message) => ({ path, message })),
    );
    return { kind: "refused", problems };
  }
  if (res.status === 400 && body?.error?.message) {
    return { kind: "refused", problems: [{ path: "_form", message: String(body.error.message) }] };
  }
  if (res.status === 409) return { kind: "conflict", message: String(body?.error?.message ?? "") };
  throw new Error(`Import failed with ${res.status}`);
}
