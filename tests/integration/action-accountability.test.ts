// The accountability view of a programme (page and GET /api/v1/programmes/{id}/accountability): a
// directorate's items count for its ministry, figures only over what the read rule lets the caller
// see, and another programme is the same 404 as a missing one.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as accountabilityRoute } from "@/app/api/v1/programmes/[id]/accountability/route";
import { accountabilityProgrammes, programmeAccountability } from "@/lib/action-item/service/accountability";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { getUserWithAccess } from "@/lib/user/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUser,
  tokenFor,
} from "../factories";
import { callRoute } from "../support/call-route";

const NOW = new Date("2026-06-15T03:00:00Z");

let coordinator: TAccess;
let coordinatorToken: string;
let member: TAccess;
let programmeId: string;
let otherProgrammeId: string;
let ministryId: string;
let meetingIds: string[] = [];

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  otherProgrammeId = (await createProgramme()).id;
  const ministry = await createOrganisation("GOVERNMENT_MINISTRY", `Ministry Alpha ${Math.random()}`);
  const directorate = await db().organisation.create({
    data: { name: `Directorate Beta ${Math.random()}`, kind: "GOVERNMENT_MINISTRY", parentId: ministry.id },
  });
  const agency = await createOrganisation("UN_ENTITY", `Agency Gamma ${Math.random()}`);
  ministryId = ministry.id;
  const first = await createMeeting(programmeId, { startsAt: new Date("2026-03-02T02:00:00Z") });
  const second = await createMeeting(programmeId, { startsAt: new Date("2026-05-04T02:00:00Z") });
  // Not held yet: not a row of the view.
  await createMeeting(programmeId, { startsAt: new Date("2026-09-01T02:00:00Z") });
  const elsewhere = await createMeeting(otherProgrammeId, { startsAt: new Date("2026-04-01T02:00:00Z") });
  meetingIds = [first.id, second.id];

  let number = 0;
  const item = (
    meeting: { id: string; programmeId: string },
    ownerOrganisationId: string | null,
    status: ActionStatus,
    due: string | null,
    closedAt?: string,
  ) =>
    db().actionItem.create({
      data: {
        meetingId: meeting.id,
        programmeId: meeting.programmeId,
        number: ++number,
        title: `Item ${number}`,
        ownerOrganisationId,
        status,
        dueDate: due ? new Date(`${due}T00:00:00Z`) : null,
        closedAt: closedAt ? new Date(closedAt) : null,
      },
    });
  await item(first, ministry.id, "OPEN", "2026-06-01"); // overdue 14 days
  await item(first, directorate.id, "REPORTED_DONE", "2026-06-10"); // overdue 5 days
  await item(first, directorate.id, "DONE", "2026-04-01", "2026-03-20T05:00:00Z"); // on time, closed before PSC2
  await item(second, agency.id, "DONE", "2026-05-10", "2026-05-20T05:00:00Z"); // late
  await item(second, agency.id, "DROPPED", null, "2026-05-21T05:00:00Z");
  await item(second, null, "OPEN", "2026-06-15"); // due today: not overdue
  await item(elsewhere, ministry.id, "OPEN", "2026-01-01");

  const coordinatorUser = await createUser({ role: "COORDINATOR", programmeId });
  coordinator = (await getUserWithAccess(coordinatorUser.id))!.access;
  coordinatorToken = await tokenFor(coordinatorUser);
  const memberUser = await createUser({
    role: "MEMBER",
    programmeId,
    personId: (await createPerson(directorate.id)).id,
  });
  member = (await getUserWithAccess(memberUser.id))!.access;
});

describe("a programme's accountability", () => {
  it("counts by top-level organisation, most overdue first, with the totals of the programme", async () => {
    const data = await programmeAccountability(coordinator, programmeId, NOW);
    expect(data.today).toBe("2026-06-15");
    expect(data.totals).toMatchObject({
      total: 6,
      open: 3,
      overdue: 2,
      done: 2,
      doneOnTime: 1,
      doneLate: 1,
      dropped: 1,
    });
    expect(data.organisations.map((o) => [o.organisation?.id ?? null, o.total, o.open, o.overdue])).toEqual([
      [ministryId, 3, 2, 2],
      [expect.any(String), 2, 0, 0],
      [null, 1, 1, 0],
    ]);
    const ministryRow = data.organisations[0];
    expect(ministryRow.medianDaysOverdue).toBe(9.5);
    expect(ministryRow.oldestOverdue).toMatchObject({ dueDate: "2026-06-01", daysOverdue: 14 });
  });

  it("lists held meetings with items raised, closed until the next meeting, and still open", async () => {
    const data = await programmeAccountability(coordinator, programmeId, NOW);
    expect(data.meetings.map((m) => [m.meeting.id, m.raised, m.closed, m.stillOpen])).toEqual([
      [meetingIds[0], 3, 1, 2],
      [meetingIds[1], 3, 2, 1],
    ]);
  });

  it("gives a member only their organisation's items (the ministry's, not the directorate's siblings')", async () => {
    const data = await programmeAccountability(member, programmeId, NOW);
    // A member of the directorate reads the directorate's items (the read rule), counted for the ministry.
    expect(data.totals.total).toBe(2);
    expect(data.organisations.map((o) => o.organisation?.id)).toEqual([ministryId]);
    expect((await accountabilityProgrammes(member)).map((p) => p.id)).toEqual([programmeId]);
  });

  it("answers another programme's view and a missing one with the same 404", async () => {
    await expect(programmeAccountability(coordinator, otherProgrammeId, NOW)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const id of [otherProgrammeId, "missing-programme"]) {
      const res = await callRoute(accountabilityRoute, `/api/v1/programmes/${id}/accountability`, {
        token: coordinatorToken,
        params: { id },
      });
      expect(res.status).toBe(404);
    }
    const res = await callRoute(accountabilityRoute, `/api/v1/programmes/${programmeId}/accountability`, {
      token: coordinatorToken,
      params: { id: programmeId },
    });
    const body = await res.json();
    expect([res.status, body.programme?.id ?? body]).toEqual([200, programmeId]);
  });
});
