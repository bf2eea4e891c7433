// Failed logins per account and per client address, in PostgreSQL so every app instance sees
// the same counts and they survive restarts. An attempt is counted before its password is checked
// (under a row lock), so parallel guesses cannot slip past the count; a success takes it back.
import "server-only";
import { UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { LOGIN_THROTTLE, throttleWaitSeconds, type TThrottleRule } from "@/lib/auth/policy";
import { db, type TTx } from "@/lib/db";

export type TLoginAttempt = { email: string; address: string | null };

type TKey = { key: string; kind: "account" | "address"; rule: TThrottleRule };
type TRow = { key: string; failures: number; lastFailureAt: Date; lockedUntil: Date | null };

/** What the attempt's failure would lock, for the log. */
export type TLock = { kind: TKey["kind"]; failures: number; waitSeconds: number };
export type TReservation = { waitSeconds: number } | { locksIfFailed: TLock[] };

function keysOf({ email, address }: TLoginAttempt): TKey[] {
  const keys: TKey[] = [{ key: `account:${email}`, kind: "account", rule: LOGIN_THROTTLE.account }];
  if (address) keys.push({ key: `address:${address}`, kind: "address", rule: LOGIN_THROTTLE.address });
  return keys;
}

/** The attempt's rows, created when missing and locked (in key order) until the transaction ends. */
async function lockRows(tx: TTx, keys: TKey[], now: Date): Promise<Map<string, TRow>> {
  await tx.loginThrottle.createMany({
    data: keys.map(({ key }) => ({ key, failures: 0, lastFailureAt: now })),
    skipDuplicates: true,
  });
  const rows = await tx.$queryRaw<TRow[]>`
    SELECT "key", "failures", "lastFailureAt", "lockedUntil" FROM "LoginThrottle"
     WHERE "key" = ANY(${keys.map((k) => k.key)}) ORDER BY "key" FOR UPDATE`;
  return new Map(rows.map((row) => [row.key, row]));
}

/** Has this account logged in from this address lately? Then the account's wait does not hold it. */
async function isKnownAddress(tx: TTx, { email, address }: TLoginAttempt, now: Date): Promise<boolean> {
  if (!address || address === UNKNOWN_ADDRESS) return false;
  const since = new Date(now.getTime() - LOGIN_THROTTLE.knownAddressDays * 24 * 60 * 60_000);
  const session = await tx.session.findFirst({
    where: { address, createdAt: { gte: since }, user: { email } },
    select: { id: true },
  });
  return session !== null;
}

const secondsUntil = (until: Date, now: Date) => Math.ceil((until.getTime() - now.getTime()) / 1000);

/**
 * Refuses an attempt inside a wait (the seconds left), or counts it as a failure until
 * `clearLoginFailures` says it succeeded. An attempt inside a wait is not counted: hammering does
 * not lengthen the wait.
 */
export async function reserveLoginAttempt(attempt: TLoginAttempt, now: Date): Promise<TReservation> {
  const keys = keysOf(attempt);
  return db().$transaction(async (tx) => {
    const rows = await lockRows(tx, keys, now);
    const waiting = keys.filter(({ key }) => {
      const until = rows.get(key)?.lockedUntil;
      return until && until > now;
    });
    const holding =
      waiting.some((k) => k.kind === "address") ||
      (waiting.length > 0 && !(await isKnownAddress(tx, attempt, now)));
    if (holding) {
      return {
        waitSeconds: Math.max(...waiting.map(({ key }) => secondsUntil(rows.get(key)!.lockedUntil!, now))),
      };
    }
    const forgetBefore = now.getTime() - LOGIN_THROTTLE.forgetAfterSeconds * 1000;
    const locksIfFailed: TLock[] = [];
    for (const { key, kind, rule } of keys) {
      if (waiting.some((k) => k.key === key)) continue; // the user's own address, past the account's wait
      const row = rows.get(key)!;
      const failures = row.lastFailureAt.getTime() < forgetBefore ? 1 : row.failures + 1;
      const waitSeconds = throttleWaitSeconds(failures, rule);
      const lockedUntil = waitSeconds ? new Date(now.getTime() + waitSeconds * 1000) : null;
      await tx.loginThrottle.update({ where: { key }, data: { failures, lastFailureAt: now, lockedUntil } });
      if (waitSeconds) locksIfFailed.push({ kind, failures, waitSeconds });
    }
    return { locksIfFailed };
  });
}

/**
 * After a successful login: the account counts from zero again; the address only takes back this
 * attempt (others behind the same address may still be guessing).
 */
export async function clearLoginFailures(attempt: TLoginAttempt, now: Date): Promise<void> {
  const [account, address] = keysOf(attempt);
  await db().$transaction(async (tx) => {
    await tx.loginThrottle.deleteMany({ where: { key: account.key } });
    if (!address) return;
    const row = (await lockRows(tx, [address], now)).get(address.key)!;
    const failures = Math.max(row.failures - 1, 0);
    const waitSeconds = throttleWaitSeconds(failures, address.rule);
    await tx.loginThrottle.update({
      where: { key: address.key },
      data: { failures, lockedUntil: waitSeconds ? new Date(now.getTime() + waitSeconds * 1000) : null },
    });
  });
}
