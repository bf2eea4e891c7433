// The capture screen's calls to /api/v1/meetings/{meetingId} (the signed-in session), and how each
// HTTP answer reads to the save queue (saved, invalid, conflict, gone, log in again, retry).
import { apiFetch, apiPath, errorOf } from "@/components/api/client";
import type { TCaptureState } from "@/lib/record/capture-schema";
import type { TOperation, TRecord, TSendOutcome } from "./queue-types";

const base = (meetingId: string) => apiPath(`/meetings/${encodeURIComponent(meetingId)}`);

/** The capture state; a refused read is an ApiError with its status (401: the session expired). */
export function fetchCaptureState(meetingId: string, signal?: AbortSignal): Promise<TCaptureState> {
  return apiFetch(`/meetings/${encodeURIComponent(meetingId)}/capture`, { signal });
}

function request(meetingId: string, op: TOperation): [string, RequestInit] {
  const url = `${base(meetingId)}/${op.entity}`;
  const one = `${url}/${encodeURIComponent(op.entityId)}`;
  const json = { accept: "application/json", "content-type": "application/json" };
  switch (op.kind) {
    case "create":
      return [url, { method: "POST", headers: json, body: JSON.stringify({ ...op.body, id: op.entityId }) }];
    case "update":
      return [
        one,
        { method: "PATCH", headers: json, body: JSON.stringify({ ...op.patch, version: op.version }) },
      ];
    case "delete":
      return [`${one}?version=${op.version}`, { method: "DELETE", headers: { accept: "application/json" } }];
  }
}

const isRecord = (value: unknown): value is TRecord =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as TRecord).id === "string" &&
  typeof (value as TRecord).version === "number";

/** Reads an HTTP answer the way the queue acts on it. Exported for the tests. */
export function toOutcome(op: TOperation, status: number, body: unknown): TSendOutcome {
  const error = errorOf(body);
  // An answer that is not the API's own (a proxy, a login page) has no message: the screen words it.
  const message = error?.message ?? "";
  if (status >= 200 && status < 300) {
    if (op.kind === "delete") return { type: "saved", record: null };
    // A 2xx without the record is not a confirmation (a proxy, a login page): try again later.
    return isRecord(body) ? { type: "saved", record: body } : { type: "retry", message };
  }
  if (status === 401) return { type: "unauthenticated" };
  if (status === 404) return { type: "gone", message };
  if (status === 409 && isRecord(error?.current)) {
    const who = error.params?.who;
    return { type: "conflict", message, current: error.current, by: typeof who === "string" ? who : null };
  }
  if (status === 408 || status === 429 || status >= 500) return { type: "retry", message };
  return { type: "invalid", message, fieldErrors: error?.fieldErrors ?? {} };
}

/** Sends one queued operation; a network failure is a retry, never a loss. */
export async function sendOperation(meetingId: string, op: TOperation): Promise<TSendOutcome> {
  const [url, init] = request(meetingId, op);
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (error) {
    return { type: "retry", message: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  return toOutcome(op, res.redirected ? 401 : res.status, body);
}
