// Progress updates on an action item (issue 11): members of the owning ministry (directorates
// included) update it, a member of another ministry gets the same 404 as for a missing item and
// writes nothing, only the secretariat or a coordinator verifies it done, and the follow-up stays
// writable after the minutes are adopted while what was decided stays locked.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getPage } from "@/app/api/v1/action-items/[id]/route";
import { GET as listUpdates, POST as postUpdate } from "@/app/api/v1/action-items/[id]/updates/route";
import { PATCH as patchCapture } from "@/app/api/v1/meetings/[id]/action-items/[actionItemId]/route";
import { db } from "@/lib/db";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUserToken,
} from "../factories";
import { callRoute } from "../support/call-route";

let programmeId: string;
let meetingId: string;
let ministryId: string;
let directorateId: string;
let ministryMember: string;
let otherMember: string;
let coordinator: string;
let secretariat: string;

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  meetingId = (await createMeeting(programmeId, { status: "HELD" })).id;
  const ministry = await createOrganisation();
  ministryId = ministry.id;
  directorateId = (
    await db().organisation.create({
      data: { name: `Directorate ${ministry.id}`, kind: "GOVERNMENT_MINISTRY", parentId: ministry.id },
    })
  ).id;
  const other = await createOrganisation();
  const [inMinistry, elsewhere] = [await createPerson(ministryId), await createPerson(other.id)];
  ministryMember = await createUserToken({ role: "MEMBER", programmeId, personId: inMinistry.id });
  otherMember = await createUserToken({ role: "MEMBER", programmeId, personId: elsewhere.id });
  coordinator = await createUserToken({ role: "COORDINATOR", programmeId });
  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId });
});

let number = 0;
/** An action item of the meeting owned by the ministry's directorate. */
async function actionItem() {
  number += 1;
  return db().actionItem.create({
    data: {
      meetingId,
      programmeId,
      number,
      title: `Send the data ${number}`,
      ownerOrganisationId: directorateId,
      dueDate: new Date("2026-02-01T00:00:00Z"),
    },
  });
}

const post = (token: string, id: string, body: unknown) =>
  callRoute(postUpdate, `/api/v1/action-items/${id}/updates`, {
    method: "POST",
    token,
    body,
    params: { id },
  });

