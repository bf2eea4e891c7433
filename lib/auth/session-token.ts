// Reads next-auth's session cookie straight from a request (its JWT, checked with the app's
// secret), so the API can take the signed-in session as well as a bearer token.
import "server-only";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { cookieValue } from "@/lib/i18n/request-locale";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** A cookie's value, also when next-auth split a large token into `name.0`, `name.1`, …. */
function joinedCookie(header: string, name: string): string | undefined {
  const whole = cookieValue(header, name);
  if (whole) return whole;
  let value = "";
  for (let i = 0; ; i += 1) {
    const chunk = cookieValue(header, `${name}.${i}`);
    if (chunk === undefined) break;
    value += chunk;
  }
  return value || undefined;
}

/** The id of the signed-in user whose session cookie the request carries, or null. */
export async function sessionUserId(request: Request): Promise<string | null> {
  const header = request.headers.get("cookie");
  const secret = env().NEXTAUTH_SECRET;
  if (!header || !secret) return null;
  for (const name of SESSION_COOKIES) {
    const token = joinedCookie(header, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret });
      if (payload?.sub && (typeof payload.exp !== "number" || payload.exp * 1000 > Date.now())) {
        return payload.sub;
      }
    } catch {
      // A cookie that does not decode with our secret is no session.
    }
  }
  return null;
}
