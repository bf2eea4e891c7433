// The meeting record over the API: remarks, decisions and action items — create (idempotent with a
// client id), version-checked update and delete, numbering, audit trail, who may write, and two
// editors saving at the same moment without a lost update.
import { describe, expect, it } from "vitest";
import * as remarks from "@/app/api/v1/meetings/[id]/remarks/route";
import * as remark from "@/app/api/v1/meetings/[id]/remarks/[remarkId]/route";
import * as decisions from "@/app/api/v1/meetings/[id]/decisions/route";
import * as decision from "@/app/api/v1/meetings/[id]/decisions/[decisionId]/route";
import * as actions from "@/app/api/v1/meetings/[id]/action-items/route";
import * as action from "@/app/api/v1/meetings/[id]/action-items/[actionItemId]/route";
import { db } from "@/lib/db";
import { getCaptureState } from "@/lib/record/service/capture";
import { getUserWithAccess } from "@/lib/user/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createUser,
  createUserToken,
  invite,
  programmeWithSecretariat,
} from "../factories";
import { apiRequest } from "../support/call-route";

const { programmeId, secretariat, coordinator, outsider } = await programmeWithSecretariat();
const secretariat2 = await createUserToken({ role: "SECRETARIAT", programmeId });

const req = (method: string, token: string, path: string, body?: unknown) =>
  apiRequest(`/api/v1/meetings/${path}`, { method, token, body });
const p = <T>(params: T) => ({ params: Promise.resolve(params) });

async function meetingWithSpeaker() {
  const meeting = await createMeeting(programmeId);
  const speaker = await createPerson((await createOrganisation()).id);
  await invite(meeting.id, speaker.id);
  const item = await db().agendaItem.create({
    data: { meetingId: meeting.id, order: 1, title: "Progress report" },
  });
  return { meeting, speaker, item };
}

const addRemark = (bearer: string, meetingId: string, body: unknown) =>
  remarks.POST(req("POST", bearer, `${meetingId}/remarks`, body), p({ id: meetingId }));

