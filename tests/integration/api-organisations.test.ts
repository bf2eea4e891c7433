// Organisations over the API: a duplicate name or a parent loop is a field error, merging a
// duplicate moves everything to the kept organisation and deletes it, and who may do what.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as merge } from "@/app/api/v1/organisations/[id]/merge/route";
import { PATCH as patch } from "@/app/api/v1/organisations/[id]/route";
import { GET as list, POST as create } from "@/app/api/v1/organisations/route";
import { db } from "@/lib/db";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUserToken,
} from "../factories";
import { apiRequest } from "../support/call-route";

let secretariat: string;
let coordinator: string;
let member: string;
const noParams = { params: Promise.resolve({}) };
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

const request = (token: string, path: string, method = "GET", body?: unknown) =>
  apiRequest(`/api/v1/organisations${path}`, { method, token, body });

beforeAll(async () => {
  const programmeId = (await createProgramme()).id;
  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId });
  coordinator = await createUserToken({ role: "COORDINATOR", programmeId });
  member = await createUserToken({ role: "MEMBER", programmeId });
});

describe("POST /api/v1/organisations", () => {
  it("creates an organisation with an audit event", async () => {
    const ministry = await createOrganisation("GOVERNMENT_MINISTRY");
    const res = await create(
      request(secretariat, "", "POST", {
        name: "Directorate-General of Climate Change",
        acronym: "DJPPI",
        kind: "GOVERNMENT_AGENCY",
        parentId: ministry.id,
      }),
      noParams,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ acronym: "DJPPI", parentId: ministry.id });
    expect(
      await db().auditEvent.count({ where: { entity: "Organisation", entityId: body.id, action: "CREATE" } }),
    ).toBe(1);
  });

  it("refuses a name another organisation has (ignoring case) as a field error", async () => {
    const existing = await createOrganisation("UN_ENTITY", "United Nations Children's Fund");
    const res = await create(
      request(secretariat, "", "POST", { name: existing.name.toUpperCase(), kind: "UN_ENTITY" }),
      noParams,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.fieldErrors.name).toEqual([
      "Another organisation already has this name.",
    ]);
  });

  it("is refused to a coordinator and unknown to a member (404, nothing saved)", async () => {
    const before = await db().organisation.count();
    for (const token of [coordinator, member]) {
      const res = await create(
        request(token, "", "POST", { name: `Refused ${token.slice(0, 4)}`, kind: "OTHER" }),
        noParams,
      );
      expect(res.status).toBe(404);
    }
    expect((await list(request(member, ""), noParams)).status).toBe(404);
    expect((await list(request(coordinator, ""), noParams)).status).toBe(200);
    expect(await db().organisation.count()).toBe(before);
  });
});

describe("PATCH /api/v1/organisations/{id}", () => {
  it("refuses a parent that is the organisation itself or one of its units", async () => {
    const ministry = await createOrganisation();
    const directorate = await db().organisation.create({
      data: { name: `DG ${ministry.id}`, kind: "GOVERNMENT_AGENCY", parentId: ministry.id },
    });
    for (const parentId of [ministry.id, directorate.id]) {
      const res = await patch(
        request(secretariat, `/${ministry.id}`, "PATCH", { parentId, version: 1 }),
        idParams(ministry.id),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error.fieldErrors.parentId).toEqual([
        "An organisation cannot sit under itself or one of its own units.",
      ]);
    }
    expect((await db().organisation.findUniqueOrThrow({ where: { id: ministry.id } })).parentId).toBeNull();
  });

  it("renames, and refuses taking another organisation's name", async () => {
    const [a, b] = [await createOrganisation(), await createOrganisation()];
    const ok = await patch(
      request(secretariat, `/${a.id}`, "PATCH", {
        name: "Ministry of National Development Planning",
        version: 1,
      }),
      idParams(a.id),
    );
    expect(ok.status).toBe(200);
    const clash = await patch(
      request(secretariat, `/${b.id}`, "PATCH", {
        name: "ministry of national development planning",
        version: 1,
      }),
      idParams(b.id),
    );
    expect(clash.status).toBe(400);
    expect((await clash.json()).error.fieldErrors.name).toBeDefined();
  });
});

