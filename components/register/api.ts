// The register screen's calls to the session routes under /api/register/{meetingId}.
import type { TFieldErrors } from "@/lib/errors";
import type { TAddWalkIn, TAttendanceStatus, TRegisterPage, TRegisterRow } from "@/lib/register/schema";

/** A refused request, with the server's message and field errors for the form. */
export class RegisterRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: TFieldErrors = {},
  ) {
    super(message);
  }
}

async function send<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { accept: "application/json", ...(init?.body ? { "content-type": "application/json" } : {}) },
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new RegisterRequestError(
      res.status,
      body?.error?.message ?? `Failed with ${res.status}`,
      body?.error?.fieldErrors,
    );
  }
  return body as T;
}

const base = (meetingId: string) => `/api/register/${encodeURIComponent(meetingId)}`;

export function fetchRegister(meetingId: string, q: string, page: number): Promise<TRegisterPage> {
  return send(`${base(meetingId)}?${new URLSearchParams({ q, page: String(page) })}`);
}

export function postSignIn(meetingId: string, invitationId: string): Promise<TRegisterRow> {
  return send(base(meetingId), { method: "POST", body: JSON.stringify({ action: "sign-in", invitationId }) });
}

export function postWalkIn(meetingId: string, input: TAddWalkIn): Promise<TRegisterRow> {
  return send(base(meetingId), { method: "POST", body: JSON.stringify({ ...input, action: "walk-in" }) });
}

export function patchAttendance(
  meetingId: string,
  invitationId: string,
  attendance: TAttendanceStatus | null,
  version?: string,
): Promise<TRegisterRow> {
  return send(`${base(meetingId)}/${encodeURIComponent(invitationId)}`, {
    method: "PATCH",
    body: JSON.stringify({ attendance, version }),
  });
}
