// One API for screens and tokens: /api/v1 takes a bearer token or the signed-in session; a change
// made with the session must come from the app's own pages; every error answers with a stable code
// and message key, in the caller's language.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getMeetings } from "@/app/api/v1/meetings/route";
import { POST as postOrganisation } from "@/app/api/v1/organisations/route";
import { GET as getMeeting } from "@/app/api/v1/meetings/[id]/route";
import { GET as unknownRoute } from "@/app/api/[...rest]/route";
import { db } from "@/lib/db";
import { createUser, tokenFor } from "../factories";
import { callRoute, type TRequestOptions } from "../support/call-route";
import { sessionCookie } from "../support/session-cookie";

let userId: string;
let token: string;

beforeAll(async () => {
  const user = await createUser({ role: "ADMIN" });
  userId = user.id;
  token = await tokenFor(user);
});

// The app's own origin: a session change must come from here.
const app = "http://notulen.test";
const readMeetings = (options: TRequestOptions = {}) =>
  callRoute(getMeetings, `${app}/api/v1/meetings`, options);
/** POSTs a new organisation (unless another body is given) to the API from the app's host. */
const postNewOrganisation = (options: TRequestOptions) =>
  callRoute(postOrganisation, `${app}/api/v1/organisations`, {
    method: "POST",
    body: { name: `Ministry ${Math.random()}`, kind: "GOVERNMENT_MINISTRY" },
    ...options,
  });

describe("session or token", () => {
  it("reads with the session cookie as with a token", async () => {
    const bySession = await readMeetings({ headers: { cookie: await sessionCookie(userId) } });
    const byToken = await readMeetings({ token });
    expect(bySession.status).toBe(200);
    expect(byToken.status).toBe(200);
    expect(await bySession.json()).toEqual(await byToken.json());
  });

  it("refuses a cookie not signed with the app's secret", async () => {
    const res = await readMeetings({ headers: { cookie: "next-auth.session-token=forged.value.here" } });
    expect(res.status).toBe(401);
  });

  it("takes only the token when an Authorization header is sent, even with a session cookie", async () => {
    const res = await readMeetings({ token: "ntl_wrong", headers: { cookie: await sessionCookie(userId) } });
    expect(res.status).toBe(401);
  });
});

describe("changes made with the session come from the app's own pages", () => {
  it("refuses a cross-site form POST carrying a valid session cookie, and saves nothing", async () => {
    const before = await db().organisation.count();
    const res = await postNewOrganisation({
      headers: {
        cookie: await sessionCookie(userId),
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      },
    });
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "FORBIDDEN", messageKey: "errors.FORBIDDEN" });
    expect(await db().organisation.count()).toBe(before);
  });

  it("refuses a session POST with a foreign Origin and no Sec-Fetch-Site, or with neither", async () => {
    for (const headers of [{ origin: "https://evil.example" }, {}] as Record<string, string>[]) {
      const res = await postNewOrganisation({ headers: { cookie: await sessionCookie(userId), ...headers } });
      expect(res.status).toBe(403);
    }
  });

  it("accepts the same POST from the app's own origin", async () => {
    for (const headers of [{ "sec-fetch-site": "same-origin" }, { origin: app }] as Record<
      string,
      string
    >[]) {
      const res = await postNewOrganisation({ headers: { cookie: await sessionCookie(userId), ...headers } });
      expect(res.status).toBe(201);
    }
  });

  it("does not ask bearer-token clients where they come from", async () => {
    const res = await postNewOrganisation({
      token,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(201);
  });
});

describe("errors carry a code and a message key, in the caller's language", () => {
  const invalid = (language?: string) =>
    postNewOrganisation({
      token,
      body: { name: "", kind: "NOT_A_KIND" },
      headers: language ? { "accept-language": language } : {},
    });

  it("answers every kind of error with code and messageKey", async () => {
    const answers = [
      await readMeetings(),
      await callRoute(getMeeting, `${app}/api/v1/meetings/nope`, { token, params: { id: "nope" } }),
      await invalid(),
      await postNewOrganisation({ token, body: "{not json" }),
      await unknownRoute(new Request(`${app}/api/nothing-here`)),
    ];
    expect(answers.map((r) => r.status)).toEqual([401, 404, 400, 400, 404]);
    for (const res of answers) {
      const { error } = await res.json();
      expect(typeof error.code).toBe("string");
      expect(typeof error.messageKey).toBe("string");
      expect(typeof error.message).toBe("string");
      expect(error.message).not.toBe(error.messageKey);
    }
  });

  it("writes messages in English by default and in Bahasa Indonesia with Accept-Language: id", async () => {
    const en = (await (await invalid()).json()).error;
    const id = (await (await invalid("id-ID,id;q=0.9,en;q=0.5")).json()).error;
    expect(en.code).toBe("VALIDATION");
    expect(id.code).toBe("VALIDATION");
    expect(id.messageKey).toBe(en.messageKey);
    expect(en.message).toBe("Please correct the fields marked below.");
    expect(id.message).toBe("Mohon perbaiki isian yang ditandai di bawah.");
    expect(Object.keys(id.fieldErrors).sort()).toEqual(Object.keys(en.fieldErrors).sort());
    for (const field of Object.keys(en.fieldErrors)) {
      expect(id.fieldErrors[field][0]).not.toBe(en.fieldErrors[field][0]);
    }
  });

  it("uses the user's own language setting when the request names none", async () => {
    await db().user.update({ where: { id: userId }, data: { locale: "id" } });
    try {
      const { error } = await (await invalid()).json();
      expect(error.message).toBe("Mohon perbaiki isian yang ditandai di bawah.");
    } finally {
      await db().user.update({ where: { id: userId }, data: { locale: "en" } });
    }
  });
});
