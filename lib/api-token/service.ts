// API tokens for the HTTP API (`Authorization: Bearer …`). Only a SHA-256 of each token is
// stored: tokens are 256-bit random, so a fast hash is enough and lookups stay one index probe.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { canAnywhere, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/service";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toCurrentUser, USER_ACCESS_COLUMNS, type TAccessRow, type TCurrentUser } from "@/lib/user/service";

const TOKEN_PREFIX = "ntl_";
/** lastUsedAt is refreshed at most this often, so busy clients do not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token for the user with this e-mail; returns the token, which is shown only once. */
export async function createApiToken(
  email: string,
  name: string,
  actor: TActor,
): Promise<{ token: string; id: string }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { email: email.trim().toLowerCase(), disabledAt: null } });
    if (!user) throw AppError.invalidField("email", "errors.field.noActiveUser");
    const created = await tx.apiToken.create({
      data: { userId: user.id, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      entity: "ApiToken",
      entityId: created.id,
      action: "CREATE",
      after: { userId: user.id, name, prefix: token.slice(0, 10) },
    });
    return { token, id: created.id };
  });
}

/**
 * The user behind a bearer token — token, user and memberships in one query — or null when the
 * token is unknown, revoked or expired, or its user is disabled.
 */
export async function userForToken(token: string): Promise<TCurrentUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const [row] = await db().$queryRaw<(TAccessRow & { tokenId: string; lastUsedAt: Date | null })[]>`
    SELECT ${USER_ACCESS_COLUMNS}, t."id" AS "tokenId", t."lastUsedAt"
      FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
     WHERE t."tokenHash" = ${hashToken(token)} AND t."revokedAt" IS NULL
       AND (t."expiresAt" IS NULL OR t."expiresAt" > ${now}) AND u."disabledAt" IS NULL`;
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: row.tokenId }, data: { lastUsedAt: now } });
  }
  return toCurrentUser(row);
}

const LISTING = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

/** The tokens of the user with this e-mail, newest first (operator CLI). */
export async function listApiTokens(email: string) {
  return db().apiToken.findMany({
    where: { user: { email: email.trim().toLowerCase() } },
    orderBy: { createdAt: "desc" },
    select: LISTING,
  });
}

/** A user's tokens, newest first, for the administrator. */
export async function listUserApiTokens(access: TAccess, userId: string) {
  if (!canAnywhere(access, "instance:admin")) throw AppError.notFound();
  return db().apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: LISTING });
}

/**
 * Revokes a live token, named by its id or the prefix shown in lists (operator CLI): it answers
 * 401 from the next request on. Audited.
 */
export async function revokeApiToken(which: { id: string } | { prefix: string }, actor: TActor) {
  return db().$transaction(async (tx) => {
    const live = await tx.apiToken.findMany({
      where: { ...which, revokedAt: null },
      select: LISTING,
      take: 2,
    });
    if (live.length > 1) throw AppError.invalidField("prefix", "admin.tokens.prefixAmbiguous");
    const [token] = live;
    if (!token) throw AppError.notFound();
    const revokedAt = new Date();
    const { count } = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt },
    });
    if (count === 0) throw AppError.notFound(); // revoked a moment ago by someone else
    await recordAudit(tx, {
      actor,
      entity: "ApiToken",
      entityId: token.id,
      action: "UPDATE",
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
    return { ...token, revokedAt };
  });
}

/** The administrator revokes one of a user's tokens from the admin screen. */
export async function revokeUserApiToken(access: TAccess, tokenId: string, actor: TActor) {
  if (!canAnywhere(access, "instance:admin")) throw AppError.notFound();
  return revokeApiToken({ id: tokenId }, actor);
}
