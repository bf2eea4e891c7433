// No silent overwrite: agenda items, organisations, programmes and people carry a version raised on every
// update; a write made against an older one is a 409 with the record as it is now. Two editors
// saving the same version at the same moment (as two app instances would, each on its own
// connection) get exactly one 200 and one 409, and the winner's change is what is stored.
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchItem, DELETE as deleteItem } from "@/app/api/v1/meetings/[id]/agenda/[itemId]/route";
import { POST as mergeRoute } from "@/app/api/v1/organisations/[id]/merge/route";
import { PATCH as patchOrganisation } from "@/app/api/v1/organisations/[id]/route";
import { PATCH as patchPerson } from "@/app/api/v1/people/[id]/route";
import { PATCH as patchProgramme } from "@/app/api/v1/programmes/[id]/route";
import { createAgendaItem, updateAgendaItem } from "@/lib/agenda/service";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { mergeOrganisation, updateOrganisation } from "@/lib/organisation/service";
import { updatePerson } from "@/lib/person/service";
import { updateProgramme } from "@/lib/programme/service";
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

let programmeId: string;
let secretariat: TAccess;
let admin: TAccess;
let secretariatToken: string;
let adminToken: string;
const actor = { label: "test" };
/** Five pairs: ten transactions at once, the app's connection pool (DATABASE_POOL_SIZE, 10). */
const PAIRS_AT_ONCE = 5;

beforeAll(async () => {
  programmeId = (await createProgramme()).id;
  const s = await createUser({ role: "SECRETARIAT", programmeId });
  const a = await createUser({ role: "ADMIN" });
  secretariat = (await getUserWithAccess(s.id))!.access;
  admin = (await getUserWithAccess(a.id))!.access;
  secretariatToken = await tokenFor(s);
  adminToken = await tokenFor(a);
});

/**
 * Runs the two saves of each pair at the same moment, each on its own pooled connection as two app
 * instances would, and answers which of the two saved and what the other got. Pairs run in waves
 * that fit the connection pool, so no save waits for a connection longer than Prisma allows.
 */
async function racePairs<T>(pairs: [() => Promise<T>, () => Promise<T>][]) {
  const settled: PromiseSettledResult<T>[][] = [];
  for (let i = 0; i < pairs.length; i += PAIRS_AT_ONCE) {
    const wave = pairs.slice(i, i + PAIRS_AT_ONCE);
    settled.push(...(await Promise.all(wave.map((pair) => Promise.allSettled(pair.map((save) => save()))))));
  }
  return settled.map(([a, b]) => {
    const fulfilled = [a, b].filter((r) => r.status === "fulfilled");
    const rejected = [a, b].filter((r): r is PromiseRejectedResult => r.status === "rejected");
    return {
      saved: fulfilled.length,
      winner: a.status === "fulfilled" ? 0 : 1,
      errors: rejected.map((r) => r.reason as { code?: string; current?: unknown }),
    };
  });
}

function expectOneWinnerEach(results: Awaited<ReturnType<typeof racePairs>>) {
  expect(results.map((r) => r.saved)).toEqual(results.map(() => 1));
  for (const r of results) expect(r.errors[0]).toMatchObject({ code: "CONFLICT" });
}

