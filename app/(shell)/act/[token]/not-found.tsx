// What a tampered, expired, revoked or no-longer-owner update link shows (with status 404): a clear
// word in both languages — whose language the link was for is not known — and no login prompt.
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, toLocale } from "@/i18n/locales";

export default async function InvalidActionLink() {
  const current = toLocale(await getLocale());
  const languages = [current, ...LOCALES.filter((l) => l !== current)];
  const texts = await Promise.all(
    languages.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: "actionLink.invalid" }),
    })),
  );
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-blue-900">404</p>
      {texts.map(({ locale, t }, i) => (
        <div key={locale} lang={locale} className={i === 0 ? "" : "mt-8 border-t border-slate-200 pt-8"}>
          {i === 0 ? (
            <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
          ) : (
            <p className="text-xl font-semibold">{t("title")}</p>
          )}
          <p className="mt-2 text-slate-600">{t("text")}</p>
        </div>
      ))}
    </main>
  );
}
