// Scheduling from the form in local time, co-chairs, and the agenda builder: reorder persisted,
// generated items (adoption only after a previous meeting, matters arising from earlier meetings
// only), the same 404 for other programmes and for roles without meeting:manage.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAgenda, POST as postItem } from "@/app/api/v1/meetings/[id]/agenda/route";
import { PUT as putOrder } from "@/app/api/v1/meetings/[id]/agenda/order/route";
import { addGeneratedItems, createAgendaItem, deleteAgendaItem, mattersArising } from "@/lib/agenda/service";
import { db } from "@/lib/db";
import { addCoChair, removeCoChair } from "@/lib/co-chair/service";
import { ZScheduleMeetingForm, toCreateMeeting } from "@/lib/meeting/form";
import { createMeeting as scheduleMeeting } from "@/lib/meeting/service/meetings";
import { getUserWithAccess } from "@/lib/user/service";
import type { TAccess } from "@/lib/auth/permissions";
import { createMeeting, createPerson, createProgramme, createUser, tokenFor } from "../factories";
import { apiRequest } from "../support/call-route";

let programmeId: string;
let secretariat: TAccess;
let coordinator: TAccess;
let outsider: TAccess;
let secretariatToken: string;
let coordinatorToken: string;
const actor = { label: "test" };

const accessOf = async (userId: string) => (await getUserWithAccess(userId))!.access;
const req = (method: string, token: string, id: string, suffix: string, body?: unknown) =>
  apiRequest(`/api/v1/meetings/${id}/agenda${suffix}`, { method, token, body });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  const other = (await createProgramme()).id;
  const s = await createUser({ role: "SECRETARIAT", programmeId });
  const c = await createUser({ role: "COORDINATOR", programmeId });
  const o = await createUser({ role: "SECRETARIAT", programmeId: other });
  [secretariat, coordinator, outsider] = await Promise.all([s, c, o].map((u) => accessOf(u.id)));
  secretariatToken = await tokenFor(s);
  coordinatorToken = await tokenFor(c);
});

