// The security headers proxy.ts adds per request: the pages' Content-Security-Policy with a fresh
// nonce (Next.js reads it from the request and puts it on its own scripts, so no inline script
// runs without it), and HSTS when the app is served over https. The headers that never change are
// in next.config.js. Also what a path must look like to be routed at all. Pure and cheap: it runs
// on every request.

/** A fresh, unguessable nonce: 16 random bytes in base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type TCspOptions = { isHttps: boolean; isDevelopment: boolean };

/**
 * Scripts only with this request's nonce (and what they load: 'strict-dynamic'); styles may be
 * inline (React style attributes), nothing from other sites, no plugins, no framing, forms post
 * only to Notulen.
 */
export function contentSecurityPolicy(nonce: string, { isHttps, isDevelopment }: TCspOptions): string {
  // React rebuilds server error stacks with eval in development only.
  const devEval = isDevelopment ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** A year of https only, for this host and its subdomains; sent only when the app is served over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Whether the app's configured addresses (NEXTAUTH_URL, APP_URL) say it is served over https. */
export function isServedOverHttps(appUrls: readonly (string | undefined)[]): boolean {
  return appUrls.some((url) => url?.startsWith("https://"));
}

/**
 * A path that cannot be routed: bad %-encoding ("%E0%A4%A", "%ZZ", an encoded lone surrogate) or
 * an encoded control character ("%00"). Next.js would answer 500 without a log line.
 */
export function isMalformedPath(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    return /[\u0000-\u001F\u007F]/.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}
