// The languages Notulen speaks. The chosen one lives in a cookie, so links need no locale prefix.
export const LOCALES = ["en", "id"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): TLocale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as TLocale) : DEFAULT_LOCALE;
}
