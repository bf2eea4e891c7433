// Server actions for invitations: the RSVP form (no login: the signed token is the credential,
// verified again on every submission) and the secretariat's invite panel (session + meeting:manage).
"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { ZRsvpResponse } from "./schema";
import { inviteToMeeting, personNames, respond } from "./service";

export type TRsvpFormState =
  | { status: "idle" }
  | { status: "saved"; response: "ACCEPTED" | "DECLINED" | "DELEGATED"; delegateMailed: boolean }
  | { status: "error"; code: string; fieldErrors?: Record<string, string[]> };

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};

/** Form fields → the RSVP answer the service validates with ZRsvpResponse. */
function answerFrom(form: FormData): unknown {
  const response = text(form, "response");
  if (response !== "DELEGATED") return { response };
  return {
    response,
    delegate: {
      name: text(form, "name") ?? "",
      email: text(form, "email") ?? "",
      position: text(form, "position") || undefined,
    },
  };
}

/** Per-field message keys for the colleague's name and e-mail, shown under each field. */
function delegateFieldErrors(answer: unknown): Record<string, string[]> | null {
  const parsed = ZRsvpResponse.safeParse(answer);
  if (parsed.success) return null;
  const delegate = (answer as { delegate?: { name: string; email: string } }).delegate;
  if (!delegate) return { response: ["responseRequired"] };
  const errors: Record<string, string[]> = {};
  if (delegate.name.trim().length < 2) errors.name = ["nameRequired"];
  if (!z.email().safeParse(delegate.email.trim()).success) errors.email = ["emailInvalid"];
  return Object.keys(errors).length > 0 ? errors : { position: ["positionTooLong"] };
}

export async function respondAction(
  token: string,
  _previous: TRsvpFormState,
  form: FormData,
): Promise<TRsvpFormState> {
  if (!z.string().min(1).max(200).safeParse(token).success) return { status: "error", code: "NOT_FOUND" };
  const answer = answerFrom(form);
  const invalid = delegateFieldErrors(answer);
  if (invalid) return { status: "error", code: "VALIDATION", fieldErrors: invalid };
  try {
    const result = await respond(token, answer);
    revalidatePath(`/rsvp/${token}`);
    return { status: "saved", response: result.rsvp, delegateMailed: result.delegateMailed };
  } catch (error) {
    if (isAppError(error)) {
      return { status: "error", code: error.code, fieldErrors: error.fieldErrors };
    }
    logger.error({ err: error }, "saving an RSVP answer failed");
    return { status: "error", code: "INTERNAL" };
  }
}

export type TInviteActionResult =
  | {
      ok: true;
      invited: number;
      skipped: number;
      mailed: number;
      failed: { personId: string; email: string; name: string }[];
    }
  | { ok: false; code: string; fieldErrors?: Record<string, string[]> };

const ZInviteActionArgs = z.object({
  meetingId: z.string().trim().min(1).max(64),
  personIds: z.array(z.string().trim().min(1).max(64)).max(500),
  organisationIds: z.array(z.string().trim().min(1).max(64)).max(500),
});

/** The invite panel's "Send invitations": session and meeting:manage are checked here and in the service. */
export async function inviteAction(input: {
  meetingId: string;
  personIds: string[];
  organisationIds: string[];
}): Promise<TInviteActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = ZInviteActionArgs.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: "VALIDATION", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { meetingId, personIds, organisationIds } = parsed.data;
  try {
    // The service validates with ZInviteToMeeting and finds the meeting only among those the user may manage.
    const result = await inviteToMeeting(
      user.access,
      meetingId,
      { personIds, organisationIds },
      { userId: user.id },
    );
    const names = await personNames(result.failed.map((f) => f.personId));
    revalidatePath(`/meetings/${meetingId}`);
    return {
      ok: true,
      ...result,
      failed: result.failed.map((f) => ({ ...f, name: names.get(f.personId) ?? f.email })),
    };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
    logger.error({ err: error, meetingId, userId: user.id }, "inviting to a meeting failed");
    return { ok: false, code: "INTERNAL" };
  }
}
