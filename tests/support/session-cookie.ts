// Signed-in sessions for integration tests: logging in and out as next-auth does (the credentials
// provider's authorize, the jwt callback, the encrypted cookie, the sign-out event), or a session
// made directly for a user, so route handlers can be called as the app's own screens call them.
// The app's modules are imported when first used: tests/support/database-per-file.ts imports
// TEST_SECRET from here before it sets the environment those modules read.
import { decode, encode, type JWT } from "next-auth/jwt";
import { SESSION_LIFETIME_SECONDS } from "@/lib/auth/policy";
import { cookieValue } from "@/lib/i18n/request-locale";

const authOptions = async () => (await import("@/lib/auth/options")).authOptions();

export const TEST_SECRET = "integration-test-secret-0123456789";
const COOKIE = "next-auth.session-token";

/** The Cookie header carrying this session token (next-auth's encrypted JWT). */
export async function cookieFor(token: JWT, extra = ""): Promise<string> {
  const value = await encode({ token, secret: TEST_SECRET, maxAge: SESSION_LIFETIME_SECONDS });
  return `${COOKIE}=${value}${extra ? `; ${extra}` : ""}`;
}

/** The session token inside a Cookie header (what next-auth decodes on every request). */
export async function tokenOf(cookie: string): Promise<JWT | null> {
  return decode({ token: cookieValue(cookie, COOKIE), secret: TEST_SECRET });
}

/** The Cookie header of a new session of `userId`, as after a login (a Session row and its token). */
export async function sessionCookie(userId: string, extra = ""): Promise<string> {
  const { startSession } = await import("@/lib/auth/service/session");
  const session = await startSession(userId, { address: null, userAgent: "vitest" });
  return cookieFor({ sub: userId, sid: session.id }, extra);
}

type TAuthorize = (credentials: Record<string, string>, request: unknown) => Promise<unknown>;

/**
 * Logs in as next-auth's credentials callback does: authorize (with the client's address and
 * browser in the request headers), then the jwt callback. The Cookie header of the new session, or
 * null for a wrong e-mail or password; what authorize throws (a throttled attempt) is thrown.
 */
export async function logIn(
  email: string,
  password: string,
  client: { address?: string; userAgent?: string } = {},
): Promise<string | null> {
  const options = await authOptions();
  const provider = options.providers[0] as unknown as { options: { authorize: TAuthorize } };
  const headers: Record<string, string> = { "user-agent": client.userAgent ?? "vitest" };
  if (client.address) headers["x-forwarded-for"] = client.address;
  const user = (await provider.options.authorize(
    { email, password },
    { headers, body: { email, password }, query: {}, method: "POST" },
  )) as { id: string; name?: string; email?: string } | null;
  if (!user) return null;
  const token = await options.callbacks!.jwt!({
    token: { sub: user.id, name: user.name, email: user.email },
    user: user as never,
    account: { providerAccountId: user.id, type: "credentials", provider: "credentials" },
    trigger: "signIn",
  });
  return cookieFor(token);
}

/** Logs out as next-auth's sign-out route does: the signOut event with the decoded token. */
export async function logOut(cookie: string): Promise<void> {
  const token = await tokenOf(cookie);
  await (await authOptions()).events?.signOut?.({ token: token!, session: null as never });
}
