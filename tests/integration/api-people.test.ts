// People in the directory over the API: search, create with a duplicate e-mail, CSV import that
// saves all rows or none, export → import round trip, each person's language, errors in the
// caller's language, and who may do what.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOne, PATCH as patch } from "@/app/api/v1/people/[id]/route";
import { GET as exportCsv } from "@/app/api/v1/people/export.csv/route";
import { POST as importCsv } from "@/app/api/v1/people/import/route";
import { GET as search, POST as create } from "@/app/api/v1/people/route";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translate";
import { createOrganisation, createProgramme, createUserToken } from "../factories";
import { callRoute } from "../support/call-route";

let secretariat: string;
let coordinator: string;
let klhk: { id: string; name: string };

const url = (path: string) => `/api/v1/people${path}`;
const find = (token: string, query: string) => callRoute(search, url(query), { token });
const exportPeople = (token: string) => callRoute(exportCsv, url("/export.csv"), { token });
const getPerson = (token: string, id: string) => callRoute(getOne, url(`/${id}`), { token, params: { id } });
const postCsv = (token: string, csv: string, dryRun = false, language = "en") =>
  callRoute(importCsv, url(`/import${dryRun ? "?dryRun=1" : ""}`), {
    method: "POST",
    token,
    body: csv,
    headers: { "content-type": "text/csv", "accept-language": language },
  });
const postJson = (token: string, body: object, headers: Record<string, string> = {}) =>
  callRoute(create, url(""), { method: "POST", token, body, headers });
const patchJson = (token: string, id: string, body: object) =>
  callRoute(patch, url(`/${id}`), { method: "PATCH", token, body, params: { id } });
const auditCount = () => db().auditEvent.count({ where: { entity: "Person" } });

/** Imports a CSV that must be refused whole: 400, the rows at fault, and nothing saved or audited. */
async function importRefused(csv: string, language: string, rowErrors: object[]) {
  const [people, audits] = [await db().person.count(), await auditCount()];
  const res = await postCsv(secretariat, csv, false, language);
  expect(res.status).toBe(400);
  const body = await res.json();
  expect(body.errors).toEqual(rowErrors);
  expect(body.isSaved).toBe(false);
  expect(await db().person.count()).toBe(people);
  expect(await auditCount()).toBe(audits);
  return body.error;
}

beforeAll(async () => {
  const programme = await createProgramme();
  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId: programme.id });
  coordinator = await createUserToken({ role: "COORDINATOR", programmeId: programme.id });
  klhk = await db().organisation.create({
    data: { name: "Ministry of Environment and Forestry", acronym: "KLHK", kind: "GOVERNMENT_MINISTRY" },
  });
  await createOrganisation("UN_ENTITY", "United Nations Development Programme");
});

