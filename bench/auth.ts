// Credentials for the loaded routes: a real next-auth session (logged in over HTTP the way a
// browser does: CSRF token, then the credentials callback) for pages, the seeded API token for
// /api/v1. Page routes then send only the session cookie, as a logged-in browser would.
import { BENCH_TOKEN, BENCH_USER } from "./seed";

export const SESSION_COOKIE = "next-auth.session-token";

export type TAuthKind = "none" | "session" | "token";

export type TCredentials = { sessionCookie: string; bearerToken: string };

/** name=value pairs from Set-Cookie headers (attributes dropped). */
function cookiesFrom(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Logs the bench user in through next-auth's credentials flow; returns the session cookie. */
export async function logIn(baseUrl: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf: ${csrfResponse.status}`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrfResponse);

  const loginResponse = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({
      csrfToken,
      email: BENCH_USER.email,
      password: BENCH_USER.password,
      callbackUrl: `${baseUrl}/meetings`,
    }),
  });
  const location = loginResponse.headers.get("location") ?? "";
  const session = cookiesFrom(loginResponse).get(SESSION_COOKIE);
  if (!session || location.includes("error="))
    throw new Error(
      `login failed: POST /api/auth/callback/credentials → ${loginResponse.status} ${location || "(no redirect)"}`,
    );
  return `${SESSION_COOKIE}=${session}`;
}

export async function credentials(baseUrl: string): Promise<TCredentials> {
  return { sessionCookie: await logIn(baseUrl), bearerToken: BENCH_TOKEN };
}

/** Request headers for a route's auth kind. */
export function authHeaders(kind: TAuthKind, creds: TCredentials): Record<string, string> {
  switch (kind) {
    case "none":
      return {};
    case "session":
      return { cookie: creds.sessionCookie };
    case "token":
      return { authorization: `Bearer ${creds.bearerToken}` };
  }
}
