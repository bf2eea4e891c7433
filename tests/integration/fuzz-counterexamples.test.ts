// The server errors and wrong answers the full fuzz run (npm run fuzz, fuzz.test.ts) found, each
// shrunk to its smallest input and kept here so they stay fixed whatever seed a run draws: a field
// named "__proto__", a version beyond what the column holds, names and e-mails with "_", "%" or a
// trailing "\" (Prisma compares them with ILIKE), a bundle numbered beyond int4, and a body whose
// bytes are not UTF-8 (decoded to U+FFFD and stored as such).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportBundle } from "@/app/api/v1/meetings/[id]/export/route";
import { POST as importBundle } from "@/app/api/v1/meetings/import/route";
import { POST as mergeOrganisation } from "@/app/api/v1/organisations/[id]/merge/route";
import { PATCH as patchOrganisation } from "@/app/api/v1/organisations/[id]/route";
import { POST as postOrganisation } from "@/app/api/v1/organisations/route";
import { POST as importPeople } from "@/app/api/v1/people/import/route";
import { GET as searchPeople, POST as postPerson } from "@/app/api/v1/people/route";
import { db } from "@/lib/db";
import { createMeeting, programmeWithSecretariat } from "../factories";
import { callRoute, type TRouteHandler } from "../support/call-route";

let token: string;
let programmeId: string;

beforeAll(async () => {
  ({ secretariat: token, programmeId } = await programmeWithSecretariat());
});

const post = (handler: TRouteHandler<Record<string, never>>, url: string, body: unknown) =>
  callRoute(handler, url, { method: "POST", token, body });
const organisation = (name: string) =>
  post(postOrganisation, "/api/v1/organisations", { name, kind: "GOVERNMENT_MINISTRY" });
const person = (name: string, email?: string) => post(postPerson, "/api/v1/people", { name, email });

async function fieldErrors(res: Response) {
  return (
    ((await res.json()) as { error: { fieldErrors?: Record<string, string[]> } }).error.fieldErrors ?? {}
  );
}

it('refuses a field named "__proto__" holding NUL with 400 naming it', async () => {
  const res = await post(postPerson, "/api/v1/people", '{"name":"Budi","__proto__":"\\u0000"}');
  expect(res.status).toBe(400);
  expect(Object.keys(await fieldErrors(res))).toContain("__proto__");
});

it("refuses a version beyond what the column holds with 400, editing and merging", async () => {
  const { id } = await (await organisation(`Kementerian ${Date.now()}`)).json();
  const edit = await callRoute(patchOrganisation, `/api/v1/organisations/${id}`, {
    method: "PATCH",
    token,
    body: { version: 2 ** 31, name: "Renamed" },
    params: { id },
  });
  expect(edit.status).toBe(400);
  expect(await fieldErrors(edit)).toHaveProperty("version");
  const merge = await callRoute(mergeOrganisation, `/api/v1/organisations/${id}/merge`, {
    method: "POST",
    token,
    body: { into: id, version: "4294967296" },
    params: { id },
  });
  expect(merge.status).toBe(400);
});

describe('names and e-mails with "_", "%" or "\\" are compared as written, ignoring case only', () => {
  it("takes a name that a wildcard would have matched, and still refuses the same name in other case", async () => {
    expect((await organisation("KemenkesXA")).status).toBe(201);
    expect((await organisation("Kemenkes_A")).status).toBe(201);
    expect((await organisation("%")).status).toBe(201);
    const again = await organisation("kemenkes_a");
    expect(again.status).toBe(400);
    expect(await fieldErrors(again)).toHaveProperty("name");
  });

  it('takes a name ending in "\\" next to one it begins like (was a database error, 500)', async () => {
    expect((await organisation("Bappenas RI")).status).toBe(201);
    expect((await organisation("Bappenas \\")).status).toBe(201);
    expect((await person("Siti Rahma")).status).toBe(201);
    const csv = "name,position,organisation,email\nSiti \\,,,\n";
    const res = await callRoute(importPeople, "/api/v1/people/import?dryRun=1", {
      method: "POST",
      token,
      body: csv,
      headers: { "content-type": "text/csv" },
    });
    expect(res.status).toBe(200);
  });

  it("keeps e-mails apart that differ where a wildcard would match", async () => {
    expect((await person("Axb", "axb@example.test")).status).toBe(201);
    expect((await person("A_b", "a_b@example.test")).status).toBe(201);
    const found = await callRoute(searchPeople, "/api/v1/people?q=a_b%40", { token });
    expect((await found.json()).data.map((p: { email: string }) => p.email)).toEqual(["a_b@example.test"]);
  });
});

it("refuses a bundle numbered beyond int4 with 400 naming the field", async () => {
  const meeting = await createMeeting(programmeId);
  const exported = await callRoute(exportBundle, `/api/v1/meetings/${meeting.id}/export`, {
    token,
    params: { id: meeting.id },
  });
  const bundle = await exported.json();
  bundle.meeting.sequenceNumber = 2 ** 31;
  const res = await post(importBundle, "/api/v1/meetings/import", bundle);
  expect(res.status).toBe(400);
  expect(await fieldErrors(res)).toHaveProperty("meeting.sequenceNumber");
});

it("refuses text whose bytes were not UTF-8 instead of storing U+FFFD", async () => {
  const bytes = [...new TextEncoder().encode('{"name":"Budi X'), 0xff, ...new TextEncoder().encode('"}')];
  const request = new Request("http://localhost/api/v1/people", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: new Uint8Array(bytes),
  });
  const res = await postPerson(request, { params: Promise.resolve({}) });
  expect(res.status).toBe(400);
  expect(await fieldErrors(res)).toHaveProperty("name");
  expect(await db().person.count({ where: { name: { contains: "\uFFFD" } } })).toBe(0);
});
