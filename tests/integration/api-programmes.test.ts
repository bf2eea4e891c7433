// Programmes over the API: only a global administrator creates one, validation is per field,
// edits are scoped to the programme (a membership elsewhere grants nothing) and audited.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOne, PATCH as patch } from "@/app/api/v1/programmes/[id]/route";
import { GET as list, POST as create } from "@/app/api/v1/programmes/route";
import { db } from "@/lib/db";
import { createOrganisation, createProgramme, createUserToken } from "../factories";
import { apiRequest } from "../support/call-route";

let admin: string;
let programmeAdmin: string;
let coordinator: string;
let member: string;
let programmeId: string;
const noParams = { params: Promise.resolve({}) };
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

const request = (token: string, path: string, method = "GET", body?: unknown) =>
  apiRequest(`/api/v1/programmes${path}`, { method, token, body });

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  admin = await createUserToken({ role: "ADMIN" });
  programmeAdmin = await createUserToken({ role: "ADMIN", programmeId });
  coordinator = await createUserToken({ role: "COORDINATOR", programmeId });
  member = await createUserToken({ role: "MEMBER", programmeId });
});

describe("POST /api/v1/programmes", () => {
  it("creates a programme with UN participants, sorted SDGs and an audit event", async () => {
    const [undp, fao, bappenas] = [
      await createOrganisation("UN_ENTITY"),
      await createOrganisation("UN_ENTITY"),
      await createOrganisation("GOVERNMENT_MINISTRY"),
    ];
    const res = await create(
      request(admin, "", "POST", {
        title: "Joint Programme on Climate Finance",
        country: "Indonesia",
        conveningAgencyId: bappenas.id,
        participatingOrganisationIds: [undp.id, fao.id],
        startDate: "2024-01-15",
        durationMonths: 36,
        sdgGoals: [13, 5, "13"],
      }),
      noParams,
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      startDate: "2024-01-15",
      durationMonths: 36,
      sdgGoals: [5, 13],
      conveningAgency: { id: bappenas.id },
    });
    expect(body.participatingOrganisations.map((o: { id: string }) => o.id).sort()).toEqual(
      [undp.id, fao.id].sort(),
    );
    expect(
      await db().auditEvent.count({ where: { entity: "Programme", entityId: body.id, action: "CREATE" } }),
    ).toBe(1);
  });

  it("names each invalid field: missing title, SDG 18, a ministry as a UN participant", async () => {
    const ministry = await createOrganisation("GOVERNMENT_MINISTRY");
    const bad = await create(
      request(admin, "", "POST", { title: " ", country: "Indonesia", sdgGoals: [18] }),
      noParams,
    );
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fieldErrors).sort()).toEqual(["sdgGoals", "title"]);
    const notUn = await create(
      request(admin, "", "POST", {
        title: "X",
        country: "Indonesia",
        participatingOrganisationIds: [ministry.id],
      }),
      noParams,
    );
    expect(notUn.status).toBe(400);
    expect((await notUn.json()).error.fieldErrors.participatingOrganisationIds).toEqual([
      "Choose UN entities from the directory.",
    ]);
  });

  it("is refused (404) to an admin of another programme, a coordinator and a member", async () => {
    const before = await db().programme.count();
    for (const t of [programmeAdmin, coordinator, member]) {
      expect(
        (await create(request(t, "", "POST", { title: "Refused", country: "Indonesia" }), noParams)).status,
      ).toBe(404);
    }
    expect(await db().programme.count()).toBe(before);
  });
});

describe("GET/PATCH /api/v1/programmes/{id}", () => {
  it("lets the programme's admin edit it, replacing participants, with before and after audited", async () => {
    const unicef = await createOrganisation("UN_ENTITY");
    const res = await patch(
      request(programmeAdmin, `/${programmeId}`, "PATCH", {
        fund: "Joint SDG Fund",
        participatingOrganisationIds: [unicef.id],
        startDate: "",
        version: 1,
      }),
      idParams(programmeId),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      fund: "Joint SDG Fund",
      startDate: null,
      participatingOrganisations: [{ id: unicef.id }],
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entity: "Programme", entityId: programmeId, action: "UPDATE" },
    });
    expect(audit.before).toMatchObject({ fund: null });
    expect(audit.after).toMatchObject({ fund: "Joint SDG Fund" });
  });

  it("refuses a coordinator's edit and hides the programme from a member (404)", async () => {
    const res = await patch(
      request(coordinator, `/${programmeId}`, "PATCH", { title: "Hijacked", version: 1 }),
      idParams(programmeId),
    );
    expect(res.status).toBe(404);
    expect((await db().programme.findUniqueOrThrow({ where: { id: programmeId } })).title).not.toBe(
      "Hijacked",
    );
    expect((await getOne(request(coordinator, `/${programmeId}`), idParams(programmeId))).status).toBe(200);
    expect((await getOne(request(member, `/${programmeId}`), idParams(programmeId))).status).toBe(404);
  });

  it("does not let a programme's admin edit another programme", async () => {
    const other = await createProgramme();
    expect(
      (
        await patch(
          request(programmeAdmin, `/${other.id}`, "PATCH", { title: "Nope", version: 1 }),
          idParams(other.id),
        )
      ).status,
    ).toBe(404);
    expect((await getOne(request(programmeAdmin, `/${other.id}`), idParams(other.id))).status).toBe(404);
  });

  it("lists only the programmes one may read", async () => {
    const body = await (await list(request(coordinator, ""), noParams)).json();
    expect(body.data.map((p: { id: string }) => p.id)).toEqual([programmeId]);
  });
});
