// Fills the benchmark database: the generated dataset (seed-sql-*.ts) in one transaction, then
// the benchmark's own user (global SECRETARIAT role, known password) and API token, then ANALYZE
// so the planner sees realistic statistics. Returns the row counts actually written.
import { createHash } from "node:crypto";
import type pg from "pg";
import { hashPassword } from "../lib/auth/password";
import type { TDatasetSizes } from "./config";
import { directorySql, HELPERS_SQL, SEED_NOW } from "./seed-sql-directory";
import { meetingFrameSql, meetingRecordSql, meetingSql } from "./seed-sql-meetings";
import { showcaseSql } from "./seed-sql-showcase";

/** Who the benchmark logs in as (pages) and whose token it sends (API). */
export const BENCH_USER = {
  id: "usr_bench_secretariat",
  email: "bench-secretariat@bench.example",
  name: "Bench Secretariat",
  password: "bench-password-not-secret",
};
/** Deterministic, like the rest of the data; the database is thrown away after the run. */
export const BENCH_TOKEN = "ntl_" + createHash("sha256").update("notulen-bench-token").digest("base64url");

const COUNTED_TABLES = [
  "Organisation",
  "Person",
  "Programme",
  "ProgrammeParticipant",
  "ProgrammeOutput",
  "Meeting",
  "CoChair",
  "AgendaItem",
  "Invitation",
  "Remark",
  "Decision",
  "ActionItem",
  "ActionItemUpdate",
  "Minutes",
  "User",
  "ApiToken",
] as const;

export type TSeedResult = {
  /** Sizes after clamping to what the generated data can hold. */
  sizes: TDatasetSizes;
  rowCounts: Record<string, number>;
  /** Invitation rows with an attendance status (the "attendances" of the dataset). */
  attendanceRows: number;
  heldMeetings: number;
  warnings: string[];
};

async function writeBenchUser(client: pg.PoolClient): Promise<void> {
  const passwordHash = await hashPassword(BENCH_USER.password);
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "globalRole", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'SECRETARIAT', $5, $5)`,
    [BENCH_USER.id, BENCH_USER.email, BENCH_USER.name, passwordHash, SEED_NOW],
  );
  await client.query(
    `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix, "createdAt") VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      "tok_bench",
      BENCH_USER.id,
      "benchmark",
      createHash("sha256").update(BENCH_TOKEN).digest("hex"),
      BENCH_TOKEN.slice(0, 10),
      SEED_NOW,
    ],
  );
}

export async function seedBenchDatabase(pool: pg.Pool, requested: TDatasetSizes): Promise<TSeedResult> {
  const sizes = { ...requested };
  const warnings: string[] = [];
  const client = await pool.connect();
  let heldMeetings = 0;
  try {
    await client.query("BEGIN");
    await client.query(HELPERS_SQL);
    for (const sql of [...directorySql(sizes), ...meetingSql(sizes)]) await client.query(sql);
    heldMeetings = (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM bench_held")).rows[0].n;
    // Each held meeting invites distinct people: at most `people` invitations per meeting.
    const maxAttendances = heldMeetings * sizes.people;
    if (sizes.attendances > maxAttendances) {
      warnings.push(`attendances clamped to ${maxAttendances} (${heldMeetings} held meetings × people)`);
      sizes.attendances = maxAttendances;
    }
    if (heldMeetings === 0 && sizes.remarks + sizes.actions + sizes.attendances > 0) {
      warnings.push("no held meetings: no attendances, remarks or action items written");
      Object.assign(sizes, { attendances: 0, remarks: 0, actions: 0, updates: 0 });
    }
    for (const sql of [
      ...meetingFrameSql(sizes),
      ...meetingRecordSql(sizes, heldMeetings),
      ...showcaseSql(sizes),
    ])
      await client.query(sql);
    await writeBenchUser(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  await pool.query("ANALYZE");
  return {
    sizes,
    rowCounts: await countRows(pool),
    attendanceRows: await countAttendance(pool),
    heldMeetings,
    warnings,
  };
}

async function countRows(pool: pg.Pool): Promise<Record<string, number>> {
  const sql = COUNTED_TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(
    " UNION ALL ",
  );
  const { rows } = await pool.query<{ t: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

async function countAttendance(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Invitation" WHERE attendance IS NOT NULL`,
  );
  return rows[0].n;
}
