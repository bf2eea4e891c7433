// The register screen's calls to /api/v1/meetings/{id}/attendance (the signed-in session).
import { apiFetch } from "@/components/api/client";
import type { TAddWalkIn, TAttendanceStatus, TRegisterPage, TRegisterRow } from "@/lib/register/schema";

const base = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/attendance`;

export function fetchRegister(meetingId: string, q: string, page: number): Promise<TRegisterPage> {
  return apiFetch(`${base(meetingId)}?${new URLSearchParams({ q, page: String(page) })}`);
}

export function postSignIn(meetingId: string, invitationId: string): Promise<TRegisterRow> {
  return apiFetch(base(meetingId), {
    method: "POST",
    body: JSON.stringify({ action: "sign-in", invitationId }),
  });
}

export function postWalkIn(meetingId: string, input: TAddWalkIn): Promise<TRegisterRow> {
  return apiFetch(base(meetingId), { method: "POST", body: JSON.stringify({ ...input, action: "walk-in" }) });
}

export function patchAttendance(
  meetingId: string,
  invitationId: string,
  attendance: TAttendanceStatus | null,
  version?: string,
): Promise<TRegisterRow> {
  return apiFetch(`${base(meetingId)}/${encodeURIComponent(invitationId)}`, {
    method: "PATCH",
    body: JSON.stringify({ attendance, version }),
  });
}

/** The printable sign-in sheet (PDF) in the reader's language. */
export const signInSheetHref = (meetingId: string, locale: string) =>
  `/api/v1/meetings/${encodeURIComponent(meetingId)}/sign-in-sheet.pdf?lang=${locale}`;
