// Editing a meeting and moving it along its lifecycle over the API: stale versions are refused,
// the calendar sequence moves only with the schedule, illegal moves are 400, others' meetings 404.
import { describe, expect, it } from "vitest";
import { GET, PATCH } from "@/app/api/v1/meetings/[id]/route";
import { POST as postStatus } from "@/app/api/v1/meetings/[id]/status/route";
import { db } from "@/lib/db";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createUserToken,
  invite,
  programmeWithSecretariat,
} from "../factories";
import { callRoute } from "../support/call-route";

const { programmeId, secretariat, coordinator, outsider } = await programmeWithSecretariat();

const url = (id: string, suffix = "") => `/api/v1/meetings/${id}${suffix}`;
const patch = (token: string, id: string, body: unknown) =>
  callRoute(PATCH, url(id), { method: "PATCH", token, body, params: { id } });
const status = (token: string, id: string, body: unknown) =>
  callRoute(postStatus, url(id, "/status"), { method: "POST", token, body, params: { id } });
const get = (token: string, id: string) => callRoute(GET, url(id), { token, params: { id } });

describe("PATCH /api/v1/meetings/{id}", () => {
  it("edits the meeting, raises its version and records before and after", async () => {
    const meeting = await createMeeting(programmeId);
    const res = await patch(secretariat, meeting.id, { version: 1, title: "Mid-term review PSC" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ title: "Mid-term review PSC", version: 2, icsSequence: 0 });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entity: "Meeting", entityId: meeting.id },
    });
    expect(audit).toMatchObject({ action: "UPDATE", programmeId });
    expect(audit.before).toMatchObject({ title: meeting.title, version: 1 });
    expect(audit.after).toMatchObject({ title: "Mid-term review PSC", version: 2 });
  });

  it("refuses an edit made on a stale version with 409, and keeps the other person's change", async () => {
    const meeting = await createMeeting(programmeId);
    expect((await patch(secretariat, meeting.id, { version: 1, title: "First edit" })).status).toBe(200);
    const stale = await patch(secretariat, meeting.id, { version: 1, title: "Second edit" });
    expect(stale.status).toBe(409);
    const { error } = await stale.json();
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "meeting.errors.changedMeanwhile" });
    expect(error.message).toMatch(/someone else changed/i);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).title).toBe("First edit");
  });

  it("lets only one of two simultaneous edits of the same version through", async () => {
    const meeting = await createMeeting(programmeId);
    const results = await Promise.all([
      patch(secretariat, meeting.id, { version: 1, title: "Edit A" }),
      patch(secretariat, meeting.id, { version: 1, title: "Edit B" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(2);
  });

  it("raises the calendar sequence when the time or venue changes, not for a new title", async () => {
    const meeting = await createMeeting(programmeId);
    const titled = await (await patch(secretariat, meeting.id, { version: 1, title: "Renamed" })).json();
    expect(titled.icsSequence).toBe(0);
    const sameInstant = meeting.startsAt.toISOString();
    const unmoved = await (
      await patch(secretariat, meeting.id, { version: 2, startsAt: sameInstant })
    ).json();
    expect(unmoved.icsSequence).toBe(0);
    const moved = await (
      await patch(secretariat, meeting.id, {
        version: 3,
        startsAt: new Date(meeting.startsAt.getTime() + 3600_000).toISOString(),
      })
    ).json();
    expect(moved.icsSequence).toBe(1);
    const rehoused = await (await patch(secretariat, meeting.id, { version: 4, venueRoom: "Room 3" })).json();
    expect(rehoused).toMatchObject({ icsSequence: 2, version: 5 });
  });

  it("checks the end against the stored start when only the end is sent", async () => {
    const meeting = await createMeeting(programmeId);
    const res = await patch(secretariat, meeting.id, {
      version: 1,
      endsAt: new Date(meeting.startsAt.getTime() - 60_000).toISOString(),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors.endsAt).toBeDefined();
  });

  it("refuses a coordinator and another programme's secretariat with 404, changing nothing", async () => {
    const meeting = await createMeeting(programmeId);
    for (const bearer of [coordinator, outsider]) {
      expect((await patch(bearer, meeting.id, { version: 1, title: "Hijacked" })).status).toBe(404);
    }
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(1);
  });
});

describe("POST /api/v1/meetings/{id}/status", () => {
  it("moves a meeting along its lifecycle with an audit event", async () => {
    const meeting = await createMeeting(programmeId, { status: "DRAFT" });
    const res = await status(secretariat, meeting.id, { to: "SCHEDULED", version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "SCHEDULED", version: 2 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: meeting.id } });
    expect(audit.before).toMatchObject({ status: "DRAFT" });
    expect(audit.after).toMatchObject({ status: "SCHEDULED" });
  });

  it("answers an illegal move with 400 naming both statuses", async () => {
    const meeting = await createMeeting(programmeId, { status: "HELD" });
    const res = await status(secretariat, meeting.id, { to: "CANCELLED", version: 1 });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("VALIDATION");
    expect(error.messageKey).toBe("meeting.errors.statusChangeNotAllowed");
    expect(error.fieldErrors.to[0]).toMatch(/from “Held” to “Cancelled”/);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("HELD");
  });

  it("raises the calendar sequence on cancellation", async () => {
    const meeting = await createMeeting(programmeId);
    const body = await (await status(secretariat, meeting.id, { to: "CANCELLED", version: 1 })).json();
    expect(body).toMatchObject({ status: "CANCELLED", icsSequence: 1 });
  });

  it("refuses a stale version with 409", async () => {
    const meeting = await createMeeting(programmeId);
    await patch(secretariat, meeting.id, { version: 1, title: "Edited meanwhile" });
    expect((await status(secretariat, meeting.id, { to: "HELD", version: 1 })).status).toBe(409);
  });

  it("refuses a coordinator, and answers not-yours like missing", async () => {
    const meeting = await createMeeting(programmeId);
    expect((await status(coordinator, meeting.id, { to: "HELD", version: 1 })).status).toBe(404);
    const notYours = await status(outsider, meeting.id, { to: "HELD", version: 1 });
    const missing = await status(outsider, "no-such-meeting", { to: "HELD", version: 1 });
    expect(notYours.status).toBe(404);
    expect(await notYours.json()).toEqual(await missing.json());
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("SCHEDULED");
  });
});

describe("GET /api/v1/meetings/{id}", () => {
  it("shows an invited member the meeting with co-chairs, agenda and counts; others get 404", async () => {
    const meeting = await createMeeting(programmeId);
    const ministry = await createOrganisation();
    const guest = await createPerson(ministry.id);
    const stranger = await createPerson(ministry.id);
    const chair = await db().person.update({
      where: { id: (await createPerson(ministry.id)).id },
      data: { position: "Deputy Minister" },
    });
    await db().coChair.create({
      data: { meetingId: meeting.id, personId: chair.id, capacity: "representative of the Government" },
    });
    await db().agendaItem.createMany({
      data: [
        {
          meetingId: meeting.id,
          order: 2,
          title: "Progress report",
          presenterPersonId: chair.id,
          plannedMinutes: 30,
        },
        { meetingId: meeting.id, order: 1, kind: "ADOPTION_OF_PREVIOUS_MINUTES", title: "Adoption" },
      ],
    });
    await invite(meeting.id, guest.id);
    await invite(meeting.id, chair.id);
    await db().invitation.updateMany({ where: { personId: chair.id }, data: { attendance: "PRESENT" } });
    await db().invitation.create({
      data: { meetingId: meeting.id, personId: stranger.id, isWalkIn: true, attendance: "PRESENT" },
    });

    const member = await createUserToken({ role: "MEMBER", programmeId, personId: guest.id });
    const res = await get(member, meeting.id);
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.coChairs).toEqual([
      {
        personId: chair.id,
        name: chair.name,
        position: "Deputy Minister",
        organisation: { id: ministry.id, name: ministry.name, acronym: ministry.acronym },
        capacity: "representative of the Government",
        capacityTranslation: null,
      },
    ]);
    expect(detail.agendaItems.map((a: { title: string }) => a.title)).toEqual([
      "Adoption",
      "Progress report",
    ]);
    expect(detail.agendaItems[1]).toMatchObject({ presenter: { id: chair.id }, plannedMinutes: 30 });
    expect(detail.counts).toEqual({ invited: 2, present: 2 });

    const notInvited = await createPerson(ministry.id);
    const uninvited = await createUserToken({ role: "MEMBER", programmeId, personId: notInvited.id });
    expect((await get(uninvited, meeting.id)).status).toBe(404);
  });
});
