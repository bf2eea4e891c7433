// Server actions behind the schedule and edit meeting forms: check the session, validate the
// shared form schema, convert local times to UTC and call the service (which checks meeting:manage).
"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError, type TFieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import {
  ZEditMeetingForm,
  ZScheduleMeetingForm,
  formValues,
  toCreateMeeting,
  toUpdateMeeting,
  type TMeetingFormValues,
} from "./form";
import { createMeeting, updateMeeting } from "./service";

export type TMeetingFormState = {
  values: TMeetingFormValues;
  fieldErrors?: TFieldErrors;
  message?: string;
};

// Field errors from the service speak in API fields; the form shows them under its own.
const FORM_FIELD: Record<string, string> = { startsAt: "startTime", endsAt: "endTime" };

function formFieldErrors(errors: TFieldErrors | undefined): TFieldErrors | undefined {
  if (!errors) return undefined;
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [FORM_FIELD[k] ?? k, v]));
}

async function run(
  values: TMeetingFormValues,
  context: Record<string, unknown>,
  save: (user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>) => Promise<string>,
): Promise<TMeetingFormState> {
  const t = await getTranslations("meeting.errors");
  const user = await getCurrentUser();
  if (!user) return { values, message: t("UNAUTHENTICATED") };
  let meetingId: string;
  try {
    meetingId = await save(user);
  } catch (error) {
    if (isAppError(error)) {
      // The form keeps the user's input, so the conflict message differs from the status buttons' one.
      const message =
        error.code === "VALIDATION"
          ? t("form")
          : error.code === "CONFLICT"
            ? t("formConflict")
            : t(error.code);
      return { values, message, fieldErrors: formFieldErrors(error.fieldErrors) };
    }
    logger.error({ err: error, userId: user.id, ...context }, "saving a meeting failed");
    return { values, message: t("INTERNAL") };
  }
  revalidatePath("/meetings");
  revalidatePath(`/meetings/${meetingId}`);
  redirect(`/meetings/${meetingId}?saved=1`);
}

export async function scheduleMeetingAction(_prev: TMeetingFormState, formData: FormData) {
  const values = formValues(formData);
  const parsed = ZScheduleMeetingForm.safeParse(values);
  if (!parsed.success) {
    const t = await getTranslations("meeting.errors");
    return {
      values,
      message: t("form"),
      fieldErrors: z.flattenError(parsed.error).fieldErrors as TFieldErrors,
    };
  }
  return run(values, { programmeId: parsed.data.programmeId }, async (user) => {
    const meeting = await createMeeting(user.access, toCreateMeeting(parsed.data), { userId: user.id });
    return meeting.id;
  });
}

export async function editMeetingAction(meetingId: string, _prev: TMeetingFormState, formData: FormData) {
  const values = formValues(formData);
  const t = await getTranslations("meeting.errors");
  if (!z.string().min(1).safeParse(meetingId).success) return { values, message: t("NOT_FOUND") };
  const parsed = ZEditMeetingForm.safeParse(values);
  if (!parsed.success) {
    return {
      values,
      message: t("form"),
      fieldErrors: z.flattenError(parsed.error).fieldErrors as TFieldErrors,
    };
  }
  return run(values, { meetingId }, async (user) => {
    await updateMeeting(user.access, meetingId, toUpdateMeeting(parsed.data), { userId: user.id });
    return meetingId;
  });
}
