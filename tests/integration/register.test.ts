// The attendance register over the API: sign-in, walk-ins with a new person and organisation, status
// changes and their undo, search, and who may not touch it (coordinator, other programme: 404).
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/meetings/[id]/attendance/route";
import { PATCH } from "@/app/api/v1/meetings/[id]/attendance/[invitationId]/route";
import { db } from "@/lib/db";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  invite,
  programmeWithSecretariat,
} from "../factories";
import { callRoute } from "../support/call-route";

const { programmeId, secretariat, coordinator, outsider } = await programmeWithSecretariat();

const base = (id: string) => `/api/v1/meetings/${id}/attendance`;
const post = (token: string, id: string, body: unknown) =>
  callRoute(POST, base(id), { method: "POST", token, body, params: { id } });
const patch = (token: string, id: string, invitationId: string, body: unknown) =>
  callRoute(PATCH, `${base(id)}/${invitationId}`, {
    method: "PATCH",
    token,
    body,
    params: { id, invitationId },
  });
const list = (token: string, id: string, search = "") =>
  callRoute(GET, `${base(id)}${search}`, { token, params: { id } });

describe("signing in", () => {
  it("marks the invitee present with the time, counts them and records before and after", async () => {
    const meeting = await createMeeting(programmeId);
    const invitation = await invite(meeting.id, (await createPerson()).id);
    await invite(meeting.id, (await createPerson()).id);
    const res = await post(secretariat, meeting.id, { action: "sign-in", invitationId: invitation.id });
    expect(res.status).toBe(200);
    const row = await res.json();
    expect(row.attendance).toBe("PRESENT");
    expect(Date.now() - Date.parse(row.signedInAt)).toBeLessThan(60_000);
    const page = await (await list(secretariat, meeting.id)).json();
    expect(page.counts).toEqual({ present: 1, invited: 2 });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entity: "Invitation", entityId: invitation.id },
    });
    expect(audit).toMatchObject({ action: "UPDATE", programmeId });
    expect(audit.before).toMatchObject({ attendance: null, signedInAt: null });
    expect(audit.after).toMatchObject({ attendance: "PRESENT" });
  });
});