describe("agenda items", () => {
  it("50 pairs of editors saving the same version: one 200, one 409 with the winner's item, no lost update", async () => {
    const items: { meetingId: string; id: string }[] = [];
    for (let m = 0; m < 10; m++) {
      const meeting = await createMeeting(programmeId);
      for (let i = 0; i < 5; i++) {
        const item = await createAgendaItem(secretariat, meeting.id, { title: `Item ${m}.${i}` }, actor);
        expect(item.version).toBe(1);
        items.push({ meetingId: meeting.id, id: item.id });
      }
    }
    const results = await racePairs(
      items.map(({ meetingId, id }) => [
        () => updateAgendaItem(secretariat, meetingId, id, { version: 1, title: `First ${id}` }, actor),
        () => updateAgendaItem(secretariat, meetingId, id, { version: 1, title: `Second ${id}` }, actor),
      ]),
    );
    expectOneWinnerEach(results);
    for (const [index, { id }] of items.entries()) {
      const winnerTitle = `${results[index].winner === 0 ? "First" : "Second"} ${id}`;
      const row = await db().agendaItem.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ title: winnerTitle, version: 2 });
      expect(results[index].errors[0].current).toMatchObject({ id, title: winnerTitle, version: 2 });
    }
  });

  it("over the API: the version is required, a stale edit or removal is a 409 with the current item", async () => {
    const meeting = await createMeeting(programmeId);
    const item = await createAgendaItem(secretariat, meeting.id, { title: "Opening" }, actor);
    const url = `/api/v1/meetings/${meeting.id}/agenda/${item.id}`;
    const params = { id: meeting.id, itemId: item.id };
    const send = (body: unknown) =>
      callRoute(patchItem, url, { method: "PATCH", token: secretariatToken, params, body });

    const missing = await send({ title: "No version" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fieldErrors.version).toBeDefined();

    const first = await send({ version: 1, title: "Opening remarks" });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ title: "Opening remarks", version: 2 });

    const stale = await send({ version: 1, title: "Welcome" });
    expect(stale.status).toBe(409);
    const { error } = await stale.json();
    expect(error.current).toMatchObject({ id: item.id, title: "Opening remarks", version: 2 });

    const staleDelete = await callRoute(deleteItem, `${url}?version=1`, {
      method: "DELETE",
      token: secretariatToken,
      params,
    });
    expect(staleDelete.status).toBe(409);
    expect((await staleDelete.json()).error.current).toMatchObject({ version: 2 });
    const noVersion = await callRoute(deleteItem, url, { method: "DELETE", token: secretariatToken, params });
    expect(noVersion.status).toBe(400);
    expect(await db().agendaItem.count({ where: { id: item.id } })).toBe(1);

    const removed = await callRoute(deleteItem, `${url}?version=2`, {
      method: "DELETE",
      token: secretariatToken,
      params,
    });
    expect(removed.status).toBe(204);
    expect(await db().agendaItem.count({ where: { id: item.id } })).toBe(0);
  });
});

describe("organisations", () => {
  it("30 pairs of editors saving the same version: one 200, one 409 with the winner's organisation", async () => {
    const organisations = [];
    for (let i = 0; i < 30; i++) organisations.push(await createOrganisation());
    const results = await racePairs(
      organisations.map(({ id }) => [
        () => updateOrganisation(secretariat, id, { version: 1, acronym: "FIRST" }, actor),
        () => updateOrganisation(secretariat, id, { version: 1, acronym: "SECOND" }, actor),
      ]),
    );
    expectOneWinnerEach(results);
    for (const [index, { id }] of organisations.entries()) {
      const acronym = results[index].winner === 0 ? "FIRST" : "SECOND";
      expect(await db().organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({
        acronym,
        version: 2,
      });
      expect(results[index].errors[0].current).toMatchObject({ id, acronym, version: 2 });
    }
  });

  it("over the API: the version is required; a stale edit or merge is a 409 and changes nothing", async () => {
    const organisation = await createOrganisation();
    const kept = await createOrganisation();
    const person = await createPerson(organisation.id);
    const params = { id: organisation.id };
    const patch = (body: unknown) =>
      callRoute(patchOrganisation, `/api/v1/organisations/${organisation.id}`, {
        method: "PATCH",
        token: secretariatToken,
        params,
        body,
      });
    const missing = await patch({ acronym: "NOVER" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fieldErrors.version).toBeDefined();

    const first = await patch({ version: 1, acronym: "KEMEN" });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ acronym: "KEMEN", version: 2 });
    const stale = await patch({ version: 1, acronym: "OTHER" });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ acronym: "KEMEN", version: 2 });

    const merge = (body: unknown) =>
      callRoute(mergeRoute, `/api/v1/organisations/${organisation.id}/merge`, {
        method: "POST",
        token: secretariatToken,
        params,
        body,
      });
    const staleMerge = await merge({ into: kept.id, version: 1 });
    expect(staleMerge.status).toBe(409);
    expect((await staleMerge.json()).error.current).toMatchObject({ acronym: "KEMEN", version: 2 });
    expect((await merge({ into: kept.id })).status).toBe(400);
    expect(await db().organisation.count({ where: { id: organisation.id } })).toBe(1);
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).organisationId).toBe(
      organisation.id,
    );

    expect((await merge({ into: kept.id, version: 2 })).status).toBe(200);
    expect(await db().organisation.count({ where: { id: organisation.id } })).toBe(0);
  });
});

