// Where the login page sends a user once signed in: a path of Notulen only. Resolved as a browser
// would — "//x" and "/\x" lead to another site — and refused unless it stays on this one, so a
// crafted login link cannot send someone elsewhere after they typed their password.

// Home: a member's own meetings and minutes to review; everyone else is sent on to /meetings.
const HOME = "/";
const HERE = "http://notulen.invalid";

export function safeCallbackPath(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v?.startsWith("/")) return HOME;
  const url = URL.canParse(v, HERE) ? new URL(v, HERE) : null;
  return url?.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : HOME;
}
