// Server action behind "Enter from the paper sheet": session + meeting:manage (via the service's
// `where`), then one transaction; returns the counts or a plain message, never a raw database error.
"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { savePaperEntry } from "./paper-entry";
import type { TPaperEntry, TPaperEntryResult } from "./schema";

export type TPaperEntryState =
  { status: "saved"; result: TPaperEntryResult } | { status: "error"; code: string; message: string };

export async function savePaperEntryAction(meetingId: string, input: TPaperEntry): Promise<TPaperEntryState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", code: "UNAUTHENTICATED", message: "Please sign in again." };
  try {
    const result = await savePaperEntry(user.access, String(meetingId), input, { userId: user.id });
    revalidatePath(`/meetings/${meetingId}/register`);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: "saved", result };
  } catch (error) {
    if (isAppError(error)) return { status: "error", code: error.code, message: error.message };
    logger.error({ err: error, meetingId }, "paper entry failed");
    return {
      status: "error",
      code: "INTERNAL",
      message: "Something went wrong on our side. Please try again.",
    };
  }
}
