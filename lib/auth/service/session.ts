// Browser sessions on the server. The cookie only names a session; this row decides whether it
// still counts: logout and "log out everywhere" revoke it, and it ends at its absolute expiry
// however active it is, whatever next-auth does with the cookie's own expiry.
import "server-only";
import { canAnywhere, type TAccess } from "@/lib/auth/permissions";
import { SESSION_LIFETIME_SECONDS, SESSION_SEEN_RESOLUTION_MS } from "@/lib/auth/policy";
import type { TActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/service";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toCurrentUser, USER_ACCESS_COLUMNS, type TAccessRow, type TCurrentUser } from "@/lib/user/service";

/** Where a login came from, as far as the request tells. */
export type TLoginClient = { address: string | null; userAgent: string | null };

/** Ended sessions are kept this long for the record, then dropped at the user's next login. */
const KEEP_ENDED_MS = 30 * 24 * 60 * 60_000;

export async function startSession(userId: string, client: TLoginClient, now = new Date()) {
  await db().session.deleteMany({
    where: { userId, expiresAt: { lt: new Date(now.getTime() - KEEP_ENDED_MS) } },
  });
  return db().session.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000),
      address: client.address,
      userAgent: client.userAgent,
    },
    select: { id: true },
  });
}

/**
 * The user of a live session with their roles — session, user and memberships in one query — or
 * null when the session was revoked, has expired, is another user's, or the user is disabled.
 */
export async function userForSession(userId: string, sessionId: string): Promise<TCurrentUser | null> {
  const now = new Date();
  const [row] = await db().$queryRaw<(TAccessRow & { lastSeenAt: Date })[]>`
    SELECT ${USER_ACCESS_COLUMNS}, s."lastSeenAt"
      FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL
       AND s."expiresAt" > ${now} AND u."disabledAt" IS NULL`;
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_SEEN_RESOLUTION_MS) {
    await db().session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return toCurrentUser(row);
}

/** Logout: this session no longer counts, wherever its cookie is. */
export async function endSession(sessionId: string): Promise<void> {
  await db().session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/**
 * Ends every live session of a user ("log out everywhere"; an administrator ending someone's
 * access). Users may end their own; only an administrator may end another's.
 */
export async function endAllSessions(
  access: TAccess,
  userId: string,
  actor: TActor,
): Promise<{ ended: number }> {
  if (userId !== access.userId && !canAnywhere(access, "instance:admin")) throw AppError.notFound();
  const now = new Date();
  return db().$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } })))
      throw AppError.notFound();
    const { count } = await tx.session.updateMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
    });
    await recordAudit(tx, {
      actor,
      entity: "User",
      entityId: userId,
      action: "UPDATE",
      after: { sessionsEnded: count },
    });
    return { ended: count };
  });
}

/** A user's live sessions, newest first, for the administrator. */
export async function listLiveSessions(access: TAccess, userId: string) {
  if (!canAnywhere(access, "instance:admin")) throw AppError.notFound();
  return db().session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, address: true, userAgent: true },
  });
}
