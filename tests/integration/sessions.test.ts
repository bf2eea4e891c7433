// Sessions end on the server: after logout, "log out everywhere", the absolute lifetime, disabling
// the user, an administrator ending them or revoking an API token, the next request is refused —
// by the API and by the pages alike.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Pages read the session cookie through next/headers: here it is the cookie the test sets.
vi.mock("next/headers", () => import("../support/next-headers-mock"));

import { browser } from "../support/next-headers-mock";
import { GET as getCapture } from "@/app/api/v1/meetings/[id]/capture/route";
import { GET as getMeetings } from "@/app/api/v1/meetings/route";
import { revokeApiTokenAction } from "@/lib/api-token/actions";
import { listApiTokens, revokeApiToken } from "@/lib/api-token/service";
import { endUserSessionsAction, logOutEverywhereAction } from "@/lib/auth/actions";
import { authOptions } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createMeeting, createProgramme, createUser, TEST_PASSWORD, tokenFor } from "../factories";
import { callRoute } from "../support/call-route";
import { cookieFor, logIn, logOut, tokenOf } from "../support/session-cookie";

const HOUR = 3600_000;

/** What the API answers to this session cookie (or bearer token). */
async function apiStatus(credential: { cookie: string } | { token: string }): Promise<number> {
  const options = "token" in credential ? { token: credential.token } : { headers: credential };
  return (await callRoute(getMeetings, "/api/v1/meetings", options)).status;
}

/** Who the pages see as signed in with this cookie. */
async function pageUserId(cookie: string): Promise<string | null> {
  browser.cookie = cookie;
  return (await getCurrentUser())?.id ?? null;
}

async function signedInUser(role: "SECRETARIAT" | "ADMIN" = "SECRETARIAT") {
  const programme = await createProgramme();
  const user = await createUser({ role, programmeId: role === "ADMIN" ? undefined : programme.id });
  return { user, programme, cookie: (await logIn(user.email, TEST_PASSWORD))! };
}

afterEach(() => {
  vi.useRealTimers();
  browser.cookie = "";
});

describe("logout", () => {
  it("ends the session on the server: the old cookie gets 401 from the API and no user on pages", async () => {
    const { user, programme, cookie } = await signedInUser();
    const meeting = await createMeeting(programme.id);
    const capture = () =>
      callRoute(getCapture, `/api/v1/meetings/${meeting.id}/capture`, {
        headers: { cookie },
        params: { id: meeting.id },
      });
    expect(await apiStatus({ cookie })).toBe(200);
    expect((await capture()).status).toBe(200);
    expect(await pageUserId(cookie)).toBe(user.id);

    await logOut(cookie);

    expect(await apiStatus({ cookie })).toBe(401);
    expect((await capture()).status).toBe(401);
    expect(await pageUserId(cookie)).toBeNull();
  });

  it("carries only the session's id and the user's in the token", async () => {
    const { user, cookie } = await signedInUser();
    const token = await tokenOf(cookie);
    expect(token?.sub).toBe(user.id);
    expect(typeof token?.sid).toBe("string");
    expect(token).not.toHaveProperty("email");
    expect(token).not.toHaveProperty("name");
  });
});

