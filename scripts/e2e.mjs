#!/usr/bin/env node
// `npm run test:e2e`: prepares a throwaway Postgres database (migrated, demo data), runs the
// Playwright suite against the production build, and drops the database again.
// Needs a build (`npm run build`) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function serverUrl() {
  const url = new URL(
    process.env.TEST_DATABASE_URL ??
      process.env.DATABASE_URL ??
      "postgresql://postgres@127.0.0.1:5432/postgres",
  );
  url.pathname = "/postgres";
  return url;
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

export async function runE2e(extraArgs = []) {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run build` first.");
    return 1;
  }
  const name = `notulen_e2e_${randomBytes(4).toString("hex")}`;
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  await admin(`CREATE DATABASE "${name}"`);
  try {
    const env = { DATABASE_URL: url.toString(), NOTULEN_EMBEDDED_DB: "0" };
    if (run(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], env) !== 0)
      return 1;
    if (run(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts"], env) !== 0) return 1;
    return run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...extraArgs], {
      E2E_DATABASE_URL: url.toString(),
      TEST_DATABASE_URL: serverUrl().toString(),
    });
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runE2e(process.argv.slice(2)).then((code) => process.exit(code));
}
