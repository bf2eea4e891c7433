// Carry-over into the next meeting (issue 11, item 5): "Matters arising" lists the action items of
// earlier meetings still open when the meeting started (reported done included, verified done
// before it not), with their status as of then; the secretariat records a status and a note for one
// at the meeting — an ordinary progress update carrying the meeting and dated its day — and the
// meeting's record, minutes and summary gain the "Follow-up of earlier actions"; a member of another
// ministry cannot post for the item (404), and nothing is written by a refused request.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCarriedOver } from "@/app/api/v1/meetings/[id]/carried-over/route";
import { POST as postUpdate } from "@/app/api/v1/action-items/[id]/updates/route";
import type { TCarriedOver } from "@/lib/action-item/carry-over-schema";
import { mattersArising } from "@/lib/agenda/service";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildMinutesOutline } from "@/lib/minutes/outline";
import { loadMeetingRecord } from "@/lib/minutes/service";
import { composeSummary } from "@/lib/summary/compose";
import idCarryOver from "@/messages/id/carry-over.json";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUserToken,
  invite,
} from "../factories";
import { callRoute } from "../support/call-route";

const READ_ALL: TAccess = {
  userId: "carry-over",
  personId: null,
  globalRole: "ADMIN",
  memberships: new Map(),
};

let programmeId: string;
let earlier: { id: string; sequenceNumber: number };
let current: { id: string; sequenceNumber: number };
let ministryId: string;
let secretariat: string;
let ministryMember: string;
let otherMember: string;
const items: Record<string, string> = {};

const CUT_OFF = new Date("2026-06-11T02:00:00Z"); // 09:00 in Jakarta, 11 June

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  earlier = await createMeeting(programmeId, {
    status: "MINUTES_ADOPTED",
    startsAt: new Date("2026-03-10T02:00:00Z"),
  });
  current = await createMeeting(programmeId, { status: "HELD", startsAt: CUT_OFF });
  const later = await createMeeting(programmeId, { startsAt: new Date("2026-09-10T02:00:00Z") });
  const ministry = await createOrganisation();
  ministryId = ministry.id;
  const other = await createOrganisation();
  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId });
  const memberPerson = await createPerson(ministryId);
  ministryMember = await createUserToken({ role: "MEMBER", programmeId, personId: memberPerson.id });
  // Invited: a member reads the meetings they are invited to.
  await invite(current.id, memberPerson.id);
  otherMember = await createUserToken({
    role: "MEMBER",
    programmeId,
    personId: (await createPerson(other.id)).id,
  });

  const item = (
    key: string,
    number: number,
    status: "OPEN" | "IN_PROGRESS" | "REPORTED_DONE" | "DONE",
    meetingId = earlier.id,
  ) =>
    db()
      .actionItem.create({
        data: {
          programmeId,
          meetingId,
          number,
          title: `Action ${key}`,
          status,
          ownerOrganisationId: ministryId,
          closedAt: status === "DONE" ? new Date("2026-05-01T00:00:00Z") : null,
        },
      })
      .then((a) => (items[key] = a.id));
  await item("doneBefore", 1, "DONE");
  await item("reported", 2, "REPORTED_DONE");
  await item("open", 3, "OPEN");
  await item("doneAfter", 4, "DONE");
  await item("open2", 5, "IN_PROGRESS");
  await item("raisedToday", 1, "OPEN", current.id);
  await item("raisedLater", 1, "OPEN", later.id);
  // Verified done in May, before the meeting: not carried over.
  await db().actionItemUpdate.create({
    data: {
      actionItemId: items.doneBefore,
      date: new Date("2026-05-01T00:00:00Z"),
      body: "Verified.",
      statusBefore: "REPORTED_DONE",
      statusAfter: "DONE",
      createdAt: new Date("2026-05-01T03:00:00Z"),
    },
  });
  // Verified done in July, after the meeting: it was in progress when the meeting started.
  await db().actionItemUpdate.create({
    data: {
      actionItemId: items.doneAfter,
      date: new Date("2026-07-01T00:00:00Z"),
      body: "Verified.",
      statusBefore: "IN_PROGRESS",
      statusAfter: "DONE",
      createdAt: new Date("2026-07-01T03:00:00Z"),
    },
  });
});

