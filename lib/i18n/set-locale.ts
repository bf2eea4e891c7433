// Server action behind the language switch: remembers the choice in a cookie for a year.
"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";

const ZSetLocale = z.enum(LOCALES);

export async function setLocale(formData: FormData): Promise<void> {
  const parsed = ZSetLocale.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
  revalidatePath("/", "layout");
}
