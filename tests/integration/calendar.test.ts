// The calendar endpoints through the real route handlers: bearer tokens, iCalendar a client can
// parse, the same 404 for missing and not-yours, and feeds holding only the meetings one may see.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as meetingIcs } from "@/app/api/v1/meetings/[id]/calendar.ics/route";
import { GET as programmeIcs } from "@/app/api/v1/programmes/[id]/calendar.ics/route";
import { db } from "@/lib/db";
import { createMeeting, createPerson, createProgramme, createUserToken, invite } from "../factories";
import { callRoute } from "../support/call-route";
import { parseIcs } from "../support/parse-ics";

const getMeetingIcs = (token: string | null, id: string, query = "") =>
  callRoute(meetingIcs, `/api/v1/meetings/${id}/calendar.ics${query}`, { token, params: { id } });
const getProgrammeIcs = (token: string | null, id: string) =>
  callRoute(programmeIcs, `/api/v1/programmes/${id}/calendar.ics`, { token, params: { id } });

let programmeA: string;
let invitedId: string;
let notInvitedId: string;
let cancelledId: string;
let draftId: string;
let meetingOfB: string;
let memberEmail: string;
let secretariat: string;
let member: string;
let outsider: string;

beforeAll(async () => {
  const a = await createProgramme("Maternal Health Programme");
  const b = await createProgramme("Programme B");
  programmeA = a.id;
  const invited = await createMeeting(a.id, { startsAt: new Date("2026-12-10T09:00:00+07:00") });
  invitedId = invited.id;
  await db().meeting.update({
    where: { id: invitedId },
    data: {
      sequenceNumber: 3,
      title: "Annual review",
      venueBuilding: "Bappenas",
      venueRoom: "Ruang 1",
      icsSequence: 2,
    },
  });
  notInvitedId = (await createMeeting(a.id)).id;
  cancelledId = (await createMeeting(a.id, { status: "CANCELLED" })).id;
  draftId = (await createMeeting(a.id, { status: "DRAFT" })).id;
  meetingOfB = (await createMeeting(b.id)).id;

  const memberPerson = await createPerson();
  const colleague = await createPerson();
  memberEmail = memberPerson.email!;
  await invite(invitedId, memberPerson.id);
  await invite(invitedId, colleague.id);
  await db().invitation.update({
    where: { meetingId_personId: { meetingId: invitedId, personId: colleague.id } },
    data: { rsvp: "ACCEPTED" },
  });

  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId: a.id });
  member = await createUserToken({ role: "MEMBER", programmeId: a.id, personId: memberPerson.id });
  outsider = await createUserToken({ role: "SECRETARIAT", programmeId: b.id });
});

describe("GET /api/v1/meetings/{id}/calendar.ics", () => {
  it("refuses a request without a token with 401", async () => {
    const res = await getMeetingIcs(null, invitedId);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe("Bearer");
  });

  it("returns an invitation a calendar client can read, with every invitee for the secretariat", async () => {
    const res = await getMeetingIcs(secretariat, invitedId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="3rd-psc-annual-review\.ics"$/,
    );
    const parsed = parseIcs(await res.text());
    expect(parsed.method).toBe("REQUEST");
    const [event] = parsed.events;
    expect(event).toMatchObject({
      uid: `meeting-${invitedId}@notulen`,
      sequence: 2,
      location: "Ruang 1, Bappenas",
      status: "CONFIRMED",
    });
    expect(event.summary).toBe("3rd PSC — Annual review");
    expect(event.start.toISOString()).toBe("2026-12-10T02:00:00.000Z");
    expect(event.attendees.map((a) => a.partstat).sort()).toEqual(["ACCEPTED", "NEEDS-ACTION"]);
  });

  it("shows an invited member only their own RSVP", async () => {
    const res = await getMeetingIcs(member, invitedId);
    expect(res.status).toBe(200);
    const [event] = parseIcs(await res.text()).events;
    expect(event.attendees).toEqual([
      expect.objectContaining({ email: memberEmail, partstat: "NEEDS-ACTION" }),
    ]);
  });

  it("answers 404 alike for a missing meeting, another programme's and one a member is not invited to", async () => {
    const responses = [
      await getMeetingIcs(secretariat, "no-such-meeting"),
      await getMeetingIcs(outsider, invitedId),
      await getMeetingIcs(secretariat, meetingOfB),
      await getMeetingIcs(member, notInvitedId),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
  });

  it("sends a cancelled meeting as METHOD:CANCEL with the meeting's UID", async () => {
    const parsed = parseIcs(await (await getMeetingIcs(secretariat, cancelledId)).text());
    expect(parsed.method).toBe("CANCEL");
    expect(parsed.events[0]).toMatchObject({ uid: `meeting-${cancelledId}@notulen`, status: "CANCELLED" });
  });

  it("names the meeting in Bahasa Indonesia with ?lang=id and rejects an unknown language", async () => {
    const [event] = parseIcs(await (await getMeetingIcs(secretariat, invitedId, "?lang=id")).text()).events;
    expect(event.summary).toBe("PSC ke-3 — Annual review");
    expect((await getMeetingIcs(secretariat, invitedId, "?lang=xx")).status).toBe(400);
  });
});

describe("GET /api/v1/programmes/{id}/calendar.ics", () => {
  const uids = async (res: Response) =>
    parseIcs(await res.text())
      .events.map((e) => e.uid)
      .sort();
  const uid = (id: string) => `meeting-${id}@notulen`;

  it("refuses a request without a token with 401", async () => {
    expect((await getProgrammeIcs(null, programmeA)).status).toBe(401);
  });

  it("publishes the programme's scheduled and cancelled meetings to the secretariat, not drafts", async () => {
    const res = await getProgrammeIcs(secretariat, programmeA);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'inline; filename="maternal-health-programme-meetings.ics"',
    );
    const text = await res.clone().text();
    expect(parseIcs(text)).toMatchObject({ method: "PUBLISH", name: "Maternal Health Programme" });
    expect(text).not.toContain("ATTENDEE");
    expect(await uids(res)).toEqual([uid(invitedId), uid(notInvitedId), uid(cancelledId)].sort());
    expect(text).not.toContain(uid(draftId));
  });

  it("gives a member only the meetings they are invited to", async () => {
    const res = await getProgrammeIcs(member, programmeA);
    expect(res.status).toBe(200);
    expect(await uids(res)).toEqual([uid(invitedId)]);
  });

  it("answers 404 alike for another programme and a missing one", async () => {
    const elsewhere = await getProgrammeIcs(outsider, programmeA);
    const missing = await getProgrammeIcs(secretariat, "no-such-programme");
    expect([elsewhere.status, missing.status]).toEqual([404, 404]);
    expect(await elsewhere.json()).toEqual(await missing.json());
  });
});
