#!/usr/bin/env node
// `npm run test:e2e`: prepares a throwaway Postgres database (migrated, demo data), runs the
// Playwright suite against the production build, and drops the database again. A real SMTP sink
// (tests/e2e/smtp-sink.mjs) receives the app's e-mails into a temp folder the specs read.
// Needs a build (`npm run build`) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startSmtpSink } from "../tests/e2e/smtp-sink.mjs";
import { createDatabase, dropDatabase, migrateDeploy, serverUrl, uniqueName } from "./lib/throwaway-db.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Like run, but keeps this process's event loop free (the SMTP sink answers from it). */
function runAsync(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
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
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "notulen-e2e-mail-"));
    const sink = await startSmtpSink(mailDir);
    try {
      return await runAsync(
        process.execPath,
        ["node_modules/@playwright/test/cli.js", "test", ...extraArgs],
        {
          E2E_DATABASE_URL: url,
          TEST_DATABASE_URL: server.toString(),
          E2E_SMTP_URL: sink.url,
          E2E_MAIL_DIR: mailDir,
        },
      );
    } finally {
      await sink.close();
      fs.rmSync(mailDir, { recursive: true, force: true });
    }
  } finally {
    await dropDatabase(server, name);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runE2e(process.argv.slice(2)).then((code) => process.exit(code));
}
