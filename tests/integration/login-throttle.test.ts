// Login throttling, per account and per client address, kept in PostgreSQL: after a few failures
// each attempt waits longer (up to a cap), an attempt inside the wait is refused without looking
// at the password, a success starts the count again, and it all survives a restart.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseThrottledLogin } from "@/lib/auth/login-error";
import { LOGIN_THROTTLE } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { createUser, TEST_PASSWORD } from "../factories";
import { logIn } from "../support/session-cookie";

const WRONG = "not the password";
// Each test guesses from an address of its own.
let attacker = "";
let testNumber = 0;

/** The wait in seconds a throttled attempt is told, or what went wrong instead. */
async function waitOf(attempt: Promise<unknown>): Promise<number> {
  const error = await attempt.then(
    (result) => new Error(`not throttled: ${result === null ? "wrong password" : "logged in"}`),
    (error: unknown) => error as Error,
  );
  const seconds = parseThrottledLogin(error.message);
  if (seconds === null) throw error;
  return seconds;
}

async function failTimes(email: string, times: number, address = attacker) {
  for (let i = 0; i < times; i += 1) expect(await logIn(email, WRONG, { address })).toBeNull();
}

/** Fails `times` times, sitting out each wait as a patient attacker would. */
async function failWaiting(email: string, times: number, address = attacker) {
  for (let failed = 0; failed < times;) {
    const result = await logIn(email, WRONG, { address }).catch((error: Error) => error);
    const seconds = result instanceof Error ? parseThrottledLogin(result.message) : null;
    if (result instanceof Error && seconds === null) throw result;
    if (seconds === null) failed += 1;
    else wait(seconds);
  }
}

const wait = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000 + 1);
const sessionsOf = (userId: string) => db().session.count({ where: { userId } });

beforeEach(() => {
  testNumber += 1;
  attacker = `198.51.100.${testNumber}`;
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-02T01:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("per account", () => {
  it("refuses the attempt after five failures without checking the password, even the right one", async () => {
    const user = await createUser({ role: "MEMBER" });
    await failTimes(user.email, LOGIN_THROTTLE.account.threshold);

    expect(await waitOf(logIn(user.email, TEST_PASSWORD, { address: attacker }))).toBe(1);
    expect(await waitOf(logIn(user.email, WRONG, { address: "192.0.2.10" }))).toBe(1);
    expect(await sessionsOf(user.id)).toBe(0);

    wait(1);
    expect(await logIn(user.email, TEST_PASSWORD, { address: attacker })).not.toBeNull();
  });

  it("doubles the wait with each further failure, up to 15 minutes", async () => {
    const user = await createUser({ role: "MEMBER" });
    await failTimes(user.email, LOGIN_THROTTLE.account.threshold);
    const waits: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const seconds = await waitOf(logIn(user.email, WRONG, { address: attacker }));
      waits.push(seconds);
      wait(seconds);
      await failTimes(user.email, 1);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it("does not lengthen the wait for attempts made inside it", async () => {
    const user = await createUser({ role: "MEMBER" });
    await failWaiting(user.email, LOGIN_THROTTLE.account.threshold + 1);
    for (let i = 0; i < 5; i += 1) await waitOf(logIn(user.email, WRONG, { address: attacker }));
    wait(2);
    await failTimes(user.email, 1);
    expect(await waitOf(logIn(user.email, WRONG, { address: attacker }))).toBe(4);
  });

  it("counts from zero again after a success", async () => {
    const user = await createUser({ role: "MEMBER" });
    await failTimes(user.email, LOGIN_THROTTLE.account.threshold);
    wait(1);
    expect(await logIn(user.email, TEST_PASSWORD, { address: "192.0.2.77" })).not.toBeNull();

    await failTimes(user.email, LOGIN_THROTTLE.account.threshold);
    expect(await waitOf(logIn(user.email, WRONG, { address: attacker }))).toBe(1);
  });

  it("holds across a restart (a new database client, as another instance or after a reboot)", async () => {
    const user = await createUser({ role: "MEMBER" });
    await failWaiting(user.email, LOGIN_THROTTLE.account.threshold + 3);
    const g = globalThis as unknown as { notulenPrisma?: { $disconnect(): Promise<void> } };
    await g.notulenPrisma?.$disconnect();
    g.notulenPrisma = undefined;

    expect(await waitOf(logIn(user.email, TEST_PASSWORD, { address: attacker }))).toBe(8);
  });

  it("does not keep the real user out at an address they logged in from before", async () => {
    const user = await createUser({ role: "MEMBER" });
    const office = "203.0.113.20";
    expect(await logIn(user.email, TEST_PASSWORD, { address: office })).not.toBeNull();
    await failWaiting(user.email, LOGIN_THROTTLE.account.threshold + 5);
    expect(await waitOf(logIn(user.email, WRONG, { address: attacker }))).toBe(32);

    expect(await logIn(user.email, TEST_PASSWORD, { address: office })).not.toBeNull();
    // Their success cleared the account's count; the attacker starts again at the first delay.
    await failTimes(user.email, LOGIN_THROTTLE.account.threshold, attacker);
    expect(await waitOf(logIn(user.email, WRONG, { address: attacker }))).toBe(1);
  });
});

describe("per address", () => {
  it("throttles one address that tries many accounts, and not the others", async () => {
    const user = await createUser({ role: "MEMBER" });
    const { threshold } = LOGIN_THROTTLE.address;
    for (let i = 0; i < threshold; i += 1) {
      expect(await logIn(`guess-${testNumber}-${i}@example.test`, WRONG, { address: attacker })).toBeNull();
    }
    expect(await waitOf(logIn(user.email, TEST_PASSWORD, { address: attacker }))).toBe(1);
    expect(await logIn(user.email, TEST_PASSWORD, { address: "192.0.2.44" })).not.toBeNull();
  });

  it("takes the last address of X-Forwarded-For (the one the server or its proxy saw)", async () => {
    const user = await createUser({ role: "MEMBER" });
    for (let i = 0; i < LOGIN_THROTTLE.address.threshold; i += 1) {
      const forged = `10.9.9.${i}, ${attacker}`;
      expect(await logIn(`guess-${testNumber}-${i}@example.test`, WRONG, { address: forged })).toBeNull();
    }
    expect(await waitOf(logIn(user.email, TEST_PASSWORD, { address: `10.1.1.1, ${attacker}` }))).toBe(1);
  });
});

describe("logging", () => {
  it("logs each lock and each refused attempt, never the password", async () => {
    const warn = vi.spyOn(logger, "warn");
    const user = await createUser({ role: "MEMBER" });
    await failTimes(user.email, LOGIN_THROTTLE.account.threshold);
    await waitOf(logIn(user.email, TEST_PASSWORD, { address: attacker }));

    const events = warn.mock.calls.map(([fields]) => fields as unknown as Record<string, unknown>);
    expect(events).toContainEqual(
      expect.objectContaining({ event: "login.locked", email: user.email, waitSeconds: 1 }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ event: "login.throttled", email: user.email, address: attacker }),
    );
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).not.toContain(TEST_PASSWORD);
    expect(logged).not.toContain(WRONG);
  });
});
