#!/usr/bin/env node
// `npm test`: the whole suite, in the order that fails fastest — typecheck, lint, formatting,
// unit + integration (vitest, real PostgreSQL), production build, end-to-end (Playwright in
// Chromium). Prints one summary line: "Tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runE2e } from "./e2e.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "notulen-test-"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, extraEnv = {}) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  console.log(`── ${name}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(name);
  return ok;
}

const bin = (name) => path.join("node_modules", ".bin", name);

step("typecheck", bin("tsc"), ["--noEmit"]);
step("lint", bin("eslint"), [".", "--max-warnings=0"]);
step("format", bin("prettier"), ["--check", ".", "--log-level=warn"]);

const vitestReport = path.join(reports, "vitest.json");
step("unit + integration", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
if (fs.existsSync(vitestReport)) {
  const r = JSON.parse(fs.readFileSync(vitestReport, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
}

if (step("build", "npm", ["run", "-s", "build"])) {
  console.log("\n── end-to-end ──");
  const e2eReport = path.join(reports, "playwright.json");
  process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = e2eReport;
  const code = await runE2e();
  if (code !== 0) failures.push("end-to-end");
  if (fs.existsSync(e2eReport)) {
    const { stats } = JSON.parse(fs.readFileSync(e2eReport, "utf8"));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
} else {
  failures.push("end-to-end (not run: no build)");
}

fs.rmSync(reports, { recursive: true, force: true });
console.log("");
if (failures.length > 0) console.log(`Failed steps: ${failures.join(", ")}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
