// Throwaway PostgreSQL databases for tests, end-to-end runs and the benchmark: created on the
// server named by TEST_DATABASE_URL / DATABASE_URL (else local Postgres), migrated with the real
// Prisma CLI (our offline schema engine), dropped afterwards. One module, used by all three.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const execFileAsync = promisify(execFile);

/** The server's maintenance database URL, from `raw` or TEST_DATABASE_URL / DATABASE_URL. */
export function serverUrl(raw = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL) {
  const url = new URL(raw ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = "/postgres";
  url.search = "";
  return url;
}

/** @param {URL} server @param {string} name */
export function databaseUrl(server, name) {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** @param {string} prefix */
export function uniqueName(prefix) {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

/** @param {URL} server @param {string} sql */
export async function adminQuery(server, sql) {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a database (optionally a copy of `template`); returns its URL. */
export async function createDatabase(/** @type {URL} */ server, /** @type {string} */ name, template = "") {
  await adminQuery(server, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return databaseUrl(server, name);
}

/** @param {URL} server @param {string} name */
export async function dropDatabase(server, name) {
  await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** `prisma migrate deploy` against `url`; throws with the CLI's output on failure. */
export async function migrateDeploy(/** @type {string} */ url) {
  try {
    await execFileAsync(
      process.execPath,
      [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    const e = /** @type {{ stdout?: string; stderr?: string; message: string }} */ (error);
    throw new Error(`prisma migrate deploy failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}
