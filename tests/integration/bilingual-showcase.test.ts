// The bench's showcase meeting (bench/seed-sql-showcase.ts: 60 present, 40 remarks, 8 decisions,
// 12 action items), seeded with the Indonesian wording of every bilingual field: its Indonesian
// summary, loaded from the database as the app loads it, builds every sentence from Indonesian
// wording or quotes the record — no English sentence.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { seedBenchDatabase } from "@/bench/seed";
import { SHOWCASE_MEETING_ID } from "@/bench/seed-sql-showcase";
import type { TAccess } from "@/lib/auth/permissions";
import { localiseRecord } from "@/lib/minutes/localise";
import { loadMeetingRecord } from "@/lib/minutes/service";
import { composeSummary } from "@/lib/summary/compose";
import { getUserWithAccess } from "@/lib/user/service";
import { createUser } from "../factories";
import { bilingualSentenceFields } from "../support/bilingual-check";

let admin: TAccess;

beforeAll(async () => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  try {
    await seedBenchDatabase(pool, {
      organisations: 6,
      people: 60,
      programmes: 1,
      meetings: 4,
      attendances: 0,
      remarks: 0,
      actions: 0,
      updates: 0,
    });
  } finally {
    await pool.end();
  }
  admin = (await getUserWithAccess((await createUser({ role: "ADMIN" })).id))!.access;
}, 60_000);

describe("the showcase meeting in Bahasa Indonesia", () => {
  it("has Indonesian wording for every bilingual field", async () => {
    const record = await loadMeetingRecord(admin, SHOWCASE_MEETING_ID);
    expect(record.remarks).toHaveLength(40);
    expect(localiseRecord(record, "id").fallbacks).toEqual([]);
  });

  it("builds every sentence of the Indonesian summary from Indonesian wording", async () => {
    const record = await loadMeetingRecord(admin, SHOWCASE_MEETING_ID);
    const summary = composeSummary(record, "id");
    const checked = bilingualSentenceFields(record, summary, "id");
    expect(checked.length).toBeGreaterThan(40);
    expect(checked.filter((c) => !c.isOk)).toEqual([]);
    const text = summary.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(" ");
    expect(text).toContain("meninjau laporan kemajuan tahunan dan menyepakati rencana kerja");
    expect(text).not.toMatch(/Reported on progress|The Committee endorsed|Share the revised budget/);
  });
});
