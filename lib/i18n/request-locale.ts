// The language an HTTP answer is written in: the language chosen in the app (its cookie, sent by
// the screens), else the first of English or Bahasa Indonesia that Accept-Language names, else the
// user's own setting, else English.
import { LOCALE_COOKIE, LOCALES, type TLocale } from "@/i18n/locales";

const isLocale = (value: string): value is TLocale => (LOCALES as readonly string[]).includes(value);

/** One cookie's value from a Cookie header, or undefined. */
export function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The supported language Accept-Language prefers ("id-ID,id;q=0.9,en;q=0.8" → "id"), if any. */
export function acceptedLocale(header: string | null): TLocale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...rest] = part.trim().split(";");
      const q = rest.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && isLocale(r.lang))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang as TLocale | undefined;
}

export function requestLocale(request: Request, userLocale?: string | null): TLocale {
  const chosen = cookieValue(request.headers.get("cookie"), LOCALE_COOKIE);
  if (chosen && isLocale(chosen)) return chosen;
  const accepted = acceptedLocale(request.headers.get("accept-language"));
  if (accepted) return accepted;
  if (userLocale && isLocale(userLocale)) return userLocale;
  return "en";
}
