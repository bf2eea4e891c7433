// What a password-less link that does not open shows (with status 404) — tampered, expired,
// revoked, or no longer its person's: a clear word in both languages (whose language the link was
// for is not known), the page's language first, and no login prompt. Each link page's not-found.tsx
// names its own wording.
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, toLocale } from "@/i18n/locales";

type TNamespace = "actionLink.invalid" | "reviewScreen.invalid" | "digestUnsubscribe.invalid";

export async function InvalidLink({ namespace }: { namespace: TNamespace }) {
  const current = toLocale(await getLocale());
  const languages = [current, ...LOCALES.filter((l) => l !== current)];
  const texts = await Promise.all(
    languages.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace }) })),
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
