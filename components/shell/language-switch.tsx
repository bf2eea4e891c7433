// English / Bahasa Indonesia switch: a plain form, so it works before JavaScript loads.
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { setLocale } from "@/lib/i18n/set-locale";
import { cn } from "@/lib/utils";

export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("label")}>
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
