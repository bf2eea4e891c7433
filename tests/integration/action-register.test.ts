// The follow-up register (/actions and GET /api/v1/action-items): filters in the database — a
// ministry includes its directorates; overdue counts a reported-done item as open and a verified one
// not —, counts per status of the same filter without its status part, sorting, pagination, and
// never more than the read rule (actionItemAccessWhere) lets a member see.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as registerRoute } from "@/app/api/v1/action-items/route";
import { ZActionRegisterQuery, type TActionRegisterQuery } from "@/lib/action-item/register-schema";
import {
  actionRegister,
  actionRegisterOptions,
  meetingActionCounts,
  meetingActionItems,
} from "@/lib/action-item/service/register";
import type { TAccess } from "@/lib/auth/permissions";
import { countDecisions } from "@/lib/decision/service";
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

const TODAY = new Date("2026-06-15T10:00:00Z");

let coordinator: TAccess;
let coordinatorToken: string;
let member: TAccess;
let programmeId: string;
let otherProgrammeId: string;
let ministryId: string;
let directorateId: string;
let otherMinistryId: string;
let ownerPersonId: string;
let meetingIds: [string, string];
const ids: Record<string, string> = {};
const names: Record<string, string> = {};
let firstSequence: number;

const query = (q: Record<string, unknown> = {}): TActionRegisterQuery => ZActionRegisterQuery.parse(q);
const titlesOf = async (access: TAccess, q: Record<string, unknown> = {}) =>
  (await actionRegister(access, query(q), TODAY)).data.map((row) => names[row.id]);
const sorted = (list: string[]) => [...list].sort();

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  otherProgrammeId = (await createProgramme()).id;
  const ministry = await createOrganisation("GOVERNMENT_MINISTRY", `Ministry Alpha ${Math.random()}`);
  const directorate = await db().organisation.create({
    data: { name: `Directorate Beta ${Math.random()}`, kind: "GOVERNMENT_MINISTRY", parentId: ministry.id },
  });
  const otherMinistry = await createOrganisation("GOVERNMENT_MINISTRY", `Ministry Gamma ${Math.random()}`);
  [ministryId, directorateId, otherMinistryId] = [ministry.id, directorate.id, otherMinistry.id];
  ownerPersonId = (await createPerson(otherMinistryId)).id;

  const first = await createMeeting(programmeId, { startsAt: new Date("2026-03-02T02:00:00Z") });
  const second = await createMeeting(programmeId, { startsAt: new Date("2026-05-04T02:00:00Z") });
  const elsewhere = await createMeeting(otherProgrammeId, { startsAt: new Date("2026-04-01T02:00:00Z") });
  meetingIds = [first.id, second.id];
  firstSequence = first.sequenceNumber;

  const item = async (
    name: string,
    meeting: { id: string; programmeId: string },
    number: number,
    ownerOrganisationId: string,
    status: ActionStatus,
    due: string | null,
    personId?: string,
  ) => {
    const row = await db().actionItem.create({
      data: {
        meetingId: meeting.id,
        programmeId: meeting.programmeId,
        number,
        title: `${name} ${Math.random()}`,
        ownerOrganisationId,
        ownerPersonId: personId,
        status,
        dueDate: due ? new Date(`${due}T00:00:00Z`) : null,
      },
    });
    ids[name] = row.id;
    names[row.id] = name;
  };
  await item("a1", first, 1, ministryId, "OPEN", "2026-06-01");
  await item("a2", first, 2, directorateId, "REPORTED_DONE", "2026-06-10");
  await item("a3", first, 3, directorateId, "DONE", "2026-06-01");
  await item("a4", second, 1, otherMinistryId, "IN_PROGRESS", "2026-07-01");
  await item("a5", second, 2, otherMinistryId, "DROPPED", null, ownerPersonId);
  await item("a6", second, 3, ministryId, "OPEN", "2026-06-15");
  await item("q1", elsewhere, 1, ministryId, "OPEN", "2026-01-01");

  const coordinatorUser = await createUser({ role: "COORDINATOR", programmeId });
  coordinator = (await getUserWithAccess(coordinatorUser.id))!.access;
  coordinatorToken = await tokenFor(coordinatorUser);
  // A member working in the directorate, invited to no meeting: the read rule gives them their
  // organisation's items of the programme, and no more.
  const memberPerson = await createPerson(directorateId);
  const memberUser = await createUser({ role: "MEMBER", programmeId, personId: memberPerson.id });
  member = (await getUserWithAccess(memberUser.id))!.access;
});

