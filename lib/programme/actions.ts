// Server actions behind the programme form: check the session themselves; the service checks
// programme:manage (global for create, per programme for edit) and validates with the shared schema.
"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { isAppError, type TFieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { programmeFormValues, type TCreateProgramme } from "./schema";
import { createProgramme, updateProgramme } from "./service";

export type TProgrammeActionResult =
  { ok: true; id: string } | { ok: false; message: string; fieldErrors?: TFieldErrors };

async function run(id: string | null, form: FormData): Promise<TProgrammeActionResult> {
  const t = await getTranslations("programme.errors");
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: t("UNAUTHENTICATED") };
  // Arguments of a server action come from the browser: trust nothing.
  if (id !== null && !z.string().min(1).safeParse(id).success) return { ok: false, message: t("NOT_FOUND") };
  const values = programmeFormValues(form) as TCreateProgramme;
  try {
    const actor = { userId: user.id };
    const programme = id
      ? await updateProgramme(user.access, id, values, actor)
      : await createProgramme(user.access, values, actor);
    revalidatePath("/programmes");
    revalidatePath(`/programmes/${programme.id}`);
    return { ok: true, id: programme.id };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: t(error.code), fieldErrors: error.fieldErrors };
    logger.error({ err: error, programmeId: id, userId: user.id }, "saving a programme failed");
    return { ok: false, message: t("INTERNAL") };
  }
}

export async function createProgrammeAction(form: FormData): Promise<TProgrammeActionResult> {
  return run(null, form);
}

export async function updateProgrammeAction(id: string, form: FormData): Promise<TProgrammeActionResult> {
  return run(id, form);
}
