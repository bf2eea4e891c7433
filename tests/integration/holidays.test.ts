// Public holidays over the API: anyone signed in reads a year's list (Indonesia's 2026 and 2027 are
// there from the migration); only a global administrator adds, edits and deletes; a bad date or a
// day already listed is a field error, a stale version a 409 with nothing saved. And the days the
// working-day arithmetic gets from the table.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as remove, PATCH as patch } from "@/app/api/v1/holidays/[id]/route";
import { GET as list, POST as create } from "@/app/api/v1/holidays/route";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { currentHolidayYear, type THoliday } from "@/lib/holiday/schema";
import { holidayDates } from "@/lib/holiday/service";
import { createProgramme, createUserToken } from "../factories";
import { callRoute } from "../support/call-route";

let admin: string;
let programmeAdmin: string;
let secretariat: string;
let member: string;

beforeAll(async () => {
  const programmeId = (await createProgramme()).id;
  admin = await createUserToken({ role: "ADMIN" });
  programmeAdmin = await createUserToken({ role: "ADMIN", programmeId });
  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId });
  member = await createUserToken({ role: "MEMBER", programmeId });
});

const BASE = "/api/v1/holidays";
const listYear = (token: string | null, query = "", headers?: Record<string, string>) =>
  callRoute(list, `${BASE}${query}`, { token, headers });
const post = (token: string, body: unknown, headers?: Record<string, string>) =>
  callRoute(create, BASE, { method: "POST", token, body, headers });
const patchOne = (token: string, id: string, body: unknown) =>
  callRoute(patch, `${BASE}/${id}`, { method: "PATCH", token, body, params: { id } });
const deleteOne = (token: string, id: string, version?: number) =>
  callRoute(remove, `${BASE}/${id}${version === undefined ? "" : `?version=${version}`}`, {
    method: "DELETE",
    token,
    params: { id },
  });

let nextDay = 0;
/** A weekday of 2031 or later that no other test uses. */
function freeDate(): string {
  const day = new Date(Date.UTC(2031, 0, 6) + nextDay++ * 7 * 86_400_000); // Mondays from 6 Jan 2031
  return day.toISOString().slice(0, 10);
}

async function newHoliday(nameEn = "Test day"): Promise<THoliday> {
  const res = await post(admin, { date: freeDate(), nameEn, nameId: `Hari uji ${nameEn}` });
  expect(res.status).toBe(201);
  return res.json();
}

/** Sessions of this test's database waiting for a lock (a save blocked on the unique index). */
async function waitingOnLocks(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
  );
  return rows[0].n;
}

const fieldErrors = async (res: Response) => (await res.json()).error.fieldErrors as Record<string, string[]>;
const audits = (entityId: string, action: "CREATE" | "UPDATE" | "DELETE") =>
  db().auditEvent.count({ where: { entity: "Holiday", entityId, action } });

describe("GET /api/v1/holidays", () => {
  it("lists Indonesia's 17 national holidays of 2026 by date, with both names, to any signed-in user", async () => {
    for (const token of [member, secretariat, admin]) {
      const res = await listYear(token, "?year=2026");
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ year: 2026, country: "ID" });
      expect(body.data).toHaveLength(17);
      expect(body.data[0]).toMatchObject({
        date: "2026-01-01",
        country: "ID",
        nameEn: "New Year's Day 2026",
        nameId: "Tahun Baru 2026 Masehi",
        version: 1,
      });
      const dates = body.data.map((h: THoliday) => h.date);
      expect([...dates].sort()).toEqual(dates);
      expect(dates).toContain("2026-08-17");
    }
    expect((await (await listYear(member, "?year=2027")).json()).data).toHaveLength(17);
  });

  it("answers the current year without a year, nothing for a year without holidays", async () => {
    expect((await (await listYear(member)).json()).year).toBe(currentHolidayYear());
    expect((await (await listYear(member, "?year=1999")).json()).data).toEqual([]);
    expect((await (await listYear(member, "?year=2026&country=TL")).json()).data).toEqual([]);
  });

  it("refuses a year that is not one as a field error, and anyone not signed in", async () => {
    const res = await listYear(member, "?year=twenty");
    expect(res.status).toBe(400);
    expect(Object.keys(await fieldErrors(res))).toEqual(["year"]);
    expect((await listYear(member, "?year=99999")).status).toBe(400);
    expect((await listYear(null, "?year=2026")).status).toBe(401);
  });
});