describe("POST /api/v1/people/import", () => {
  it("saves nothing when one row is invalid, and names that row and field", async () => {
    const csv =
      "name,position,organisation,email,sex\nAni,,KLHK,ani@example.org,perempuan\nBayu,,KLHK,not-an-email,laki-laki\n";
    const error = await importRefused(csv, "en", [
      {
        row: 3,
        field: "email",
        messageKey: "errors.field.invalidEmail",
        message: "Enter a valid e-mail address.",
      },
    ]);
    expect(error).toMatchObject({
      code: "VALIDATION",
      messageKey: "people.errors.import.rowsInvalid",
      message: "1 row has errors; nothing was imported.",
    });
  });

  it("reports an unknown organisation on its row", async () => {
    const res = await postCsv(secretariat, "name,organisation\nAni,KLHK\nBayu,Ministry of Nowhere\n", true);
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual([
      expect.objectContaining({
        row: 3,
        field: "organisation",
        messageKey: "people.errors.import.organisationUnknown",
        message: "No organisation “Ministry of Nowhere” in the directory.",
      }),
    ]);
  });

  it("previews, then creates and updates in one go, each with an audit event", async () => {
    const existing = await db().person.create({
      data: { name: "Dewi Lestari", email: "dewi@example.org", position: "Analyst" },
    });
    const csv = [
      "name,position,organisation,email,sex",
      "Dewi Lestari,Director,klhk,DEWI@example.org,female",
      "Eko Prasetyo,Officer,United Nations Development Programme,eko@example.org,male",
    ].join("\n");

    const preview = await postCsv(secretariat, csv, true);
    expect(preview.status).toBe(200);
    const previewBody = await preview.json();
    expect(previewBody.rows.map((r: { row: number; action: string }) => [r.row, r.action])).toEqual([
      [2, "update"],
      [3, "create"],
    ]);
    expect(previewBody.rows[0].changedFields).toEqual(["position", "organisation", "sex"]);
    expect(await db().person.count({ where: { email: "eko@example.org" } })).toBe(0);

    const res = await postCsv(secretariat, csv);
    expect(res.status).toBe(200);
    expect((await res.json()).isSaved).toBe(true);
    const dewi = await db().person.findUniqueOrThrow({ where: { id: existing.id } });
    expect(dewi).toMatchObject({ position: "Director", organisationId: klhk.id, sex: "FEMALE" });
    const eko = await db().person.findUniqueOrThrow({ where: { email: "eko@example.org" } });
    const events = await db().auditEvent.findMany({
      where: { entity: "Person", entityId: { in: [dewi.id, eko.id] } },
    });
    expect(events.map((e) => [e.entityId, e.action]).sort()).toEqual(
      [
        [dewi.id, "UPDATE"],
        [eko.id, "CREATE"],
      ].sort(),
    );
    expect(events.every((e) => e.actorUserId !== null)).toBe(true);
  });

  it("round-trips an export: only updates, nothing changed, no audit events", async () => {
    await db().person.create({
      data: { name: "Fajar, without e-mail", organisationId: klhk.id, sex: "PREFER_NOT_TO_SAY" },
    });
    const exported = await exportPeople(secretariat);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toContain("text/csv");
    const csv = await exported.text();
    const [people, audits] = [await db().person.count(), await auditCount()];

    const res = await postCsv(secretariat, csv);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.rows.length).toBe(people);
    expect(
      body.rows.every(
        (r: { action: string; changedFields: string[] }) =>
          r.action === "update" && r.changedFields.length === 0,
      ),
    ).toBe(true);
    expect(await db().person.count()).toBe(people);
    expect(await auditCount()).toBe(audits);
  });

  it("lets a coordinator read and export but not import or create", async () => {
    const list = await find(coordinator, "?q=klhk");
    expect(list.status).toBe(200);
    expect((await list.json()).data.map((p: { name: string }) => p.name)).toContain("Dewi Lestari");
    expect((await exportPeople(coordinator)).status).toBe(200);

    const before = await db().person.count();
    const imported = await postCsv(coordinator, "name\nGita\n");
    const created = await postJson(coordinator, { name: "Gita" });
    const dewi = await db().person.findFirstOrThrow({ where: { email: "dewi@example.org" } });
    const changed = await patchJson(coordinator, dewi.id, { language: "id", version: dewi.version });
    expect(imported.status).toBe(404);
    expect(created.status).toBe(404);
    expect(changed.status).toBe(404);
    expect(await db().person.count()).toBe(before);
    expect((await db().person.findUniqueOrThrow({ where: { id: dewi.id } })).language).toBe("en");
  });
});

