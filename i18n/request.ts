// next-intl request configuration: the locale comes from the cookie set by the language switch,
// unless a page asks for another explicitly (`getTranslations({ locale })`: the RSVP page speaks the
// invitee's language to a visitor who has not chosen one).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_TIME_ZONE } from "@/lib/meeting/zoned-time";
import { SCREEN_MESSAGES } from "./catalogue";
import { LOCALE_COOKIE, toLocale } from "./locales";

export default getRequestConfig(async ({ locale: requested }) => {
  const locale = toLocale(requested ?? (await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, timeZone: DEFAULT_TIME_ZONE, messages: SCREEN_MESSAGES[locale] };
});