describe("POST /api/v1/holidays", () => {
  it("adds a holiday with an audit event; the year's list shows it", async () => {
    const date = freeDate();
    const res = await post(admin, { date, nameEn: "Election Day", nameId: "Hari Pemungutan Suara" });
    expect(res.status).toBe(201);
    const holiday = await res.json();
    expect(holiday).toMatchObject({ date, country: "ID", nameEn: "Election Day", version: 1 });
    expect(await audits(holiday.id, "CREATE")).toBe(1);
    const listed = (await (await listYear(member, `?year=${date.slice(0, 4)}`)).json()).data;
    expect(listed.map((h: THoliday) => h.id)).toContain(holiday.id);
  });

  it("refuses a date that is not a real one as a field error on date, in the caller's language", async () => {
    const before = await db().holiday.count();
    for (const date of ["2031-02-30", "17/08/2031", "2031-8-17", "", 20310817]) {
      const res = await post(admin, { date, nameEn: "Bad", nameId: "Buruk" });
      expect(res.status, String(date)).toBe(400);
      expect(await fieldErrors(res), String(date)).toEqual({
        date: ["Enter a real date, such as 2026-08-17."],
      });
    }
    const missing = await post(admin, { nameEn: "No date", nameId: "Tanpa tanggal" });
    expect(Object.keys(await fieldErrors(missing))).toEqual(["date"]);
    const inIndonesian = await post(
      admin,
      { date: "2031-02-30", nameEn: "Bad", nameId: "Buruk" },
      {
        "accept-language": "id",
      },
    );
    expect(await fieldErrors(inIndonesian)).toEqual({
      date: ["Isi tanggal yang benar, misalnya 2026-08-17."],
    });
    expect(await db().holiday.count()).toBe(before);
  });

  it("refuses blank names, and a country that is not a two-letter code", async () => {
    const res = await post(admin, { date: freeDate(), nameEn: "  ", nameId: "" });
    expect(await fieldErrors(res)).toEqual({
      nameEn: ["Enter the holiday's name in English."],
      nameId: ["Enter the holiday's name in Bahasa Indonesia."],
    });
    const country = await post(admin, { date: freeDate(), nameEn: "X", nameId: "X", country: "Indonesia" });
    expect(Object.keys(await fieldErrors(country))).toEqual(["country"]);
  });

  it("refuses a day the country already has (400 on date, nothing saved); another country may have it", async () => {
    const before = await db().holiday.count();
    const res = await post(admin, { date: "2026-08-17", nameEn: "Again", nameId: "Lagi" });
    expect(res.status).toBe(400);
    expect(await fieldErrors(res)).toEqual({ date: ["This day is already listed as a holiday."] });
    expect(await db().holiday.count()).toBe(before);
    const timorLeste = await post(admin, {
      date: "2026-08-17",
      country: "TL",
      nameEn: "Not a holiday there, but may be listed",
      nameId: "Contoh",
    });
    expect(timorLeste.status).toBe(201);
  });

  it("answers a save that loses a race for the day with the same field error (the unique index decides)", async () => {
    // Another save of the day, not yet committed: this one's check does not see it, so its insert
    // waits on the unique index, and fails once the other commits.
    const date = freeDate();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        `INSERT INTO "Holiday" ("id", "date", "country", "nameEn", "nameId", "updatedAt")
         VALUES ($1, $2, 'ID', 'First', 'Pertama', now())`,
        [`race-${date}`, date],
      );
      const answer = post(admin, { date, nameEn: "Second", nameId: "Kedua" });
      await expect.poll(() => waitingOnLocks(other), { timeout: 10_000 }).toBeGreaterThan(0);
      await other.query("COMMIT");
      const res = await answer;
      expect(res.status).toBe(400);
      expect(await fieldErrors(res)).toEqual({ date: ["This day is already listed as a holiday."] });
    } finally {
      await other.end();
    }
    expect(await db().holiday.findMany({ where: { date: new Date(`${date}T00:00:00Z`) } })).toMatchObject([
      { nameEn: "First" },
    ]);
  });

  it("is unknown (404, nothing saved) to everyone but a global administrator", async () => {
    const before = await db().holiday.count();
    for (const token of [programmeAdmin, secretariat, member]) {
      const res = await post(token, { date: freeDate(), nameEn: "Refused", nameId: "Ditolak" });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe("NOT_FOUND");
    }
    expect(await db().holiday.count()).toBe(before);
  });
});

