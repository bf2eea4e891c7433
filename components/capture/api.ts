// The capture screen's calls to the session routes under /api/capture/{meetingId}, and how each
// HTTP answer reads to the save queue (saved, invalid, conflict, gone, log in again, retry).
import type { TCaptureState } from "@/lib/meeting/capture-schema";
import type { TFieldErrors, TOperation, TRecord, TSendOutcome } from "./queue-types";

/** A refused read, with its HTTP status (401: the session expired). */
export class CaptureRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const base = (meetingId: string) => `/api/capture/${encodeURIComponent(meetingId)}`;

export async function fetchCaptureState(meetingId: string, signal?: AbortSignal): Promise<TCaptureState> {
  const res = await fetch(base(meetingId), { headers: { accept: "application/json" }, signal });
  const body = await res.json().catch(() => null);
  if (!res.ok || body === null) {
    throw new CaptureRequestError(res.status, body?.error?.message ?? `Failed with ${res.status}`);
  }
  return body as TCaptureState;
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
  const error = (body as { error?: { message?: string; fieldErrors?: TFieldErrors; current?: unknown } })
    ?.error;
  const message = error?.message ?? `HTTP ${status}`;
  if (status >= 200 && status < 300) {
    if (op.kind === "delete") return { type: "saved", record: null };
    // A 2xx without the record is not a confirmation (a proxy, a login page): try again later.
    return isRecord(body) ? { type: "saved", record: body } : { type: "retry", message };
  }
  if (status === 401) return { type: "unauthenticated" };
  if (status === 404) return { type: "gone", message };
  if (status === 409 && isRecord(error?.current))
    return { type: "conflict", message, current: error.current };
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
