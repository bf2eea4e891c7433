// Whether a request that changes something came from the app's own pages. A browser sends
// Sec-Fetch-Site (or at least Origin) with every POST, PATCH and DELETE; a form on another site
// that rides on the user's session cookie is refused. Bearer-token clients are not asked.
import { env } from "@/lib/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const own = [originOf(request.url), originOf(env().APP_URL), originOf(env().NEXTAUTH_URL)];
  return own.includes(origin);
}