describe("remarks", () => {
  it("records a remark in order, with an audit event, and a retried create returns the same remark", async () => {
    const { meeting, speaker, item } = await meetingWithSpeaker();
    const body = {
      id: "8d0f6c1e-1c57-4c43-9a53-0d1f0cde0a01",
      agendaItemId: item.id,
      speakerPersonId: speaker.id,
      kind: "OPENING",
      summary: "Opened the meeting and welcomed the ministries.",
      quote: "  We are here to deliver.  ",
    };
    const first = await addRemark(secretariat, meeting.id, body);
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created).toMatchObject({
      order: 1,
      version: 1,
      quote: "We are here to deliver.",
      kind: "OPENING",
    });
    expect(created.speaker).toMatchObject({ id: speaker.id, name: speaker.name });
    const retry = await addRemark(secretariat, meeting.id, body);
    expect((await retry.json()).id).toBe(created.id);
    expect(await db().remark.count({ where: { meetingId: meeting.id } })).toBe(1);
    const second = await (
      await addRemark(secretariat, meeting.id, { speakerPersonId: speaker.id, summary: "Second." })
    ).json();
    expect(second).toMatchObject({ order: 2, kind: "STATEMENT", quote: null, agendaItemId: null });
    const audit = await db().auditEvent.findMany({ where: { entity: "Remark", entityId: created.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "CREATE", programmeId });
    expect(audit[0].after).toMatchObject({ summary: body.summary });
  });

  it("refuses a speaker who is not on the register and an empty summary, naming the fields", async () => {
    const { meeting } = await meetingWithSpeaker();
    const stranger = await createPerson();
    const res = await addRemark(secretariat, meeting.id, { speakerPersonId: stranger.id, summary: "x" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors.speakerPersonId[0]).toMatch(/register/);
    const empty = await addRemark(secretariat, meeting.id, { speakerPersonId: stranger.id, summary: "  " });
    expect((await empty.json()).error.fieldErrors.summary).toEqual(["Write what was said"]);
    expect(await db().remark.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it("updates with the version seen, refuses a stale version with 409 and the current remark, audits before/after", async () => {
    const { meeting, speaker } = await meetingWithSpeaker();
    const created = await (
      await addRemark(secretariat, meeting.id, { speakerPersonId: speaker.id, summary: "Draft" })
    ).json();
    const ok = await remark.PATCH(
      req("PATCH", secretariat, `${meeting.id}/remarks/${created.id}`, { version: 1, summary: "Final" }),
      p({ id: meeting.id, remarkId: created.id }),
    );
    expect(await ok.json()).toMatchObject({ summary: "Final", version: 2 });
    const stale = await remark.PATCH(
      req("PATCH", secretariat2, `${meeting.id}/remarks/${created.id}`, { version: 1, summary: "Mine" }),
      p({ id: meeting.id, remarkId: created.id }),
    );
    expect(stale.status).toBe(409);
    const error = (await stale.json()).error;
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({ summary: "Final", version: 2 });
    expect(error.messageKey).toBe("capture.errors.changedBy");
    expect(error.params).toMatchObject({ entity: "Remark", version: 2, seen: 1 });
    expect(error.params.who).toMatch(/^User /);
    expect(error.message).toMatch(/^User .* changed this remark/);
    const update = await db().auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "UPDATE" },
    });
    expect(update.before).toMatchObject({ summary: "Draft" });
    expect(update.after).toMatchObject({ summary: "Final" });
    const del = await remark.DELETE(
      req("DELETE", secretariat, `${meeting.id}/remarks/${created.id}?version=1`),
      p({ id: meeting.id, remarkId: created.id }),
    );
    expect(del.status).toBe(409);
    const gone = await remark.DELETE(
      req("DELETE", secretariat, `${meeting.id}/remarks/${created.id}?version=2`),
      p({ id: meeting.id, remarkId: created.id }),
    );
    expect(gone.status).toBe(204);
    expect(await db().auditEvent.count({ where: { entityId: created.id, action: "DELETE" } })).toBe(1);
  });

  it("two editors saving the same remark at once: one wins, the other gets a conflict, nothing is lost", async () => {
    const { meeting, speaker } = await meetingWithSpeaker();
    const created = await (
      await addRemark(secretariat, meeting.id, { speakerPersonId: speaker.id, summary: "Base" })
    ).json();
    const edit = (bearer: string, summary: string) =>
      remark.PATCH(
        req("PATCH", bearer, `${meeting.id}/remarks/${created.id}`, { version: 1, summary }),
        p({ id: meeting.id, remarkId: created.id }),
      );
    const results = await Promise.all([edit(secretariat, "Alice's text"), edit(secretariat2, "Bob's text")]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = await results.find((r) => r.status === 200)!.json();
    const loser = (await results.find((r) => r.status === 409)!.json()).error;
    expect(loser.current.summary).toBe(winner.summary);
    const row = await db().remark.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ summary: winner.summary, version: 2 });
  });

  it("two editors adding remarks at once get distinct orders", async () => {
    const { meeting, speaker } = await meetingWithSpeaker();
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        addRemark(i % 2 ? secretariat : secretariat2, meeting.id, {
          speakerPersonId: speaker.id,
          summary: `R${i}`,
        }),
      ),
    );
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const orders = (await db().remark.findMany({ where: { meetingId: meeting.id } }))
      .map((r) => r.order)
      .sort();
    expect(orders).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("lets a coordinator read but not write, and hides the meeting from another programme's secretariat", async () => {
    const { meeting, speaker } = await meetingWithSpeaker();
    expect(
      (await addRemark(coordinator, meeting.id, { speakerPersonId: speaker.id, summary: "x" })).status,
    ).toBe(404);
    const list = await remarks.GET(req("GET", coordinator, `${meeting.id}/remarks`), p({ id: meeting.id }));
    expect(list.status).toBe(200);
    expect(
      (await addRemark(outsider, meeting.id, { speakerPersonId: speaker.id, summary: "x" })).status,
    ).toBe(404);
    expect(
      (await remarks.GET(req("GET", outsider, `${meeting.id}/remarks`), p({ id: meeting.id }))).status,
    ).toBe(404);
  });

  it("closes the record once the minutes are adopted", async () => {
    const meeting = await createMeeting(programmeId, { status: "MINUTES_ADOPTED" });
    const speaker = await createPerson();
    await invite(meeting.id, speaker.id);
    const res = await addRemark(secretariat, meeting.id, { speakerPersonId: speaker.id, summary: "Late" });
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/adopted and are locked/);
  });
});