const list = async (token: string, meetingId = current.id) => {
  const res = await callRoute(getCarriedOver, `/api/v1/meetings/${meetingId}/carried-over`, {
    token,
    params: { id: meetingId },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as TCarriedOver;
};

const post = (token: string, id: string, body: unknown, headers?: Record<string, string>) =>
  callRoute(postUpdate, `/api/v1/action-items/${id}/updates`, {
    method: "POST",
    token,
    body,
    headers,
    params: { id },
  });

const updatesOf = (id: string) => db().actionItemUpdate.count({ where: { actionItemId: id } });

describe("carry-over into the next meeting", () => {
  it("lists the items of earlier meetings open at the meeting's start, with their status then and their references", async () => {
    const carried = await list(secretariat);
    const ref = (n: number) => `PSC${earlier.sequenceNumber}/A/0${n}`;
    expect(carried.data.map((i) => [i.reference, i.statusAtCutOff, i.status])).toEqual([
      [ref(2), "REPORTED_DONE", "REPORTED_DONE"],
      [ref(3), "OPEN", "OPEN"],
      [ref(4), "IN_PROGRESS", "DONE"],
      [ref(5), "IN_PROGRESS", "IN_PROGRESS"],
    ]);
    expect(carried.meeting).toMatchObject({
      cutOff: CUT_OFF.toISOString(),
      day: "2026-06-11",
      canRecord: true,
    });
    expect(carried.data[1].allowedStatuses).toContain("DONE");
    // The meeting page's Matters arising says the same.
    const arising = await mattersArising(READ_ALL, current.id);
    expect(arising.map((a) => [a.reference, a.status])).toEqual(
      carried.data.map((i) => [i.reference, i.statusAtCutOff]),
    );
    // A member reads the list but may record nothing at the meeting.
    const asMember = await list(ministryMember);
    expect(asMember.meeting.canRecord).toBe(false);
    expect(asMember.data.every((i) => i.allowedStatuses.length === 0)).toBe(true);
  });

  it("records a status at the meeting as a progress update carrying the meeting, dated its day", async () => {
    const res = await post(secretariat, items.open, {
      body: "The letter was sent to the provinces on 3 June.",
      statusAfter: "DONE",
      meetingId: current.id,
      version: 1,
    });
    expect(res.status).toBe(201);
    const posted = await res.json();
    expect(posted).toMatchObject({ status: "DONE", update: { date: "2026-06-11", statusAfter: "DONE" } });
    const row = await db().actionItemUpdate.findFirstOrThrow({ where: { actionItemId: items.open } });
    expect(row).toMatchObject({ meetingId: current.id, statusBefore: "OPEN", statusAfter: "DONE" });
    expect(row.date.toISOString().slice(0, 10)).toBe("2026-06-11");

    // Still on the list (it was open when the meeting started), now done, with what was recorded.
    const carried = await list(secretariat);
    const open = carried.data.find((i) => i.id === items.open)!;
    expect(open).toMatchObject({ statusAtCutOff: "OPEN", status: "DONE" });
    expect(open.recordedHere.map((u) => u.body)).toEqual(["The letter was sent to the provinces on 3 June."]);
  });

  it("gives the meeting's record, minutes and summary the follow-up of earlier actions", async () => {
    const record = await loadMeetingRecord(READ_ALL, current.id);
    const reference = `PSC${earlier.sequenceNumber}/A/03`;
    expect(record.followUps).toEqual([
      expect.objectContaining({
        actionItemId: items.open,
        reference,
        title: "Action open",
        statusAfter: "DONE",
        note: "The letter was sent to the provinces on 3 June.",
        date: "2026-06-11",
      }),
    ]);
    const section = buildMinutesOutline(record, "en").sections.find((s) => s.key === "earlierActions");
    expect(section?.heading).toBe("Follow-up of earlier actions");
    const table = section?.blocks[0];
    expect(table?.kind === "table" ? table.rows : null).toEqual([
      [
        reference,
        "Action open",
        expect.stringContaining("Ministry"),
        "Done",
        "The letter was sent to the provinces on 3 June.",
      ],
    ]);
    const id = buildMinutesOutline(record, "id").sections.find((s) => s.key === "earlierActions");
    expect(id?.heading).toBe("Tindak Lanjut Hasil Rapat Sebelumnya");
    const summary = composeSummary(record, "en").paragraphs.find((p) => p.kind === "earlierActions");
    expect(summary?.sentences.map((s) => s.text).join(" ")).toContain(`${reference} “Action open”`);
    // The earlier meeting's own record has no such section.
    const before = await loadMeetingRecord(READ_ALL, earlier.id);
    expect(before.followUps).toEqual([]);
    expect(buildMinutesOutline(before, "en").sections.map((s) => s.key)).not.toContain("earlierActions");
  });

  it("refuses a member of another ministry with the same 404 as a missing item, writing nothing", async () => {
    const before = await updatesOf(items.open2);
    const res = await post(otherMember, items.open2, {
      body: "We did it.",
      statusAfter: "REPORTED_DONE",
      meetingId: current.id,
    });
    expect(res.status).toBe(404);
    const missing = await post(otherMember, "cmnosuchitem000000000000", { body: "x", meetingId: current.id });
    expect(await res.json()).toEqual(await missing.json());
    expect(await updatesOf(items.open2)).toBe(before);
  });

  it("records at a meeting only with record:manage, at a later open meeting of the same programme", async () => {
    const before = await updatesOf(items.open2);
    // The owning ministry may update its item, but not write the meeting's record.
    const member = await post(ministryMember, items.open2, { body: "Progressing.", meetingId: current.id });
    expect(member.status).toBe(400);
    expect(Object.keys((await member.json()).error.fieldErrors)).toEqual(["meetingId"]);
    // The earlier meeting's minutes are adopted: its record is locked.
    const adopted = await post(secretariat, items.open2, { body: "Progressing.", meetingId: earlier.id });
    expect(adopted.status).toBe(409);
    // Not at the meeting that raised the item.
    const own = await post(secretariat, items.raisedToday, { body: "Progressing.", meetingId: current.id });
    expect(own.status).toBe(400);
    expect(await updatesOf(items.raisedToday)).toBe(0);
    // Not at a meeting before it; the refusal in the reader's language.
    const sameDay = await createMeeting(programmeId, {
      status: "HELD",
      startsAt: new Date("2026-01-10T02:00:00Z"),
    });
    const tooEarly = await post(
      secretariat,
      items.open2,
      { body: "Progressing.", meetingId: sameDay.id },
      {
        "accept-language": "id",
      },
    );
    expect(tooEarly.status).toBe(400);
    expect((await tooEarly.json()).error.fieldErrors.meetingId).toEqual([
      idCarryOver.carryOver.errors.notLaterMeeting,
    ]);
    const elsewhere = await createMeeting((await createProgramme()).id, {
      status: "HELD",
      startsAt: CUT_OFF,
    });
    const other = await post(secretariat, items.open2, { body: "Progressing.", meetingId: elsewhere.id });
    expect(other.status).toBe(400);
    expect(await updatesOf(items.open2)).toBe(before);
  });
});
