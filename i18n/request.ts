// next-intl request configuration: the locale comes from the cookie set by the language switch.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locales";
import { MESSAGE_FILES } from "./message-files";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const files = await Promise.all(
    MESSAGE_FILES.map(async (file) => (await import(`../messages/${locale}/${file}.json`)).default),
  );
  return { locale, timeZone: "Asia/Jakarta", messages: Object.assign({}, ...files) };
});
