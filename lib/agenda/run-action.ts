// The shared frame of the agenda and co-chair server actions: session first, typed errors
// translated, unexpected ones logged, the meeting's pages revalidated after a change.
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TCurrentUser } from "@/lib/user/service";
import type { TActionResult } from "./action-result";

export async function runMeetingAction(
  meetingId: unknown,
  what: string,
  change: (user: TCurrentUser, meetingId: string) => Promise<unknown>,
): Promise<TActionResult> {
  const t = await getTranslations("meeting.errors");
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: "UNAUTHENTICATED", message: t("UNAUTHENTICATED") };
  // Arguments of a server action come from the browser: trust nothing.
  const id = z.string().min(1).safeParse(meetingId);
  if (!id.success) return { ok: false, code: "NOT_FOUND", message: t("NOT_FOUND") };
  try {
    await change(user, id.data);
  } catch (error) {
    if (isAppError(error)) {
      const message =
        error.code === "VALIDATION" ? t("form") : error.code === "CONFLICT" ? error.message : t(error.code);
      return { ok: false, code: error.code, message, fieldErrors: error.fieldErrors };
    }
    logger.error({ err: error, meetingId: id.data, userId: user.id }, `${what} failed`);
    return { ok: false, code: "INTERNAL", message: t("INTERNAL") };
  }
  revalidatePath(`/meetings/${id.data}`);
  revalidatePath(`/meetings/${id.data}/agenda`);
  revalidatePath(`/meetings/${id.data}/edit`);
  return { ok: true };
}
