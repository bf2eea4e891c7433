// The import screen's call to POST /api/v1/meetings/import (the signed-in session), with its
// answers sorted into what the screen shows: done, refused (every problem by path), conflict.
import { ApiError, apiPath, errorOf } from "@/components/api/client";
import type { TBundleImportResult } from "@/lib/bundle/result";

export type TBundleImportOutcome =
  | { kind: "done"; result: TBundleImportResult }
  | { kind: "refused"; problems: { path: string; message: string }[] }
  | { kind: "conflict"; message: string };

export const bundleExportHref = (meetingId: string) =>
  apiPath(`/meetings/${encodeURIComponent(meetingId)}/export`);

export async function postBundle(json: string): Promise<TBundleImportOutcome> {
  const res = await fetch(apiPath("/meetings/import"), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: json,
  });
  const body = await res.json().catch(() => null);
  if (res.status === 201 && body) return { kind: "done", result: body as TBundleImportResult };
  const error = errorOf(body);
  if (res.status === 400 && error?.fieldErrors) {
    const problems = Object.entries(error.fieldErrors).flatMap(([path, messages]) =>
      messages.map((message) => ({ path, message })),
    );
    return { kind: "refused", problems };
  }
  if (res.status === 400 && error?.message) {
    return { kind: "refused", problems: [{ path: "_form", message: error.message }] };
  }
  if (res.status === 409) return { kind: "conflict", message: error?.message ?? "" };
  throw new ApiError(res.status, error?.code ?? "INTERNAL", error?.message ?? "");
}
