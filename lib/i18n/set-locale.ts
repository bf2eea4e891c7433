// Server action behind the language switch: remembers the choice in a cookie for a year and, for a
// signed-in user, as their own setting (the API's answers and e-mails about them follow it).
"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { runPublicAction } from "@/lib/action/run-action";
import { getCurrentUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/user/service";

const ZSetLocale = z.object({ locale: z.enum(LOCALES) });

export const setLocale = runPublicAction("choosing the language", ZSetLocale, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) await setUserLocale(user.id, locale);
  revalidatePath("/", "layout");
  return null;
});

/** The switch is a plain form (it works before JavaScript loads): its answer is the page itself. */
export async function setLocaleForm(form: FormData): Promise<void> {
  await setLocale(form);
}
