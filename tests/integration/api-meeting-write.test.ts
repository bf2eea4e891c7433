// Scheduling a meeting over the API: validation with field errors, permission in the programme,
// sequence numbers, the audit trail, and the same 404 for missing and not-yours.
import { describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/v1/meetings/[id]/route";
import { POST } from "@/app/api/v1/meetings/route";
import { db } from "@/lib/db";
import {
  createMeeting as createMeetingRow,
  createProgramme,
  createUserToken,
  programmeWithSecretariat,
} from "../factories";
import { callRoute } from "../support/call-route";

const { programmeId, otherProgrammeId, secretariat, coordinator } = await programmeWithSecretariat();

const post = (token: string, body: string) =>
  callRoute(POST, "/api/v1/meetings", { method: "POST", token, body });
const getMeeting = (token: string, id: string) =>
  callRoute(getOne, `/api/v1/meetings/${id}`, { token, params: { id } });

const valid = () => ({
  programmeId,
  title: "Programme Steering Committee",
  startsAt: "2026-12-10T09:00:00+07:00",
  endsAt: "2026-12-10T12:30:00+07:00",
  venueBuilding: "Bappenas",
});

describe("POST /api/v1/meetings", () => {
  it("schedules a draft meeting numbered after the last one, with an audit event", async () => {
    const first = await post(secretariat, JSON.stringify(valid()));
    expect(first.status).toBe(201);
    const a = await first.json();
    expect(a).toMatchObject({ status: "DRAFT", sequenceNumber: 1, timeZone: "Asia/Jakarta", kind: "PSC" });
    expect(a.startsAt).toBe("2026-12-10T02:00:00.000Z");
    const b = await (await post(secretariat, JSON.stringify(valid()))).json();
    expect(b.sequenceNumber).toBe(2);
    const audit = await db().auditEvent.findFirst({ where: { entity: "Meeting", entityId: a.id } });
    expect(audit).toMatchObject({ action: "CREATE", programmeId });
    expect(audit?.actorUserId).not.toBeNull();
  });

  it("numbers concurrent schedulings without gaps or duplicates", async () => {
    const programme = await createProgramme();
    const token = await createUserToken({ role: "SECRETARIAT", programmeId: programme.id });
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => post(token, JSON.stringify({ ...valid(), programmeId: programme.id }))),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const numbers = (await Promise.all(responses.map((r) => r.json()))).map((m) => m.sequenceNumber).sort();
    expect(numbers).toEqual([1, 2, 3, 4]);
  });

  it("answers malformed JSON with 400", async () => {
    const res = await post(secretariat, "{ not json");
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("BAD_REQUEST");
  });

  it("answers invalid fields with 400 naming each field, and writes nothing", async () => {
    const before = await db().meeting.count();
    const res = await post(
      secretariat,
      JSON.stringify({
        ...valid(),
        title: "",
        endsAt: "2026-12-10T08:00:00+07:00",
        timeZone: "Mars/Olympus",
        onlineUrl: "zoom",
      }),
    );
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["endsAt", "onlineUrl", "timeZone", "title"]);
    expect(await db().meeting.count()).toBe(before);
  });

  it("reports an end before the start on the end field", async () => {
    const res = await post(secretariat, JSON.stringify({ ...valid(), endsAt: "2026-12-10T08:00:00+07:00" }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors.endsAt).toEqual(["The meeting must end after it starts."]);
  });

  it("refuses a coordinator, and a programme that is not the user's, the same way", async () => {
    const asCoordinator = await post(coordinator, JSON.stringify(valid()));
    const elsewhere = await post(secretariat, JSON.stringify({ ...valid(), programmeId: otherProgrammeId }));
    const missing = await post(secretariat, JSON.stringify({ ...valid(), programmeId: "no-such-programme" }));
    for (const res of [asCoordinator, elsewhere, missing]) expect(res.status).toBe(400);
    const bodies = await Promise.all([elsewhere.json(), missing.json()]);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(await db().meeting.count({ where: { programmeId: otherProgrammeId } })).toBe(0);
  });
});

describe("GET /api/v1/meetings/{id}", () => {
  it("returns a meeting of the user's programme", async () => {
    const meeting = await createMeetingRow(programmeId);
    const res = await getMeeting(coordinator, meeting.id);
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(meeting.id);
  });

  it("answers 404 alike for a missing meeting and one of another programme", async () => {
    const foreign = await createMeetingRow(otherProgrammeId);
    const notYours = await getMeeting(secretariat, foreign.id);
    const missing = await getMeeting(secretariat, "does-not-exist");
    expect(notYours.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await notYours.json()).toEqual(await missing.json());
  });
});
