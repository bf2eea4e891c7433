// Attendance statistics from a real register through the service and the API routes: the counts
// the secretariat reports, and who may see them (404 alike for missing and not-yours, 401 anonymous).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getMeetingStats } from "@/app/api/v1/meetings/[id]/attendance/stats/route";
import { GET as getProgrammeStats } from "@/app/api/v1/programmes/[id]/attendance/stats/route";
import { getMeetingAttendanceStats } from "@/lib/attendance/service";
import { db } from "@/lib/db";
import { getUserWithAccess } from "@/lib/user/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUserToken,
  invite,
} from "../factories";
import { callRoute } from "../support/call-route";

const call = (handler: typeof getMeetingStats, path: string, id: string, token: string | null) =>
  callRoute(handler, `/api/v1/${path}/${id}/attendance/stats`, { token, params: { id } });

let programmeId: string;
let firstMeetingId: string;
let secondMeetingId: string;
let coordinatorToken: string;
let invitedMemberToken: string;
let outsiderMemberToken: string;

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  const first = await createMeeting(programmeId, { status: "HELD", startsAt: new Date("2026-02-01T02:00Z") });
  const second = await createMeeting(programmeId, {
    status: "HELD",
    startsAt: new Date("2026-05-01T02:00Z"),
  });
  const cancelled = await createMeeting(programmeId, { status: "CANCELLED" });
  firstMeetingId = first.id;
  secondMeetingId = second.id;

  const bappenas = await createOrganisation("GOVERNMENT_MINISTRY");
  const directorate = await db().organisation.create({
    data: { name: `DG ${bappenas.id}`, kind: "GOVERNMENT_AGENCY", parentId: bappenas.id },
  });
  const health = await createOrganisation("GOVERNMENT_MINISTRY");
  const undp = await createOrganisation("UN_ENTITY");

  const coChair = await createPerson(bappenas.id);
  const planner = await createPerson(directorate.id);
  const doctor = await createPerson(health.id);
  const rc = await createPerson(undp.id);
  const walkIn = await createPerson(undp.id);
  await db().person.update({ where: { id: coChair.id }, data: { sex: "FEMALE" } });
  await db().person.update({ where: { id: planner.id }, data: { sex: "MALE" } });

  // First meeting: co-chair, directorate planner (speaker), a walk-in present; the doctor absent.
  for (const p of [coChair, planner, doctor, rc]) await invite(first.id, p.id);
  await db().invitation.updateMany({
    where: { meetingId: first.id, personId: { in: [coChair.id, planner.id] } },
    data: { attendance: "PRESENT" },
  });
  await db().invitation.updateMany({
    where: { meetingId: first.id, personId: doctor.id },
    data: { attendance: "ABSENT" },
  });
  await db().invitation.create({
    data: { meetingId: first.id, personId: walkIn.id, isWalkIn: true, attendance: "PRESENT" },
  });
  await db().coChair.create({ data: { meetingId: first.id, personId: coChair.id, capacity: "Government" } });
  await db().remark.create({
    data: { meetingId: first.id, speakerPersonId: planner.id, summary: "Progress", order: 1 },
  });
  await db().remark.create({
    data: { meetingId: first.id, speakerPersonId: coChair.id, summary: "Opening", order: 0 },
  });

  // Second meeting: the planner again and the doctor. Cancelled meeting: rc, never counted.
  for (const p of [planner, doctor]) await invite(second.id, p.id);
  await db().invitation.updateMany({ where: { meetingId: second.id }, data: { attendance: "PRESENT" } });
  await invite(cancelled.id, rc.id);
  await db().invitation.updateMany({ where: { meetingId: cancelled.id }, data: { attendance: "PRESENT" } });

  coordinatorToken = await createUserToken({ role: "COORDINATOR", programmeId });
  invitedMemberToken = await createUserToken({ role: "MEMBER", programmeId, personId: doctor.id });
  const outsider = await createPerson();
  outsiderMemberToken = await createUserToken({ role: "MEMBER", programmeId, personId: outsider.id });
});

describe("getMeetingAttendanceStats", () => {
  it("counts participants, walk-ins, ministries with directorates rolled up, sex and role", async () => {
    const coordinator = await db().user.findFirstOrThrow({
      where: { memberships: { some: { programmeId, role: "COORDINATOR" } } },
    });
    const user = await getUserWithAccess(coordinator.id);
    const { stats } = await getMeetingAttendanceStats(user!.access, firstMeetingId);
    expect(stats).toMatchObject({ invited: 4, participants: 3, invitedPresent: 2, walkIns: 1 });
    expect(stats).toMatchObject({ organisations: 2, ministries: 1 });
    expect(stats.byOrganisation[0]).toMatchObject({
      kind: "GOVERNMENT_MINISTRY",
      invited: 2,
      participants: 2,
    });
    expect(stats.bySex.map((s) => s.participants)).toEqual([1, 1, 0, 1]);
    expect(stats.byRole.map((r) => r.participants)).toEqual([1, 1, 1]);
  });
});

describe("GET /api/v1/meetings/{id}/attendance/stats", () => {
  it("shows an invited member the statistics of their meeting", async () => {
    const res = await call(getMeetingStats, "meetings", secondMeetingId, invitedMemberToken);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.meeting.id).toBe(secondMeetingId);
    expect(body.stats).toMatchObject({ participants: 2, ministries: 2, organisations: 2 });
  });

  it("answers a member who was not invited exactly as for a missing meeting", async () => {
    const notInvited = await call(getMeetingStats, "meetings", firstMeetingId, outsiderMemberToken);
    const missing = await call(getMeetingStats, "meetings", "no-such-meeting", outsiderMemberToken);
    expect(notInvited.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await notInvited.json()).toEqual(await missing.json());
  });

  it("answers 401 without a token", async () => {
    const res = await call(getMeetingStats, "meetings", firstMeetingId, null);
    expect(res.status).toBe(401);
  });
});

describe("GET /api/v1/programmes/{id}/attendance/stats", () => {
  it("gives a row per meeting that is not cancelled, and each person once in the totals", async () => {
    const res = await call(getProgrammeStats, "programmes", programmeId, coordinatorToken);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.meetings.map((m: { meeting: { id: string } }) => m.meeting.id)).toEqual([
      firstMeetingId,
      secondMeetingId,
    ]);
    expect(body.totals).toMatchObject({
      participants: 4,
      attendances: 5,
      meetingsWithAttendance: 2,
      ministries: 2,
    });
  });

  it("refuses a member (no meeting:read) the same as a missing programme", async () => {
    const member = await call(getProgrammeStats, "programmes", programmeId, invitedMemberToken);
    const missing = await call(getProgrammeStats, "programmes", "no-such-programme", coordinatorToken);
    expect(member.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await member.json()).toEqual(await missing.json());
  });
});
