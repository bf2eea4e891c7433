#!/usr/bin/env node
// `npm run test:e2e`: prepares a throwaway Postgres database (migrated, demo data), runs the
// Playwright suite against the production build, and drops the database again.
// Needs a build (`npm run build`) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, dropDatabase, migrateDeploy, serverUrl, uniqueName } from "./lib/throwaway-db.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

export async function runE2e(extraArgs = []) {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run build` first.");
    return 1;
  }
  const server = serverUrl();
  const name = uniqueName("notulen_e2e");
  const url = await createDatabase(server, name);
  try {
    await migrateDeploy(url);
    if (
      run(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts"], {
        DATABASE_URL: url,
        NOTULEN_EMBEDDED_DB: "0",
      }) !== 0
    )
      return 1;
    return run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...extraArgs], {
      E2E_DATABASE_URL: url,
      TEST_DATABASE_URL: server.toString(),
    });
  } finally {
    await dropDatabase(server, name);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runE2e(process.argv.slice(2)).then((code) => process.exit(code));
}
