// API tokens for the HTTP API (`Authorization: Bearer …`). Only a SHA-256 of each token is
// stored: tokens are 256-bit random, so a fast hash is enough and lookups stay one index probe.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/service";
import { getUserWithAccess, type TCurrentUser } from "@/lib/user/service";

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

/** The user behind a bearer token, or null when the token is unknown, revoked or expired. */
export async function userForToken(token: string): Promise<TCurrentUser | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const row = await db().apiToken.findFirst({
    where: {
      tokenHash: hashToken(token),
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    },
    select: { id: true, userId: true, lastUsedAt: true },
  });
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return getUserWithAccess(row.userId);
}
