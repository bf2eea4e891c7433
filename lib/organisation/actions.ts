// Server actions behind the organisation form and the merge dialog: check the session
// themselves; the service checks directory:manage and validates with the shared schemas.
"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, isAppError, type TFieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { organisationFormValues, type TCreateOrganisation } from "./schema";
import { createOrganisation, mergeOrganisation, updateOrganisation } from "./service";

export type TOrganisationActionResult =
  { ok: true; id: string } | { ok: false; message: string; fieldErrors?: TFieldErrors };

/** Ids come from the browser: anything but a non-empty string is simply not found. */
function checkedId(id: unknown): string {
  if (!z.string().min(1).safeParse(id).success) throw AppError.notFound("Organisation");
  return id as string;
}

async function guarded(
  context: Record<string, unknown>,
  work: (user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>) => Promise<string>,
): Promise<TOrganisationActionResult> {
  const t = await getTranslations("organisation.errors");
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: t("UNAUTHENTICATED") };
  try {
    const id = await work(user);
    revalidatePath("/directory");
    return { ok: true, id };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: t(error.code), fieldErrors: error.fieldErrors };
    logger.error({ err: error, ...context, userId: user.id }, "changing an organisation failed");
    return { ok: false, message: t("INTERNAL") };
  }
}

export async function saveOrganisationAction(
  id: string | null,
  form: FormData,
): Promise<TOrganisationActionResult> {
  const values = organisationFormValues(form) as TCreateOrganisation;
  return guarded({ organisationId: id }, async (user) => {
    if (id === null) return (await createOrganisation(user.access, values, { userId: user.id })).id;
    // Arguments of a server action come from the browser: the service validates `id` via its `where`.
    return (await updateOrganisation(user.access, checkedId(id), values, { userId: user.id })).id;
  });
}

export async function mergeOrganisationAction(id: string, into: string): Promise<TOrganisationActionResult> {
  return guarded({ organisationId: id, into }, async (user) => {
    const result = await mergeOrganisation(
      user.access,
      checkedId(id),
      { into: String(into) },
      { userId: user.id },
    );
    return result.kept.id;
  });
}
