// The meeting lifecycle as a new user meets it: "Schedule meeting" schedules (a draft only when
// asked), invitations go out only for a scheduled meeting, and the register at the venue opens on
// the meeting's day in its own time zone — while the paper sheet can still be entered afterwards.
import { afterEach, describe, expect, it, vi } from "vitest";

// The server action reads the session cookie through next/headers and refreshes pages through
// next/cache, which needs Next's request store (absent in-process). Links in e-mails need an address.
vi.hoisted(() => {
  process.env.APP_URL = "https://psc.example.test";
  delete process.env.SMTP_URL;
});
vi.mock("next/headers", () => import("../support/next-headers-mock"));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

import { browser } from "../support/next-headers-mock";
import { POST as postAttendance } from "@/app/api/v1/meetings/[id]/attendance/route";
import { PATCH as patchAttendance } from "@/app/api/v1/meetings/[id]/attendance/[invitationId]/route";
import { POST as postInvitations } from "@/app/api/v1/meetings/[id]/invitations/route";
import { POST as postStatus } from "@/app/api/v1/meetings/[id]/status/route";
import { POST as postMeeting } from "@/app/api/v1/meetings/route";
import { db } from "@/lib/db";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { scheduleMeetingAction } from "@/lib/meeting/form-actions";
import { savePaperEntry } from "@/lib/register/service/paper-entry";
import { getUserWithAccess } from "@/lib/user/service";
import { createMeeting, createPerson, createProgramme, createUser, invite, tokenFor } from "../factories";
import { callRoute } from "../support/call-route";
import { sessionCookie } from "../support/session-cookie";

const programmeId = (await createProgramme()).id;
const secretariatUser = await createUser({ role: "SECRETARIAT", programmeId });
const secretariat = await tokenFor(secretariatUser);
// Meetings the app numbers (form, API) live in a programme of their own: the factory's numbers
// would collide with the app's, which continue after the highest.
const plannedId = (await createProgramme()).id;
const plannerUser = await createUser({ role: "SECRETARIAT", programmeId: plannedId });
const planner = await tokenFor(plannerUser);
const DAY = 86_400_000;

afterEach(() => {
  vi.useRealTimers();
  browser.cookie = "";
});

/** The error an API answer carries, or null for a success. */
async function errorOf(response: Response) {
  return response.ok ? null : ((await response.json()) as { error: Record<string, unknown> }).error;
}

describe("scheduling a meeting", () => {
  const form = (title: string, button?: "SCHEDULED" | "DRAFT") => {
    const data = new FormData();
    const fields = {
      programmeId: plannedId,
      kind: "PSC",
      title,
      date: "2027-05-20",
      startTime: "09:00",
      endTime: "12:00",
    };
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    if (button) data.set("status", button);
    return data;
  };
  /** Submits the new-meeting form as the browser does; the action opens the saved meeting. */
  async function submit(data: FormData) {
    browser.cookie = await sessionCookie(plannerUser.id);
    // A success redirects (Next throws its redirect); a refusal would come back as a result.
    const result = await scheduleMeetingAction(data).catch((error: { digest?: string }) => error.digest);
    expect(String(result)).toMatch(/^NEXT_REDIRECT;.*\/meetings\/[^/;]+\?saved=1;/);
    return db().meeting.findFirstOrThrow({ where: { title: data.get("title") as string } });
  }

  it("“Schedule meeting” creates a scheduled meeting, also when Enter submits the form", async () => {
    expect((await submit(form(`Scheduled ${Date.now()}`, "SCHEDULED"))).status).toBe("SCHEDULED");
    expect((await submit(form(`Entered ${Date.now()}`))).status).toBe("SCHEDULED");
  });

  it("“Save as draft” keeps a draft", async () => {
    expect((await submit(form(`Draft ${Date.now()}`, "DRAFT"))).status).toBe("DRAFT");
  });

  it("the API creates a draft unless asked to schedule; another status is refused", async () => {
    const body = {
      programmeId: plannedId,
      title: "Over the API",
      startsAt: "2027-05-21T09:00:00+07:00",
      endsAt: "2027-05-21T12:00:00+07:00",
    };
    const post = (extra: object) =>
      callRoute(postMeeting, "/api/v1/meetings", {
        method: "POST",
        token: planner,
        body: { ...body, ...extra },
      });
    expect((await (await post({})).json()).status).toBe("DRAFT");
    expect((await (await post({ status: "DRAFT" })).json()).status).toBe("DRAFT");
    expect((await (await post({ status: "SCHEDULED" })).json()).status).toBe("SCHEDULED");
    const held = await post({ status: "HELD" });
    expect(held.status).toBe(400);
    expect(await errorOf(held)).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { status: expect.any(Array) },
    });
  });
});