describe("decisions", () => {
  it("numbers decisions 1, 2, 3 even when added at once, and closes up the numbers on delete", async () => {
    const { meeting, item } = await meetingWithSpeaker();
    const add = (bearer: string, text: string) =>
      decisions.POST(
        req("POST", bearer, `${meeting.id}/decisions`, { text, agendaItemId: item.id }),
        p({ id: meeting.id }),
      );
    const made = await Promise.all([add(secretariat, "A"), add(secretariat2, "B"), add(secretariat, "C")]);
    const bodies = await Promise.all(made.map((r) => r.json()));
    expect(bodies.map((d) => d.number).sort()).toEqual([1, 2, 3]);
    const two = bodies.find((d) => d.number === 2);
    const res = await decision.DELETE(
      req("DELETE", secretariat, `${meeting.id}/decisions/${two.id}?version=1`),
      p({ id: meeting.id, decisionId: two.id }),
    );
    expect(res.status).toBe(204);
    const list = await (
      await decisions.GET(req("GET", secretariat, `${meeting.id}/decisions`), p({ id: meeting.id }))
    ).json();
    expect(list.data.map((d: { number: number; version: number }) => [d.number, d.version])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it("refuses an agenda item of another meeting", async () => {
    const { meeting } = await meetingWithSpeaker();
    const other = await meetingWithSpeaker();
    const res = await decisions.POST(
      req("POST", secretariat, `${meeting.id}/decisions`, { text: "X", agendaItemId: other.item.id }),
      p({ id: meeting.id }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors.agendaItemId).toBeDefined();
  });
});

describe("action items", () => {
  it("raises an action with owner, due date and the decision that raised it; closing sets closedAt; audited", async () => {
    const { meeting, speaker } = await meetingWithSpeaker();
    const org = await createOrganisation();
    const d = await (
      await decisions.POST(
        req("POST", secretariat, `${meeting.id}/decisions`, { text: "Revise the budget" }),
        p({ id: meeting.id }),
      )
    ).json();
    const res = await actions.POST(
      req("POST", secretariat, `${meeting.id}/action-items`, {
        title: "Share the revised budget",
        ownerOrganisationId: org.id,
        ownerPersonId: speaker.id,
        dueDate: "2027-01-31",
        decisionId: d.id,
      }),
      p({ id: meeting.id }),
    );
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({
      dueDate: "2027-01-31",
      status: "OPEN",
      decisionId: d.id,
      ownerOrganisation: { id: org.id },
      ownerPerson: { id: speaker.id },
    });
    const done = await action.PATCH(
      req("PATCH", secretariat, `${meeting.id}/action-items/${created.id}`, { version: 1, status: "DONE" }),
      p({ id: meeting.id, actionItemId: created.id }),
    );
    expect(await done.json()).toMatchObject({ status: "DONE", version: 2 });
    const row = await db().actionItem.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.closedAt).not.toBeNull();
    expect(row.programmeId).toBe(programmeId);
    expect(await db().auditEvent.count({ where: { entity: "ActionItem", entityId: created.id } })).toBe(2);
  });

  it("refuses a due date that is not a date and an unknown owner, listing both", async () => {
    const { meeting } = await meetingWithSpeaker();
    const bad = await actions.POST(
      req("POST", secretariat, `${meeting.id}/action-items`, { title: "Do it", dueDate: "2027-02-30" }),
      p({ id: meeting.id }),
    );
    expect((await bad.json()).error.fieldErrors.dueDate).toEqual(["Enter a real date as YYYY-MM-DD"]);
    const unknown = await actions.POST(
      req("POST", secretariat, `${meeting.id}/action-items`, {
        title: "Do it",
        ownerOrganisationId: "nope",
        remarkId: "nope",
      }),
      p({ id: meeting.id }),
    );
    const errors = (await unknown.json()).error.fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(["ownerOrganisationId", "remarkId"]);
    expect(await db().actionItem.count({ where: { meetingId: meeting.id } })).toBe(0);
  });
});

describe("action items under an agenda item", () => {
  it("keeps the agenda item it was raised under, and one recorded as done is closed at once", async () => {
    const { meeting, item } = await meetingWithSpeaker();
    const res = await actions.POST(
      req("POST", secretariat, `${meeting.id}/action-items`, {
        title: "Already done in the meeting",
        agendaItemId: item.id,
        status: "DONE",
      }),
      p({ id: meeting.id }),
    );
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ agendaItemId: item.id, status: "DONE" });
    const row = await db().actionItem.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.closedAt).not.toBeNull();
    const other = await meetingWithSpeaker();
    const moved = await action.PATCH(
      req("PATCH", secretariat, `${meeting.id}/action-items/${created.id}`, {
        version: 1,
        agendaItemId: other.item.id,
      }),
      p({ id: meeting.id, actionItemId: created.id }),
    );
    expect(moved.status).toBe(400);
  });
});

describe("the capture screen's state", () => {
  it("holds the record in order, the register as speakers, and whether the user may write", async () => {
    const { meeting, speaker } = await meetingWithSpeaker();
    await addRemark(secretariat, meeting.id, { speakerPersonId: speaker.id, summary: "First" });
    await addRemark(secretariat, meeting.id, { speakerPersonId: speaker.id, summary: "Second" });
    await decisions.POST(
      req("POST", secretariat, `${meeting.id}/decisions`, { text: "Agreed" }),
      p({ id: meeting.id }),
    );
    const user = await createUser({ role: "COORDINATOR", programmeId });
    const state = await getCaptureState((await getUserWithAccess(user.id))!.access, meeting.id, "en");
    expect(state.remarks.map((r) => r.summary)).toEqual(["First", "Second"]);
    expect(state.decisions.map((d) => [d.number, d.text])).toEqual([[1, "Agreed"]]);
    expect(state.people.map((x) => x.id)).toEqual([speaker.id]);
    expect(state.meeting).toMatchObject({ canEdit: false, isRecordOpen: true, recordLanguage: "en" });
  });

  it("names the programme's record language, so the screen labels the other language's wording", async () => {
    const { meeting } = await meetingWithSpeaker();
    await db().programme.update({ where: { id: programmeId }, data: { recordLanguage: "id" } });
    const user = await createUser({ role: "COORDINATOR", programmeId });
    const state = await getCaptureState((await getUserWithAccess(user.id))!.access, meeting.id, "en");
    expect(state.meeting.recordLanguage).toBe("id");
  });
});