describe("scheduling from the form", () => {
  it("turns the local date and times in the meeting's zone into UTC and numbers the meeting", async () => {
    const form = ZScheduleMeetingForm.parse({
      programmeId,
      kind: "TECHNICAL_COMMITTEE",
      title: "Technical committee",
      date: "2026-10-25",
      startTime: "02:30",
      endTime: "04:00",
      timeZone: "Europe/Berlin",
    });
    const meeting = await scheduleMeeting(secretariat, toCreateMeeting(form), actor);
    expect(meeting.startsAt).toBe("2026-10-25T00:30:00.000Z");
    expect(meeting.endsAt).toBe("2026-10-25T03:00:00.000Z");
    expect(meeting.sequenceNumber).toBe(1);
    const jakarta = ZScheduleMeetingForm.parse({
      ...form,
      date: "2026-12-10",
      startTime: "09:00",
      endTime: "12:30",
      timeZone: "Asia/Jakarta",
    });
    const second = await scheduleMeeting(secretariat, toCreateMeeting(jakarta), actor);
    expect(second).toMatchObject({ startsAt: "2026-12-10T02:00:00.000Z", sequenceNumber: 2 });
  });

  it("refuses an end before the start under the end time field", () => {
    const result = ZScheduleMeetingForm.safeParse({
      programmeId,
      kind: "PSC",
      title: "PSC",
      date: "2026-12-10",
      startTime: "12:00",
      endTime: "09:00",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(["endTime"]);
  });
});

describe("agenda", () => {
  it("persists a new order in one go and refuses a stale one", async () => {
    const meeting = await createMeeting(programmeId);
    const ids: string[] = [];
    for (const title of ["Opening", "Progress report", "Closing"]) {
      ids.push((await createAgendaItem(secretariat, meeting.id, { title, plannedMinutes: "15" }, actor)).id);
    }
    const reordered = [ids[2], ids[0], ids[1]];
    const res = await putOrder(
      req("PUT", secretariatToken, meeting.id, "/order", { itemIds: reordered }),
      ctx(meeting.id),
    );
    expect(res.status).toBe(200);
    const listed = await (
      await getAgenda(req("GET", secretariatToken, meeting.id, ""), ctx(meeting.id))
    ).json();
    expect(listed.data.map((i: { id: string }) => i.id)).toEqual(reordered);
    expect(listed.data.map((i: { order: number }) => i.order)).toEqual([1, 2, 3]);

    const stale = await putOrder(
      req("PUT", secretariatToken, meeting.id, "/order", { itemIds: ids.slice(0, 2) }),
      ctx(meeting.id),
    );
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.messageKey).toBe("meeting.errors.agendaChanged");

    await deleteAgendaItem(secretariat, meeting.id, ids[0], { version: 1 }, actor);
    const rows = await db().agendaItem.findMany({
      where: { meetingId: meeting.id },
      orderBy: { order: "asc" },
    });
    expect(rows.map((r) => [r.id, r.order])).toEqual([
      [ids[2], 1],
      [ids[1], 2],
    ]);
    const audit = await db().auditEvent.count({ where: { entity: "Agenda", entityId: meeting.id } });
    expect(audit).toBe(1);
  });

  it("adds adoption of the previous minutes only when the programme had an earlier meeting", async () => {
    const programme = (await createProgramme()).id;
    const s = await accessOf((await createUser({ role: "SECRETARIAT", programmeId: programme })).id);
    const first = await createMeeting(programme, { startsAt: new Date("2026-03-01T02:00:00Z") });
    const second = await createMeeting(programme, { startsAt: new Date("2026-06-01T02:00:00Z") });
    await createAgendaItem(s, second.id, { title: "Opening" }, actor);

    const firstAgenda = await addGeneratedItems(s, first.id, actor);
    expect(firstAgenda.map((i) => [i.kind, i.title])).toEqual([["MATTERS_ARISING", "Matters arising"]]);

    // Titled in the language of whoever adds them.
    const secondAgenda = await addGeneratedItems(s, second.id, actor, "id");
    expect(secondAgenda.map((i) => i.kind)).toEqual([
      "ADOPTION_OF_PREVIOUS_MINUTES",
      "MATTERS_ARISING",
      "REGULAR",
    ]);
    expect(secondAgenda[0].title).toBe("Pengesahan notulen rapat sebelumnya");
    // Pressing the button again adds nothing twice.
    expect(await addGeneratedItems(s, second.id, actor)).toHaveLength(3);
  });

  it("lists under matters arising the open actions of earlier meetings only", async () => {
    const programme = (await createProgramme()).id;
    const s = await accessOf((await createUser({ role: "SECRETARIAT", programmeId: programme })).id);
    const earlier = await createMeeting(programme, { startsAt: new Date("2026-01-10T02:00:00Z") });
    const current = await createMeeting(programme, { startsAt: new Date("2026-04-10T02:00:00Z") });
    const later = await createMeeting(programme, { startsAt: new Date("2026-08-10T02:00:00Z") });
    const elsewhere = await createMeeting(programmeId, { startsAt: new Date("2026-01-05T02:00:00Z") });
    const action = (
      meetingId: string,
      programmeId: string,
      title: string,
      status: "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED",
    ) => db().actionItem.create({ data: { meetingId, programmeId, title, status } });
    await action(earlier.id, programme, "Share the workplan", "OPEN");
    await action(earlier.id, programme, "Recruit the M&E officer", "IN_PROGRESS");
    await action(earlier.id, programme, "Done already", "DONE");
    await action(earlier.id, programme, "Dropped", "DROPPED");
    await action(current.id, programme, "Raised today", "OPEN");
    await action(later.id, programme, "Raised later", "OPEN");
    await action(elsewhere.id, programmeId, "Other programme", "OPEN");

    const items = await mattersArising(s, current.id);
    expect(items.map((i) => i.title).sort()).toEqual(["Recruit the M&E officer", "Share the workplan"]);
    expect(items[0].meeting.id).toBe(earlier.id);
  });

  it("is changed only by meeting:manage in the meeting's programme, with the same 404 otherwise", async () => {
    const meeting = await createMeeting(programmeId);
    await expect(createAgendaItem(coordinator, meeting.id, { title: "Sneaky" }, actor)).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(createAgendaItem(outsider, meeting.id, { title: "Sneaky" }, actor)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(addGeneratedItems(outsider, meeting.id, actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const res = await postItem(
      req("POST", coordinatorToken, meeting.id, "", { title: "Sneaky" }),
      ctx(meeting.id),
    );
    expect(res.status).toBe(404);
    const invalid = await postItem(
      req("POST", secretariatToken, meeting.id, "", { title: "", plannedMinutes: -5 }),
      ctx(meeting.id),
    );
    expect(invalid.status).toBe(400);
    expect(Object.keys((await invalid.json()).error.fieldErrors).sort()).toEqual(["plannedMinutes", "title"]);
    expect(await db().agendaItem.count({ where: { meetingId: meeting.id } })).toBe(0);
  });
});

describe("co-chairs", () => {
  it("adds and removes co-chairs with their capacity, audited, once per person", async () => {
    const meeting = await createMeeting(programmeId);
    const person = await createPerson();
    const added = await addCoChair(
      secretariat,
      meeting.id,
      { personId: person.id, capacity: "UN Resident Coordinator a.i." },
      actor,
    );
    expect(added).toMatchObject({ personId: person.id, capacity: "UN Resident Coordinator a.i.", order: 1 });
    await expect(
      addCoChair(secretariat, meeting.id, { personId: person.id, capacity: "Again" }, actor),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      key: "meeting.errors.alreadyCoChair",
      params: { name: person.name },
    });
    await expect(
      addCoChair(coordinator, meeting.id, { personId: person.id, capacity: "Representative" }, actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeCoChair(outsider, meeting.id, person.id, actor)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await removeCoChair(secretariat, meeting.id, person.id, actor);
    expect(await db().coChair.count({ where: { meetingId: meeting.id } })).toBe(0);
    const audit = await db().auditEvent.findMany({ where: { entity: "CoChair" }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["CREATE", "DELETE"]);
  });
});