describe("invitations only for a scheduled meeting", () => {
  const inviteTo = (meetingId: string, personIds: string[], language = "en", token = secretariat) =>
    callRoute(postInvitations, `/api/v1/meetings/${meetingId}/invitations`, {
      method: "POST",
      token,
      body: { personIds },
      params: { id: meetingId },
      headers: { "accept-language": language },
    });

  it.each<[MeetingStatus, string, RegExp, RegExp]>([
    ["DRAFT", "invitation.errors.inviteDraft", /still a draft: schedule it first/, /masih berupa draf/],
    ["HELD", "invitation.errors.inviteHeld", /already been held/, /sudah dilaksanakan/],
    ["MINUTES_ADOPTED", "invitation.errors.inviteHeld", /already been held/, /sudah dilaksanakan/],
    ["CANCELLED", "invitation.errors.inviteCancelled", /cancelled/, /dibatalkan/],
  ])("a %s meeting: 409 %s in both languages, and nothing invited or mailed", async (status, key, en, id) => {
    const meeting = await createMeeting(programmeId, { status, startsAt: new Date(Date.now() + 20 * DAY) });
    const person = await createPerson();
    const refused = await inviteTo(meeting.id, [person.id]);
    expect(refused.status).toBe(409);
    const error = await errorOf(refused);
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: key });
    expect(error?.message).toMatch(en);
    expect((await errorOf(await inviteTo(meeting.id, [person.id], "id")))?.message).toMatch(id);
    expect(await db().invitation.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect(await db().outboxMail.count({ where: { to: person.email! } })).toBe(0);
  });

  it("a draft, once scheduled, takes its invitations", async () => {
    const created = await callRoute(postMeeting, "/api/v1/meetings", {
      method: "POST",
      token: planner,
      body: {
        programmeId: plannedId,
        title: "Drafted first",
        startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 20 * DAY + 3 * 3600_000).toISOString(),
      },
    });
    const meeting = (await created.json()) as { id: string; status: string };
    const person = await createPerson();
    expect((await inviteTo(meeting.id, [person.id], "en", planner)).status).toBe(409);
    const moved = await callRoute(postStatus, `/api/v1/meetings/${meeting.id}/status`, {
      method: "POST",
      token: planner,
      body: { to: "SCHEDULED", version: 1 },
      params: { id: meeting.id },
    });
    expect(moved.status).toBe(200);
    const invited = await inviteTo(meeting.id, [person.id], "en", planner);
    expect(invited.status).toBe(201);
    expect(await invited.json()).toMatchObject({ invited: 1 });
  });
});

describe("signing in at the venue from the meeting's day, in its time zone", () => {
  const attendance = (meetingId: string) => `/api/v1/meetings/${meetingId}/attendance`;
  const signIn = (meetingId: string, invitationId: string) =>
    callRoute(postAttendance, attendance(meetingId), {
      method: "POST",
      token: secretariat,
      body: { action: "sign-in", invitationId },
      params: { id: meetingId },
    });
  const walkIn = (meetingId: string, name: string) =>
    callRoute(postAttendance, attendance(meetingId), {
      method: "POST",
      token: secretariat,
      body: { action: "walk-in", newPerson: { name } },
      params: { id: meetingId },
    });
  const setTo = (meetingId: string, invitationId: string, value: string) =>
    callRoute(patchAttendance, `${attendance(meetingId)}/${invitationId}`, {
      method: "PATCH",
      token: secretariat,
      body: { attendance: value },
      params: { id: meetingId, invitationId },
    });

  /** A scheduled meeting at 08:00 in Jakarta (01:00 UTC) on 10 March 2027, with one invitee. */
  async function jakartaMeeting() {
    const meeting = await createMeeting(programmeId, { startsAt: new Date("2027-03-10T01:00:00Z") });
    const invitation = await invite(meeting.id, (await createPerson()).id);
    return { meeting, invitation };
  }
  /** Only the clock moves: the database, timers and sockets keep running. */
  const clockAt = (iso: string) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(iso));
  };

  it("the evening before (23:30 in Jakarta): sign-in, a walk-in and “present” are 409, nothing written", async () => {
    const { meeting, invitation } = await jakartaMeeting();
    clockAt("2027-03-09T16:30:00Z");
    for (const refused of [
      await signIn(meeting.id, invitation.id),
      await walkIn(meeting.id, `Early ${Date.now()}`),
      await setTo(meeting.id, invitation.id, "PRESENT"),
    ]) {
      expect(refused.status).toBe(409);
      expect(await errorOf(refused)).toMatchObject({
        code: "CONFLICT",
        messageKey: "register.errors.beforeMeetingDay",
        params: { date: "2027-03-10" },
        message: expect.stringMatching(/^Sign-in opens on the day of the meeting \(2027-03-10/),
      });
    }
    const rows = await db().invitation.findMany({ where: { meetingId: meeting.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ attendance: null, signedInAt: null });
    // Apologies may be known ahead: excused is not a sign-in.
    expect((await setTo(meeting.id, invitation.id, "EXCUSED")).status).toBe(200);
  });

  it("just after midnight in Jakarta (still the 9th in UTC) the register is open", async () => {
    const { meeting, invitation } = await jakartaMeeting();
    clockAt("2027-03-09T17:30:00Z");
    const signedIn = await signIn(meeting.id, invitation.id);
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toMatchObject({
      attendance: "PRESENT",
      signedInAt: "2027-03-09T17:30:00.000Z",
    });
    expect((await walkIn(meeting.id, `On the day ${Date.now()}`)).status).toBe(201);
  });

  it("after the meeting: a late sign-in and the paper sheet are still taken", async () => {
    const meeting = await createMeeting(programmeId, {
      status: "HELD",
      startsAt: new Date(Date.now() - 3 * DAY),
    });
    const [late, onPaper] = await Promise.all(
      [0, 1].map(async () => invite(meeting.id, (await createPerson()).id)),
    );
    expect((await signIn(meeting.id, late.id)).status).toBe(200);
    const { access } = (await getUserWithAccess(secretariatUser.id))!;
    const saved = await savePaperEntry(
      access,
      meeting.id,
      { presentIds: [late.id, onPaper.id], markOthersAbsent: false, signedInAt: "meetingStart" },
      { userId: secretariatUser.id },
    );
    expect(saved).toMatchObject({ present: 1 });
    expect(await db().invitation.findUniqueOrThrow({ where: { id: onPaper.id } })).toMatchObject({
      attendance: "PRESENT",
      signedInAt: meeting.startsAt,
    });
  });
});
