// The address a page was asked for, as proxy.ts passes it on (Next.js gives server components no
// URL): the login page sends the visitor back there after signing in.
export const PAGE_PATH_HEADER = "x-notulen-page-path";

/** The login page, with the way back to `path` when there is one. */
export const loginPath = (path: string | null | undefined): string =>
  path ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login";