describe("the register's filters", () => {
  it("shows a coordinator every item of their programme, and only those", async () => {
    expect(sorted(await titlesOf(coordinator))).toEqual(["a1", "a2", "a3", "a4", "a5", "a6"]);
    expect(await titlesOf(coordinator, { programmeId: otherProgrammeId })).toEqual([]);
  });

  it("counts a ministry's directorates as the ministry's, but not the other way round", async () => {
    expect(sorted(await titlesOf(coordinator, { organisationId: ministryId }))).toEqual([
      "a1",
      "a2",
      "a3",
      "a6",
    ]);
    expect(sorted(await titlesOf(coordinator, { organisationId: directorateId }))).toEqual(["a2", "a3"]);
  });

  it("takes overdue as not done or dropped and due before today: reported done counts, done and due today do not", async () => {
    expect(sorted(await titlesOf(coordinator, { overdue: "true" }))).toEqual(["a1", "a2"]);
    const rows = (await actionRegister(coordinator, query(), TODAY)).data;
    const overdue = Object.fromEntries(rows.map((r) => [names[r.id], r.isOverdue]));
    expect(overdue).toEqual({ a1: true, a2: true, a3: false, a4: false, a5: false, a6: false });
  });

  it("filters by meeting, owner person, one or several statuses and inclusive due dates", async () => {
    expect(sorted(await titlesOf(coordinator, { meetingId: meetingIds[1] }))).toEqual(["a4", "a5", "a6"]);
    expect(await titlesOf(coordinator, { personId: ownerPersonId })).toEqual(["a5"]);
    expect(sorted(await titlesOf(coordinator, { status: "OPEN,DONE" }))).toEqual(["a1", "a3", "a6"]);
    expect(sorted(await titlesOf(coordinator, { status: ["OPEN", "DONE"] }))).toEqual(["a1", "a3", "a6"]);
    const range = { dueAfter: "2026-06-10", dueBefore: "2026-06-15" };
    expect(sorted(await titlesOf(coordinator, range))).toEqual(["a2", "a6"]);
  });

  it("counts the filtered items per status, the status filter left out", async () => {
    const result = await actionRegister(
      coordinator,
      query({ organisationId: ministryId, status: "OPEN" }),
      TODAY,
    );
    expect(result.total).toBe(2);
    expect(result.counts).toEqual({ OPEN: 2, IN_PROGRESS: 0, REPORTED_DONE: 1, DONE: 1, DROPPED: 0 });
  });

  it("gives each row its reference, meeting and programme", async () => {
    const row = (await actionRegister(coordinator, query({ personId: ownerPersonId }), TODAY)).data[0];
    expect(row).toMatchObject({
      id: ids.a5,
      reference: `PSC${firstSequence + 1}/A/02`,
      dueDate: null,
      status: "DROPPED",
      ownerOrganisation: { id: otherMinistryId },
      ownerPerson: { id: ownerPersonId },
      meeting: { id: meetingIds[1], kind: "PSC" },
      programme: { id: programmeId },
    });
  });
});

describe("sorting and pages", () => {
  it("sorts by due date (none last), by reference, by status in its order and by owner", async () => {
    expect(await titlesOf(coordinator)).toEqual(["a1", "a3", "a2", "a6", "a4", "a5"]);
    expect(await titlesOf(coordinator, { order: "desc" })).toEqual(["a4", "a6", "a2", "a1", "a3", "a5"]);
    expect(await titlesOf(coordinator, { sort: "reference" })).toEqual(["a1", "a2", "a3", "a4", "a5", "a6"]);
    expect(await titlesOf(coordinator, { sort: "reference", order: "desc" })).toEqual([
      "a6",
      "a5",
      "a4",
      "a3",
      "a2",
      "a1",
    ]);
    expect(await titlesOf(coordinator, { sort: "status" })).toEqual(["a1", "a6", "a4", "a2", "a3", "a5"]);
    const owners = (await actionRegister(coordinator, query({ sort: "owner" }), TODAY)).data.map(
      (r) => r.ownerOrganisation?.id,
    );
    expect(owners).toEqual([
      directorateId,
      directorateId,
      ministryId,
      ministryId,
      otherMinistryId,
      otherMinistryId,
    ]);
  });

  it("pages the sorted register", async () => {
    const page = await actionRegister(
      coordinator,
      query({ sort: "reference", pageSize: "2", page: "2" }),
      TODAY,
    );
    expect(page.data.map((r) => names[r.id])).toEqual(["a3", "a4"]);
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 6, pageCount: 3 });
  });
});

describe("what a member sees", () => {
  it("is only what the read rule allows, whatever the filter asks for", async () => {
    expect(sorted(await titlesOf(member))).toEqual(["a2", "a3"]);
    expect(sorted(await titlesOf(member, { organisationId: ministryId }))).toEqual(["a2", "a3"]);
    expect(await titlesOf(member, { meetingId: meetingIds[1] })).toEqual([]);
    const counts = (await actionRegister(member, query(), TODAY)).counts;
    expect(counts).toEqual({ OPEN: 0, IN_PROGRESS: 0, REPORTED_DONE: 1, DONE: 1, DROPPED: 0 });
  });

  it("is offered in the filter only the programmes, meetings and organisations of those items", async () => {
    const options = await actionRegisterOptions(member);
    expect(options.programmes.map((p) => p.id)).toEqual([programmeId]);
    expect(options.meetings.map((m) => m.id)).toEqual([meetingIds[0]]);
    // The directorate, under its ministry (to pick the whole ministry).
    expect(options.organisations.map((o) => [o.id, o.depth])).toEqual([
      [ministryId, 0],
      [directorateId, 1],
    ]);
    expect(options.isTruncated).toBe(false);
  });

  it("offers the chosen programme's meetings, and a meeting asked for in the address, never another's", async () => {
    const inProgramme = await actionRegisterOptions(member, { programmeId });
    expect(inProgramme.meetings.map((m) => m.id)).toEqual([meetingIds[0]]);
    const elsewhere = await actionRegisterOptions(member, { programmeId: "nosuchprogramme" });
    expect(elsewhere.meetings).toEqual([]);
    // A meeting whose items the member may not read is not offered, even when named.
    const named = await actionRegisterOptions(member, { meetingId: meetingIds[1] });
    expect(named.meetings.map((m) => m.id)).toEqual([meetingIds[0]]);
  });
});

