// The benchmark's throwaway database: created and migrated (with the real Prisma CLI and our
// offline schema engine, as tests/support/test-database.ts does) before seeding, dropped after.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..");
const execFileAsync = promisify(execFile);

export type TBenchDatabase = { name: string; url: string };

export function benchDatabaseName(): string {
  return `notulen_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

function urlFor(serverUrl: URL, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(serverUrl: URL, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; the caller must drop it (dropBenchDatabase) whatever happens next. */
export async function createBenchDatabase(serverUrl: URL, name: string): Promise<TBenchDatabase> {
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  return { name, url: urlFor(serverUrl, name) };
}

/** `prisma migrate deploy` against the database; throws with the CLI's output on failure. */
export async function migrateBenchDatabase(database: TBenchDatabase): Promise<void> {
  try {
    await execFileAsync(
      process.execPath,
      [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`prisma migrate deploy failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

export async function dropBenchDatabase(serverUrl: URL, name: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** A small connection pool for the seed, the route setup hooks and the row counts. */
export function benchPool(database: TBenchDatabase): pg.Pool {
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // Dropping the database (Ctrl-C mid-seed) cuts connections: the running query rejects, which is
  // enough; without these listeners the clients' 'error' events would crash the process first.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}