describe("setting the status", () => {
  it("sets excused, undoes back to not recorded, and refuses a stale version with 409", async () => {
    const meeting = await createMeeting(programmeId);
    const invitation = await invite(meeting.id, (await createPerson()).id);
    const signedIn = await (
      await post(secretariat, meeting.id, { action: "sign-in", invitationId: invitation.id })
    ).json();
    const excused = await patch(secretariat, meeting.id, invitation.id, {
      attendance: "EXCUSED",
      version: signedIn.version,
    });
    expect(excused.status).toBe(200);
    expect(await excused.json()).toMatchObject({ attendance: "EXCUSED", signedInAt: null });
    const stale = await patch(secretariat, meeting.id, invitation.id, {
      attendance: "ABSENT",
      version: signedIn.version,
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({
      code: "CONFLICT",
      messageKey: "register.errors.rowChanged",
    });
    const undone = await patch(secretariat, meeting.id, invitation.id, { attendance: null });
    expect(await undone.json()).toMatchObject({ attendance: null });
    expect(await db().auditEvent.count({ where: { entity: "Invitation", entityId: invitation.id } })).toBe(3);
  });

  it("refuses a status that does not exist with 400", async () => {
    const meeting = await createMeeting(programmeId);
    const invitation = await invite(meeting.id, (await createPerson()).id);
    expect((await patch(secretariat, meeting.id, invitation.id, { attendance: "LATE" })).status).toBe(400);
  });
});

describe("walk-ins", () => {
  it("creates the person and their new organisation, signs them in as delegate, audits all three", async () => {
    const meeting = await createMeeting(programmeId);
    const minister = await createPerson();
    await invite(meeting.id, minister.id);
    const name = `Kementerian Walk-in ${Date.now()}`;
    const res = await post(secretariat, meeting.id, {
      action: "walk-in",
      newPerson: {
        name: "Siti Rahma",
        position: "Director",
        sex: "FEMALE",
        newOrganisation: { name, acronym: "KWI", kind: "GOVERNMENT_MINISTRY" },
      },
      delegateOfPersonId: minister.id,
    });
    expect(res.status).toBe(201);
    const row = await res.json();
    expect(row).toMatchObject({
      name: "Siti Rahma",
      isWalkIn: true,
      attendance: "PRESENT",
      delegateOf: { id: minister.id },
    });
    const organisation = await db().organisation.findUniqueOrThrow({ where: { name } });
    expect(row.organisation).toMatchObject({ id: organisation.id, acronym: "KWI" });
    for (const [entity, entityId] of [
      ["Organisation", organisation.id],
      ["Person", row.personId],
      ["Invitation", row.id],
    ]) {
      expect(
        await db().auditEvent.findFirst({ where: { entity, entityId, action: "CREATE", programmeId } }),
      ).not.toBeNull();
    }
    const page = await (await list(secretariat, meeting.id)).json();
    expect(page.counts).toEqual({ present: 1, invited: 1 });
  });

  it("saves nothing when the new organisation's name is taken, with the error under that field", async () => {
    const meeting = await createMeeting(programmeId);
    const existing = await createOrganisation();
    const people = await db().person.count();
    const res = await post(secretariat, meeting.id, {
      action: "walk-in",
      newPerson: { name: "Budi", newOrganisation: { name: existing.name.toUpperCase(), kind: "OTHER" } },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors["newPerson.newOrganisation.name"]).toEqual([
      "This organisation is already in the directory: choose it instead.",
    ]);
    expect(await db().person.count()).toBe(people);
  });

  it("refuses someone already on the register", async () => {
    const meeting = await createMeeting(programmeId);
    const person = await createPerson();
    await invite(meeting.id, person.id);
    const res = await post(secretariat, meeting.id, { action: "walk-in", personId: person.id });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors.personId).toEqual([
      "Already on the register: sign them in from the list.",
    ]);
  });
});

describe("who may run the register", () => {
  it("refuses a coordinator and another programme's secretariat with 404, changing nothing", async () => {
    const meeting = await createMeeting(programmeId);
    const invitation = await invite(meeting.id, (await createPerson()).id);
    for (const bearer of [coordinator, outsider]) {
      expect(
        (await post(bearer, meeting.id, { action: "sign-in", invitationId: invitation.id })).status,
      ).toBe(404);
      expect((await patch(bearer, meeting.id, invitation.id, { attendance: "PRESENT" })).status).toBe(404);
      expect(
        (await post(bearer, meeting.id, { action: "walk-in", newPerson: { name: "Intruder" } })).status,
      ).toBe(404);
      expect((await list(bearer, meeting.id)).status).toBe(404);
    }
    expect((await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).attendance).toBeNull();
    expect(await db().person.count({ where: { name: "Intruder" } })).toBe(0);
  });

  it("answers 404 for an invitation of another meeting", async () => {
    const meeting = await createMeeting(programmeId);
    const other = await createMeeting(programmeId);
    const invitation = await invite(other.id, (await createPerson()).id);
    expect((await patch(secretariat, meeting.id, invitation.id, { attendance: "PRESENT" })).status).toBe(404);
  });
});

describe("searching the register", () => {
  it("finds people by name or organisation acronym, paged on the server", async () => {
    const meeting = await createMeeting(programmeId);
    const bappenas = await createOrganisation("GOVERNMENT_MINISTRY", `Bappenas ${Date.now()}`);
    const planner = await createPerson(bappenas.id);
    await invite(meeting.id, planner.id);
    await invite(meeting.id, (await createPerson()).id);
    const byName = await (
      await list(secretariat, meeting.id, `?q=${encodeURIComponent(planner.name)}`)
    ).json();
    expect(byName.data.map((r: { personId: string }) => r.personId)).toEqual([planner.id]);
    const byAcronym = await (
      await list(secretariat, meeting.id, `?q=${bappenas.acronym!.toLowerCase()}`)
    ).json();
    expect(byAcronym.total).toBe(1);
    const all = await (await list(secretariat, meeting.id)).json();
    expect(all).toMatchObject({ total: 2, page: 1, counts: { invited: 2, present: 0 } });
  });
});
