// The signed-in user behind next-auth's session cookie, for pages and the API alike: the cookie's
// JWT (checked with the app's secret) names a user and a session, and the session row must still
// be live — one query reads it with the user and their roles.
import "server-only";
import { decode } from "next-auth/jwt";
import { userForSession } from "@/lib/auth/service/session";
import { env } from "@/lib/env";
import { cookieValue } from "@/lib/i18n/request-locale";
import type { TCurrentUser } from "@/lib/user/service";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** Reads one cookie by name (from a request's Cookie header, or Next's cookie store). */
export type TCookieReader = (name: string) => string | undefined;

export const requestCookies =
  (request: Request): TCookieReader =>
  (name) =>
    cookieValue(request.headers.get("cookie"), name);

/** A cookie's value, also when next-auth split a large token into `name.0`, `name.1`, …. */
function joinedCookie(read: TCookieReader, name: string): string | undefined {
  const whole = read(name);
  if (whole) return whole;
  let value = "";
  for (let i = 0; ; i += 1) {
    const chunk = read(`${name}.${i}`);
    if (chunk === undefined) break;
    value += chunk;
  }
  return value || undefined;
}

/** The user and session named by the session cookie, if it decodes with our secret and is unexpired. */
async function sessionClaims(read: TCookieReader): Promise<{ userId: string; sessionId: string } | null> {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return null;
  for (const name of SESSION_COOKIES) {
    const token = joinedCookie(read, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret });
      const isUnexpired = typeof payload?.exp !== "number" || payload.exp * 1000 > Date.now();
      if (typeof payload?.sub === "string" && typeof payload.sid === "string" && isUnexpired) {
        return { userId: payload.sub, sessionId: payload.sid };
      }
    } catch {
      // A cookie that does not decode with our secret is no session.
    }
  }
  return null;
}

/** The signed-in user of a live session, or null (no cookie, a forged one, an ended session). */
export async function sessionUser(read: TCookieReader): Promise<TCurrentUser | null> {
  const claims = await sessionClaims(read);
  return claims ? userForSession(claims.userId, claims.sessionId) : null;
}