describe("programmes", () => {
  it("30 pairs of editors saving the same version: one 200, one 409 with the winner's programme", async () => {
    const programmes = [];
    for (let i = 0; i < 30; i++) programmes.push(await createProgramme());
    const results = await racePairs(
      programmes.map(({ id }) => [
        () => updateProgramme(admin, id, { version: 1, fund: "First fund" }, actor),
        () => updateProgramme(admin, id, { version: 1, fund: "Second fund" }, actor),
      ]),
    );
    expectOneWinnerEach(results);
    for (const [index, { id }] of programmes.entries()) {
      const fund = results[index].winner === 0 ? "First fund" : "Second fund";
      expect(await db().programme.findUniqueOrThrow({ where: { id } })).toMatchObject({ fund, version: 2 });
      expect(results[index].errors[0].current).toMatchObject({ id, fund, version: 2 });
    }
  });

  it("over the API: the version is required, a stale edit is a 409 with the current programme", async () => {
    const programme = await createProgramme();
    const patch = (body: unknown) =>
      callRoute(patchProgramme, `/api/v1/programmes/${programme.id}`, {
        method: "PATCH",
        token: adminToken,
        params: { id: programme.id },
        body,
      });
    const missing = await patch({ fund: "No version" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fieldErrors.version).toBeDefined();
    const first = await patch({ version: 1, fund: "Joint SDG Fund" });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ fund: "Joint SDG Fund", version: 2 });
    const stale = await patch({ version: 1, fund: "Other fund" });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ fund: "Joint SDG Fund", version: 2 });
    expect((await db().programme.findUniqueOrThrow({ where: { id: programme.id } })).fund).toBe(
      "Joint SDG Fund",
    );
  });

  it("a merge that changes a programme's convening agency raises its version", async () => {
    const duplicate = await createOrganisation();
    const kept = await createOrganisation();
    const programme = await db().programme.create({
      data: { title: "Convened", country: "Indonesia", conveningAgencyId: duplicate.id },
    });
    await mergeOrganisation(secretariat, duplicate.id, { into: kept.id, version: 1 }, actor);
    const stale = updateProgramme(admin, programme.id, { version: 1, fund: "Stale" }, actor);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("people", () => {
  it("30 pairs of editors saving the same version: one 200, one 409 with the winner's person", async () => {
    const organisation = await createOrganisation();
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await createPerson(organisation.id));
    const results = await racePairs(
      people.map(({ id }) => [
        () => updatePerson(secretariat, id, { version: 1, position: "First" }, actor),
        () => updatePerson(secretariat, id, { version: 1, position: "Second" }, actor),
      ]),
    );
    expectOneWinnerEach(results);
    for (const [index, { id }] of people.entries()) {
      const position = results[index].winner === 0 ? "First" : "Second";
      expect(await db().person.findUniqueOrThrow({ where: { id } })).toMatchObject({ position, version: 2 });
      expect(results[index].errors[0].current).toMatchObject({ id, position, version: 2 });
    }
  });

  it("over the API: the version is required, a stale edit is a 409 with the current person", async () => {
    const person = await createPerson((await createOrganisation()).id);
    const patch = (body: unknown) =>
      callRoute(patchPerson, `/api/v1/people/${person.id}`, {
        method: "PATCH",
        token: secretariatToken,
        params: { id: person.id },
        body,
      });
    const missing = await patch({ position: "No version" });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fieldErrors.version).toBeDefined();
    const first = await patch({ version: 1, position: "Director" });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ position: "Director", version: 2 });
    const stale = await patch({ version: 1, position: "Adviser" });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({
      messageKey: "people.errors.changedMeanwhile",
      current: { position: "Director", version: 2 },
    });
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).position).toBe("Director");
  });
});