describe("log out everywhere", () => {
  it("ends every session of the user, and no one else's", async () => {
    const { user, cookie: laptop } = await signedInUser();
    const phone = (await logIn(user.email, TEST_PASSWORD))!;
    const { cookie: colleague } = await signedInUser();

    browser.cookie = phone;
    expect(await logOutEverywhereAction({})).toMatchObject({ ok: true, data: { ended: 2 } });

    expect(await apiStatus({ cookie: laptop })).toBe(401);
    expect(await apiStatus({ cookie: phone })).toBe(401);
    expect(await pageUserId(laptop)).toBeNull();
    expect(await apiStatus({ cookie: colleague })).toBe(200);
  });

  it("lets an administrator end another user's sessions, audited; nobody else may", async () => {
    const { user, cookie } = await signedInUser();
    const { user: admin, cookie: adminCookie } = await signedInUser("ADMIN");

    browser.cookie = cookie;
    expect(await endUserSessionsAction({ userId: admin.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await apiStatus({ cookie: adminCookie })).toBe(200);

    browser.cookie = adminCookie;
    expect(await endUserSessionsAction({ userId: user.id })).toMatchObject({ ok: true, data: { ended: 1 } });
    expect(await apiStatus({ cookie })).toBe(401);
    const audit = await db().auditEvent.findFirst({ where: { entity: "User", entityId: user.id } });
    expect(audit).toMatchObject({ action: "UPDATE", actorUserId: admin.id, after: { sessionsEnded: 1 } });
  });
});

describe("absolute lifetime", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T01:00:00Z"));
  });

  it("refuses a session 12 hours after login although next-auth refreshed its token since", async () => {
    const { user, cookie } = await signedInUser();
    // next-auth's /api/auth/session re-issues the JWT with a fresh expiry each time it is read.
    vi.setSystemTime(Date.now() + 11 * HOUR);
    const options = authOptions();
    const refreshed = await cookieFor(
      await options.callbacks!.jwt!({ token: (await tokenOf(cookie))! } as never),
    );
    expect(await apiStatus({ cookie: refreshed })).toBe(200);

    vi.setSystemTime(Date.now() + 1 * HOUR + 60_000);
    expect((await tokenOf(refreshed))?.sub).toBe(user.id); // the JWT itself is still valid
    expect(await apiStatus({ cookie: refreshed })).toBe(401);
    expect(await pageUserId(refreshed)).toBeNull();
  });
});

describe("disabled users and changed roles", () => {
  it("refuses a disabled user's session at the next request", async () => {
    const { user, cookie } = await signedInUser();
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await apiStatus({ cookie })).toBe(401);
    expect(await pageUserId(cookie)).toBeNull();
  });

  it("reads the roles afresh on every request", async () => {
    const { user, cookie } = await signedInUser();
    await db().programmeMembership.updateMany({ where: { userId: user.id }, data: { role: "MEMBER" } });
    browser.cookie = cookie;
    expect([...(await getCurrentUser())!.access.memberships.values()]).toEqual(["MEMBER"]);
  });
});

describe("API tokens", () => {
  it("answers 401 at once when the operator revokes a token by its prefix, and audits it", async () => {
    const { user } = await signedInUser();
    const token = await tokenFor(user);
    expect(await apiStatus({ token })).toBe(200);

    const [listed] = await listApiTokens(user.email);
    expect(listed).toMatchObject({ prefix: token.slice(0, 10), revokedAt: null });
    await revokeApiToken({ prefix: listed.prefix }, { label: "cli" });

    expect(await apiStatus({ token })).toBe(401);
    const audit = await db().auditEvent.findFirst({
      where: { entity: "ApiToken", entityId: listed.id, action: "UPDATE" },
    });
    expect(audit).toMatchObject({ actorLabel: "cli", after: { revokedAt: expect.any(String) } });
  });

  it("lets an administrator revoke a user's token from the admin screen; nobody else may", async () => {
    const { user, cookie } = await signedInUser();
    const { user: admin, cookie: adminCookie } = await signedInUser("ADMIN");
    const token = await tokenFor(user);
    const [listed] = await listApiTokens(user.email);

    browser.cookie = cookie;
    expect(await revokeApiTokenAction({ tokenId: listed.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await apiStatus({ token })).toBe(200);

    browser.cookie = adminCookie;
    expect(await revokeApiTokenAction({ tokenId: listed.id })).toMatchObject({ ok: true });
    expect(await apiStatus({ token })).toBe(401);
    const audit = await db().auditEvent.findFirst({
      where: { entity: "ApiToken", entityId: listed.id, action: "UPDATE" },
    });
    expect(audit?.actorUserId).toBe(admin.id);
  });
});
