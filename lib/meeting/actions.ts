// Server action behind the status buttons: checks the session itself; the service checks meeting:manage.
"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TChangeMeetingStatus } from "@/lib/meeting/schema";
import { changeMeetingStatus } from "@/lib/meeting/service";

export type TStatusActionResult = { ok: true } | { ok: false; code: string; message: string };

export async function changeMeetingStatusAction(
  meetingId: string,
  input: TChangeMeetingStatus,
): Promise<TStatusActionResult> {
  const t = await getTranslations("meeting.errors");
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: "UNAUTHENTICATED", message: t("UNAUTHENTICATED") };
  // Arguments of a server action come from the browser: trust nothing.
  if (!z.string().min(1).safeParse(meetingId).success) {
    return { ok: false, code: "NOT_FOUND", message: t("NOT_FOUND") };
  }
  try {
    // Validates `input` with ZChangeMeetingStatus and finds the meeting only among those the user may manage.
    await changeMeetingStatus(user.access, meetingId, input, { userId: user.id });
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: t(error.code) };
    logger.error({ err: error, meetingId, userId: user.id }, "changing a meeting's status failed");
    return { ok: false, code: "INTERNAL", message: t("INTERNAL") };
  }
  revalidatePath("/meetings");
  revalidatePath(`/meetings/${meetingId}`);
  return { ok: true };
}