describe("POST /api/v1/organisations/{id}/merge", () => {
  it("moves people, units, action items, participation and convening, then deletes the duplicate", async () => {
    const kept = await createOrganisation("UN_ENTITY", "United Nations Development Programme");
    const duplicate = await createOrganisation("UN_ENTITY", "UNDP (duplicate)");
    const [both, onlyDuplicate] = [await createProgramme(), await createProgramme()];
    await db().programmeParticipant.createMany({
      data: [
        { programmeId: both.id, organisationId: kept.id },
        { programmeId: both.id, organisationId: duplicate.id },
        { programmeId: onlyDuplicate.id, organisationId: duplicate.id },
      ],
    });
    await db().programme.update({
      where: { id: onlyDuplicate.id },
      data: { conveningAgencyId: duplicate.id },
    });
    const person = await createPerson(duplicate.id);
    const unit = await db().organisation.create({
      data: { name: `Unit of ${duplicate.id}`, kind: "UN_ENTITY", parentId: duplicate.id },
    });
    const meeting = await createMeeting(both.id);
    const action = await db().actionItem.create({
      data: {
        programmeId: both.id,
        meetingId: meeting.id,
        title: "Share the workplan",
        ownerOrganisationId: duplicate.id,
      },
    });

    const res = await merge(
      request(secretariat, `/${duplicate.id}/merge`, "POST", { into: kept.id, version: 1 }),
      idParams(duplicate.id),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).moved).toEqual({
      people: 1,
      childOrganisations: 1,
      actionItems: 1,
      programmeParticipations: 2,
      convenedProgrammes: 1,
    });

    expect(await db().organisation.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).organisationId).toBe(kept.id);
    expect((await db().organisation.findUniqueOrThrow({ where: { id: unit.id } })).parentId).toBe(kept.id);
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: action.id } })).ownerOrganisationId).toBe(
      kept.id,
    );
    expect(
      (await db().programme.findUniqueOrThrow({ where: { id: onlyDuplicate.id } })).conveningAgencyId,
    ).toBe(kept.id);
    const participants = await db().programmeParticipant.findMany({
      where: { programmeId: { in: [both.id, onlyDuplicate.id] } },
    });
    expect(participants.map((p) => [p.programmeId, p.organisationId]).sort()).toEqual(
      [
        [both.id, kept.id],
        [onlyDuplicate.id, kept.id],
      ].sort(),
    );
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entity: "Organisation", entityId: duplicate.id, action: "DELETE" },
    });
    expect(audit.after).toMatchObject({ mergedInto: { id: kept.id } });
  });

  it("refuses merging into itself or into one of its own units, and changes nothing", async () => {
    const ministry = await createOrganisation();
    const unit = await db().organisation.create({
      data: { name: `Unit ${ministry.id}`, kind: "GOVERNMENT_AGENCY", parentId: ministry.id },
    });
    const person = await createPerson(ministry.id);
    for (const into of [ministry.id, unit.id]) {
      const res = await merge(
        request(secretariat, `/${ministry.id}/merge`, "POST", { into, version: 1 }),
        idParams(ministry.id),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error.fieldErrors.into).toEqual([
        "Choose an organisation that is not this one or one of its units.",
      ]);
    }
    expect(await db().organisation.findUnique({ where: { id: ministry.id } })).not.toBeNull();
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).organisationId).toBe(
      ministry.id,
    );
  });

  it("is refused to a coordinator (404) and the duplicate stays", async () => {
    const [a, b] = [await createOrganisation(), await createOrganisation()];
    const res = await merge(
      request(coordinator, `/${a.id}/merge`, "POST", { into: b.id, version: 1 }),
      idParams(a.id),
    );
    expect(res.status).toBe(404);
    expect(await db().organisation.findUnique({ where: { id: a.id } })).not.toBeNull();
  });
});
