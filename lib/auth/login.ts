// Logging in: the throttle first — an attempt inside its wait is refused without looking at the
// password — then the password, then a new server-side session. Throttled attempts and the locks
// they cause are logged (e-mail and address, never a password).
import "server-only";
import { throttledLoginMessage } from "@/lib/auth/login-error";
import { clearLoginFailures, reserveLoginAttempt } from "@/lib/auth/service/login-throttle";
import { startSession, type TLoginClient } from "@/lib/auth/service/session";
import { logger } from "@/lib/logger";
import { authenticate, type TSessionUser } from "@/lib/user/service";
import type { TLogin } from "@/lib/user/schema";

export type TLoggedIn = TSessionUser & { sessionId: string };

/** The user and their new session, or null for a wrong e-mail or password. */
export async function logIn({ email, password }: TLogin, client: TLoginClient): Promise<TLoggedIn | null> {
  const now = new Date();
  const attempt = { email, address: client.address };
  const reservation = await reserveLoginAttempt(attempt, now);
  if ("waitSeconds" in reservation) {
    const { waitSeconds } = reservation;
    logger.warn(
      { event: "login.throttled", email, address: client.address, waitSeconds },
      "login refused: too many failures",
    );
    // next-auth hands the message of what authorize throws to the login form as the sign-in error.
    throw new Error(throttledLoginMessage(waitSeconds));
  }
  const user = await authenticate(email, password);
  if (!user) {
    for (const lock of reservation.locksIfFailed) {
      logger.warn(
        { event: "login.locked", email, address: client.address, ...lock },
        `login locked (per ${lock.kind})`,
      );
    }
    return null;
  }
  await clearLoginFailures(attempt, now);
  const session = await startSession(user.id, client, now);
  return { ...user, sessionId: session.id };
}