describe("/api/v1/people", () => {
  it("searches name, e-mail and organisation acronym case-insensitively, one page at a time", async () => {
    const byAcronym = await (await find(secretariat, "?q=KlHk")).json();
    expect(byAcronym.data.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["Dewi Lestari"]),
    );
    const byEmail = await (await find(secretariat, "?q=EKO@")).json();
    expect(byEmail.data.map((p: { name: string }) => p.name)).toEqual(["Eko Prasetyo"]);
    const nothing = await (await find(secretariat, "?q=zzz-nobody")).json();
    expect(nothing).toMatchObject({ data: [], total: 0, page: 1 });
  });

  it("creates a person, and answers a duplicate e-mail with a field error", async () => {
    const post = (body: object) => postJson(secretariat, body);
    const ok = await post({
      name: "Hana",
      email: "Hana@Example.org",
      organisationId: klhk.id,
      sex: "PREFER_NOT_TO_SAY",
    });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ email: "hana@example.org", organisation: { acronym: "KLHK" } });
    const dup = await post({ name: "Hana 2", email: "HANA@example.org" });
    expect(dup.status).toBe(400);
    expect((await dup.json()).error.fieldErrors.email).toEqual([
      "Another person in the directory already has this e-mail.",
    ]);
  });

  it("answers invalid fields in Bahasa Indonesia when the caller asks for it", async () => {
    const res = await postJson(
      secretariat,
      { name: " ", email: "not-an-email", language: "fr" },
      { "accept-language": "id-ID,id;q=0.9,en;q=0.8" },
    );
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toMatchObject({ code: "VALIDATION", messageKey: "errors.VALIDATION" });
    const indonesian = translator("id");
    expect(error.message).toBe(indonesian("errors.VALIDATION"));
    expect(error.fieldErrors).toEqual({
      name: ["Masukkan nama orang tersebut."],
      email: [indonesian("errors.field.invalidEmail")],
      language: ["Pilih bahasa Inggris atau Bahasa Indonesia."],
    });
  });
});

describe("a person's language", () => {
  it("is English unless given, and is set and changed over the API", async () => {
    const plain = await postJson(secretariat, { name: "Intan" });
    expect(plain.status).toBe(201);
    expect((await plain.json()).language).toBe("en");

    const res = await postJson(secretariat, {
      name: "Joko Widodo",
      email: "joko@example.org",
      language: "id",
    });
    expect(res.status).toBe(201);
    const joko = await res.json();
    expect(joko.language).toBe("id");

    const changed = await patchJson(secretariat, joko.id, {
      language: "en",
      position: "Adviser",
      version: joko.version,
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      language: "en",
      position: "Adviser",
      email: "joko@example.org",
    });
    expect(await (await getPerson(secretariat, joko.id)).json()).toMatchObject({
      language: "en",
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entity: "Person", entityId: joko.id, action: "UPDATE" },
    });
    expect(audit.before).toMatchObject({ language: "id" });
    expect(audit.after).toMatchObject({ language: "en" });
  });

  it("answers an unknown person with 404", async () => {
    const res = await getPerson(secretariat, "no-such-person");
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({
      code: "NOT_FOUND",
      messageKey: "errors.notFound.person",
    });
  });

  it("comes from the CSV's language column: Indonesian accepted, an unknown language refused by key", async () => {
    const error = await importRefused(
      "name,email,language\nKartika,kartika@example.org,Indonesian\nLuhut,luhut@example.org,Javanese\n",
      "id",
      [
        {
          row: 3,
          field: "language",
          messageKey: "people.errors.import.languageUnknown",
          message: "“Javanese” bukan bahasa Inggris (en) atau Bahasa Indonesia (id).",
          params: { value: "Javanese" },
        },
      ],
    );
    expect(error.message).toBe("1 baris berisi kesalahan; tidak ada yang diimpor.");
    expect(await db().person.count({ where: { email: "kartika@example.org" } })).toBe(0);

    const saved = await postCsv(
      secretariat,
      "name,email,language\nKartika,kartika@example.org,Indonesian\nLuhut,luhut@example.org,\n",
    );
    expect(saved.status).toBe(200);
    const people = await db().person.findMany({
      where: { email: { in: ["kartika@example.org", "luhut@example.org"] } },
      orderBy: { name: "asc" },
    });
    expect(people.map((p) => [p.name, p.language])).toEqual([
      ["Kartika", "id"],
      ["Luhut", "en"],
    ]);

    const exported = await (await exportPeople(secretariat)).text();
    expect(exported.split("\r\n")[0]).toBe("name,position,organisation,email,sex,language");
    expect(exported).toContain("Kartika,,,kartika@example.org,,id");
  });
});
