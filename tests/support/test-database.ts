// Throwaway databases on the machine's PostgreSQL for tests: one migrated template per run,
// one clone per test file (CREATE DATABASE … TEMPLATE is fast and fully isolated).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The server tests use: the host part of TEST_DATABASE_URL / DATABASE_URL, else local Postgres. */
export function serverUrl(): URL {
  const url = new URL(
    process.env.TEST_DATABASE_URL ??
      process.env.DATABASE_URL ??
      "postgresql://postgres@127.0.0.1:5432/postgres",
  );
  url.pathname = "/postgres";
  url.search = "";
  return url;
}

export function databaseUrl(name: string): string {
  const url = serverUrl();
  url.pathname = `/${name}`;
  return url.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Applies the committed migrations with the real Prisma CLI (our offline schema engine). */
export function migrateDeploy(url: string): void {
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: "pipe",
    },
  );
}

export async function createDatabase(name: string, template?: string): Promise<string> {
  await adminQuery(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