describe("a meeting's action items, as its page lists them", () => {
  it("are the meeting's items by running number, with references and counts per status", async () => {
    const result = await meetingActionItems(coordinator, meetingIds[0], TODAY);
    expect(result.data.map((row) => names[row.id])).toEqual(["a1", "a2", "a3"]);
    expect(result.data.map((row) => row.reference)).toEqual(
      [1, 2, 3].map((n) => `PSC${firstSequence}/A/0${n}`),
    );
    expect(result.data.map((row) => row.isOverdue)).toEqual([true, true, false]);
    expect(result.counts).toEqual({ OPEN: 1, IN_PROGRESS: 0, REPORTED_DONE: 1, DONE: 1, DROPPED: 0 });
  });

  it("never holds more than the read rule allows", async () => {
    expect((await meetingActionItems(member, meetingIds[0], TODAY)).data.map((r) => names[r.id])).toEqual([
      "a2",
      "a3",
    ]);
    expect((await meetingActionItems(member, meetingIds[1], TODAY)).total).toBe(0);
  });

  it("are counted for the other tabs as the list counts them, under the same read rule", async () => {
    for (const [who, access] of [
      ["coordinator", coordinator],
      ["member", member],
    ] as const) {
      for (const meetingId of meetingIds) {
        const listed = await meetingActionItems(access, meetingId, TODAY);
        const counted = await meetingActionCounts(access, meetingId, TODAY);
        expect(counted, `${who}, meeting ${meetingId}`).toEqual({
          counts: listed.counts,
          total: listed.total,
        });
      }
    }
    expect((await meetingActionCounts(member, meetingIds[0], TODAY)).total).toBe(2);
  });
});

describe("a meeting's decisions, as its page counts them", () => {
  it("counts the decisions of a meeting the user may read, and none of one they may not", async () => {
    await db().decision.createMany({
      data: [1, 2].map((number) => ({ meetingId: meetingIds[0], number, text: `Decision ${number}` })),
    });
    expect(await countDecisions(coordinator, meetingIds[0])).toBe(2);
    expect(await countDecisions(coordinator, meetingIds[1])).toBe(0);
    const elsewhere = await createUser({ role: "COORDINATOR", programmeId: otherProgrammeId });
    expect(await countDecisions((await getUserWithAccess(elsewhere.id))!.access, meetingIds[0])).toBe(0);
  });
});

describe("GET /api/v1/action-items", () => {
  const get = (search: string) =>
    callRoute(registerRoute, `/api/v1/action-items${search}`, { token: coordinatorToken });

  it("answers the filtered register with counts", async () => {
    const res = await get(`?organisationId=${directorateId}&status=REPORTED_DONE,DONE&sort=reference`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data: { id: string; reference: string }[];
      counts: object;
      total: number;
    };
    expect(body.data.map((r) => r.id)).toEqual([ids.a2, ids.a3]);
    expect(body.data[0].reference).toBe(`PSC${firstSequence}/A/02`);
    expect(body.total).toBe(2);
    expect(body.counts).toEqual({ OPEN: 0, IN_PROGRESS: 0, REPORTED_DONE: 1, DONE: 1, DROPPED: 0 });
  });

  it("refuses a date that is not one, a status that does not exist and an unknown sort with 400", async () => {
    for (const search of [
      "?dueBefore=2026-02-30",
      "?dueAfter=yesterday",
      "?status=OPEN,LATE",
      "?sort=title",
    ]) {
      const res = await get(search);
      expect(res.status, search).toBe(400);
      const body = (await res.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
      expect(body.error.code).toBe("VALIDATION");
      const field = search.slice(1).split("=")[0];
      expect(Object.keys(body.error.fieldErrors).map((key) => key.split(".")[0])).toEqual([field]);
    }
    const res = await get("?dueBefore=2026-02-30");
    const body = (await res.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(body.error.fieldErrors.dueBefore).toEqual(["Enter a date as YYYY-MM-DD."]);
  });

  it("asks for credentials", async () => {
    expect((await callRoute(registerRoute, "/api/v1/action-items")).status).toBe(401);
  });
});