describe("progress updates on an action item", () => {
  it("lets a member of the owning ministry update an item of its directorate", async () => {
    const item = await actionItem();
    const res = await post(ministryMember, item.id, {
      body: "Data collected from the provinces.",
      statusAfter: "IN_PROGRESS",
      evidenceUrl: "https://example.org/report.pdf",
      version: 1,
    });
    expect(res.status).toBe(201);
    const posted = await res.json();
    expect(posted).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    expect(posted.update).toMatchObject({ statusBefore: "OPEN", statusAfter: "IN_PROGRESS" });
    const stored = await db().actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ status: "IN_PROGRESS", version: 2, closedAt: null });
    const audit = await db().auditEvent.count({ where: { entity: "ActionItem", entityId: item.id } });
    expect(audit).toBe(1);
  });

  it("answers a member of another ministry 404, like a missing item, and writes nothing", async () => {
    const item = await actionItem();
    const res = await post(otherMember, item.id, { body: "We did it.", statusAfter: "REPORTED_DONE" });
    expect(res.status).toBe(404);
    const missing = await post(otherMember, "cmnosuchactionitem000000", { body: "We did it." });
    expect(await res.text()).toBe(await missing.text());
    expect(await db().actionItemUpdate.count({ where: { actionItemId: item.id } })).toBe(0);
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("OPEN");
  });

  it("lets a coordinator verify done, not a member; reporting done needs what was done", async () => {
    const item = await actionItem();
    const bare = await post(ministryMember, item.id, { body: "  ", statusAfter: "REPORTED_DONE" });
    expect(bare.status).toBe(400);
    expect((await bare.json()).error.fieldErrors.body).toEqual([
      "Say what was done before reporting it done.",
    ]);
    const verify = await post(ministryMember, item.id, { body: "All sent.", statusAfter: "DONE" });
    expect(verify.status).toBe(400);
    expect((await verify.json()).error.fieldErrors.statusAfter).toHaveLength(1);
    expect(await db().actionItemUpdate.count({ where: { actionItemId: item.id } })).toBe(0);

    expect(
      (await post(ministryMember, item.id, { body: "All sent.", statusAfter: "REPORTED_DONE" })).status,
    ).toBe(201);
    const verified = await post(coordinator, item.id, { body: "Checked the letters.", statusAfter: "DONE" });
    expect(verified.status).toBe(201);
    const stored = await db().actionItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.status).toBe("DONE");
    expect(stored.closedAt).not.toBeNull();
  });

  it("keeps follow-up writable after the minutes are adopted, while the title stays locked", async () => {
    const adopted = await createMeeting(programmeId, { status: "MINUTES_ADOPTED" });
    const item = await db().actionItem.create({
      data: {
        meetingId: adopted.id,
        programmeId,
        number: 1,
        title: "Draft the note",
        ownerOrganisationId: ministryId,
      },
    });
    const res = await post(ministryMember, item.id, {
      body: "Drafting started.",
      statusAfter: "IN_PROGRESS",
    });
    expect(res.status).toBe(201);
    const title = await callRoute(patchCapture, `/api/v1/meetings/${adopted.id}/action-items/${item.id}`, {
      method: "PATCH",
      token: secretariat,
      body: { version: 2, title: "Something else" },
      params: { id: adopted.id, actionItemId: item.id },
    });
    expect(title.status).toBe(409);
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: item.id } })).title).toBe(
      "Draft the note",
    );
  });

  it("answers one of two updates made against the same version 409", async () => {
    const item = await actionItem();
    const answers = await Promise.all([
      post(ministryMember, item.id, { body: "First.", statusAfter: "IN_PROGRESS", version: 1 }),
      post(coordinator, item.id, { body: "Second.", statusAfter: "DROPPED", version: 1 }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await db().actionItemUpdate.count({ where: { actionItemId: item.id } })).toBe(1);
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(2);
  });

  it("lists the history newest first with the status before and after", async () => {
    const item = await actionItem();
    for (const [body, statusAfter] of [
      ["Started.", "IN_PROGRESS"],
      ["Halfway.", undefined],
      ["Finished the survey.", "REPORTED_DONE"],
    ] as const) {
      expect((await post(ministryMember, item.id, { body, statusAfter })).status).toBe(201);
    }
    const list = await callRoute(listUpdates, `/api/v1/action-items/${item.id}/updates`, {
      token: coordinator,
      params: { id: item.id },
    });
    expect(list.status).toBe(200);
    const { data } = await list.json();
    expect(data.map((u: { body: string }) => u.body)).toEqual([
      "Finished the survey.",
      "Halfway.",
      "Started.",
    ]);
    expect(
      data.map((u: { statusBefore: string; statusAfter: string | null }) => [u.statusBefore, u.statusAfter]),
    ).toEqual([
      ["IN_PROGRESS", "REPORTED_DONE"],
      ["IN_PROGRESS", null],
      ["OPEN", "IN_PROGRESS"],
    ]);
    const page = await callRoute(getPage, `/api/v1/action-items/${item.id}`, {
      token: ministryMember,
      params: { id: item.id },
    });
    expect(page.status).toBe(200);
    expect(await page.json()).toMatchObject({
      status: "REPORTED_DONE",
      canUpdate: true,
      canVerify: false,
      ownerOrganisation: { id: directorateId },
      updates: [{ body: "Finished the survey." }, {}, {}],
    });
    const hidden = await callRoute(getPage, `/api/v1/action-items/${item.id}`, {
      token: otherMember,
      params: { id: item.id },
    });
    expect(hidden.status).toBe(404);
  });
});