describe("PATCH /api/v1/holidays/{id}", () => {
  it("changes the names and the day at the version read, raising it, with an audit event", async () => {
    const holiday = await newHoliday("Rename me");
    const date = freeDate();
    const res = await patchOne(admin, holiday.id, { version: 1, nameEn: "Renamed", date });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: holiday.id,
      nameEn: "Renamed",
      nameId: holiday.nameId,
      date,
      version: 2,
    });
    expect(await audits(holiday.id, "UPDATE")).toBe(1);
  });

  it("refuses a stale version with 409 and the holiday as it is now; nothing is saved", async () => {
    const holiday = await newHoliday("Stale");
    expect((await patchOne(admin, holiday.id, { version: 1, nameEn: "First" })).status).toBe(200);
    const res = await patchOne(admin, holiday.id, { version: 1, nameEn: "Second" });
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({ id: holiday.id, nameEn: "First", version: 2 });
    expect(await db().holiday.findUnique({ where: { id: holiday.id } })).toMatchObject({
      nameEn: "First",
      version: 2,
    });
  });

  it("lets one of two edits made at the same version through; the other gets 409", async () => {
    const holiday = await newHoliday("Two editors");
    const answers = await Promise.all(
      ["A", "B"].map((who) => patchOne(admin, holiday.id, { version: 1, nameEn: `Edited by ${who}` })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await db().holiday.findUnique({ where: { id: holiday.id } }))?.version).toBe(2);
  });

  it("refuses moving a holiday onto a day already listed, and a bad date, as field errors", async () => {
    const holiday = await newHoliday("Mover");
    const onto = await patchOne(admin, holiday.id, { version: 1, date: "2026-12-25" });
    expect(onto.status).toBe(400);
    expect(await fieldErrors(onto)).toEqual({ date: ["This day is already listed as a holiday."] });
    const bad = await patchOne(admin, holiday.id, { version: 1, date: "2031-13-01" });
    expect(Object.keys(await fieldErrors(bad))).toEqual(["date"]);
    expect(await db().holiday.findUnique({ where: { id: holiday.id } })).toMatchObject({ version: 1 });
  });

  it("answers 404 for a missing holiday, and to anyone but a global administrator", async () => {
    expect((await patchOne(admin, "cmnosuchholiday000000000", { version: 1, nameEn: "X" })).status).toBe(404);
    const holiday = await newHoliday("Guarded");
    for (const token of [programmeAdmin, secretariat, member]) {
      expect((await patchOne(token, holiday.id, { version: 1, nameEn: "Taken over" })).status).toBe(404);
    }
    expect((await db().holiday.findUnique({ where: { id: holiday.id } }))?.nameEn).toBe("Guarded");
  });
});

describe("DELETE /api/v1/holidays/{id}", () => {
  it("deletes at the version read (204, with an audit event)", async () => {
    const holiday = await newHoliday("Gone");
    const res = await deleteOne(admin, holiday.id, 1);
    expect(res.status).toBe(204);
    expect(await db().holiday.findUnique({ where: { id: holiday.id } })).toBeNull();
    expect(await audits(holiday.id, "DELETE")).toBe(1);
    expect((await deleteOne(admin, holiday.id, 1)).status).toBe(404);
  });

  it("refuses a stale version (409, kept) and a missing one (400)", async () => {
    const holiday = await newHoliday("Kept");
    await patchOne(admin, holiday.id, { version: 1, nameEn: "Kept, renamed" });
    const stale = await deleteOne(admin, holiday.id, 1);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ id: holiday.id, version: 2 });
    expect((await deleteOne(admin, holiday.id)).status).toBe(400);
    expect(await db().holiday.findUnique({ where: { id: holiday.id } })).not.toBeNull();
  });

  it("is unknown (404) to everyone but a global administrator", async () => {
    const holiday = await newHoliday("Stays");
    for (const token of [programmeAdmin, secretariat, member]) {
      expect((await deleteOne(token, holiday.id, 1)).status).toBe(404);
    }
    expect(await db().holiday.findUnique({ where: { id: holiday.id } })).not.toBeNull();
  });
});

describe("holidayDates", () => {
  it("gives working-day arithmetic the listed days across a year end", async () => {
    const holidays = await holidayDates("2026-12-20", "2027-01-10");
    expect([...holidays].sort()).toEqual(["2026-12-25", "2027-01-01", "2027-01-05"]);
    // Circulated on Thursday 24 December 2026: Christmas, New Year's Day, Isra Mikraj and the
    // weekends are skipped, so the default 10 working days end on Tuesday 12 January 2027.
    expect(addWorkingDays("2026-12-24", 10, holidays)).toBe("2027-01-12");
  });
});
