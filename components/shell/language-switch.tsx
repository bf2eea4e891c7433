// English / Bahasa Indonesia switch: a plain form, so it works before JavaScript loads. A page shown
// in another language than the app's (the RSVP page, in its invitee's language) says which.
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, type TLocale } from "@/i18n/locales";
import { setLocaleForm } from "@/lib/i18n/set-locale";
import { cn } from "@/lib/utils";

export async function LanguageSwitch({ current }: { current?: TLocale } = {}) {
  const [appLocale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  const locale = current ?? appLocale;
  return (
    <form action={setLocaleForm} className="flex items-center gap-1" aria-label={t("label")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          title={t(l)}
          className={cn(
            "rounded px-2 py-1 text-xs font-semibold uppercase focus-visible:outline-2 focus-visible:outline-blue-700",
            l === locale ? "bg-blue-800 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {l === "en" ? "EN" : "ID"}
          <span className="sr-only"> — {t(l)}</span>
        </button>
      ))}
    </form>
  );
}
