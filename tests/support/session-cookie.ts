// A signed-in session for integration tests: the same encrypted JWT cookie next-auth sets at login,
// made with the test secret, so route handlers can be called as the app's own screens call them.
import { encode } from "next-auth/jwt";

export const TEST_SECRET = "integration-test-secret-0123456789";

/** The Cookie header of a session for `userId` (set NEXTAUTH_SECRET to TEST_SECRET first). */
export async function sessionCookie(userId: string, extra = ""): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret: TEST_SECRET, maxAge: 3600 });
  return `next-auth.session-token=${token}${extra ? `; ${extra}` : ""}`;
}
