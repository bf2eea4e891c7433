// Online-meeting links end to end: the API stores them normalised and refuses script links with a
// field error; a link stored before these rules (written straight into the database) breaks neither
// its meeting's calendar entry, nor the programme's feed (the other meetings stay in it), nor an
// invitation e-mail.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "../support/call-route";
import { parseIcs } from "../support/parse-ics";
import { startSmtpServer } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");
vi.stubEnv("APP_URL", "https://psc.example.test");

const { POST: postMeeting } = await import("@/app/api/v1/meetings/route");
const { PATCH: patchMeeting } = await import("@/app/api/v1/meetings/[id]/route");
const { GET: meetingIcs } = await import("@/app/api/v1/meetings/[id]/calendar.ics/route");
const { GET: programmeIcs } = await import("@/app/api/v1/programmes/[id]/calendar.ics/route");
const { POST: invite } = await import("@/app/api/v1/meetings/[id]/invitations/route");
const { db } = await import("@/lib/db");
const { translator } = await import("@/lib/i18n/translate");
const f = await import("../factories");

const STORED_BEFORE_THE_RULES = [
  "https://Zoom.US/j/123",
  "https://meet_room.example.org/psc",
  "https://[2001:db8::1]/psc",
  "msteams:/l/meetup-join/19%3ameeting%40thread.v2/0",
  "javascript:alert(document.cookie)",
];

let programmeId: string;
let secretariat: string;
let goodMeetingId: string;
const badMeetingIds: string[] = [];

beforeAll(async () => {
  programmeId = (await f.createProgramme()).id;
  secretariat = await f.createUserToken({ role: "SECRETARIAT", programmeId });
  goodMeetingId = (await f.createMeeting(programmeId)).id;
  await db().meeting.update({ where: { id: goodMeetingId }, data: { onlineUrl: "https://zoom.us/j/1" } });
  for (const onlineUrl of STORED_BEFORE_THE_RULES) {
    const { id } = await f.createMeeting(programmeId);
    await db().meeting.update({ where: { id }, data: { onlineUrl } });
    badMeetingIds.push(id);
  }
});

const schedule = (onlineUrl: string) =>
  callRoute(postMeeting, "/api/v1/meetings", {
    method: "POST",
    token: secretariat,
    body: {
      programmeId,
      title: "Hybrid review",
      startsAt: "2026-12-10T09:00:00+07:00",
      endsAt: "2026-12-10T12:00:00+07:00",
      onlineUrl,
    },
  });

describe("entering a link", () => {
  it("stores the link normalised", async () => {
    const res = await schedule("  HTTPS://Zoom.US/j/123?pwd=Ab  ");
    expect(res.status).toBe(201);
    const { id, onlineUrl } = await res.json();
    expect(onlineUrl).toBe("https://zoom.us/j/123?pwd=Ab");
    const patched = await callRoute(patchMeeting, `/api/v1/meetings/${id}`, {
      method: "PATCH",
      token: secretariat,
      body: { version: 1, onlineUrl: "MSTeams:/l/meetup-join/19%3ameeting%40thread.v2/0" },
      params: { id },
    });
    expect(patched.status).toBe(200);
    expect((await patched.json()).onlineUrl).toBe("msteams:/l/meetup-join/19%3ameeting%40thread.v2/0");
  });

  it.each(["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>"])(
    "refuses %s with a message under the field, and saves nothing",
    async (onlineUrl) => {
      const before = await db().meeting.count();
      const res = await schedule(onlineUrl);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.fieldErrors).toEqual({ onlineUrl: [translator("en")("meeting.errors.onlineUrlScheme")] });
      expect(await db().meeting.count()).toBe(before);
    },
  );
});

describe("a link stored before these rules", () => {
  it("leaves each meeting's calendar entry readable, with the link in the description", async () => {
    for (const [i, id] of badMeetingIds.entries()) {
      const res = await callRoute(meetingIcs, `/api/v1/meetings/${id}/calendar.ics`, {
        token: secretariat,
        params: { id },
      });
      expect(res.status).toBe(200);
      const [event] = parseIcs(await res.text()).events;
      expect(event.description).toContain(STORED_BEFORE_THE_RULES[i]);
    }
  });

  it("keeps every meeting in the programme's feed", async () => {
    const res = await callRoute(programmeIcs, `/api/v1/programmes/${programmeId}/calendar.ics`, {
      token: secretariat,
      params: { id: programmeId },
    });
    expect(res.status).toBe(200);
    const uids = parseIcs(await res.text()).events.map((e) => e.uid);
    for (const id of [goodMeetingId, ...badMeetingIds]) expect(uids).toContain(`meeting-${id}@notulen`);
  });

  it("still lets an invitation e-mail go out", async () => {
    const person = await f.createPerson();
    const id = badMeetingIds[3];
    const res = await callRoute(invite, `/api/v1/meetings/${id}/invitations`, {
      method: "POST",
      token: secretariat,
      body: { personIds: [person.id] },
      params: { id },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ invited: 1, mailed: 1, failed: [] });
    expect(smtp.to(person.email!)).toHaveLength(1);
  });
});
