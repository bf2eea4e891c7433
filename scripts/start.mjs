#!/usr/bin/env node
// `npm start`: run Notulen from a fresh clone with one command.
//
// Why this exists: `npm install && npm start` must serve a working app with demo data and no
// setup — no Postgres, no .env, no internet (ministries run Notulen on networks that reach only
// the npm registry). Steps:
//   1. environment: PORT (3000), NEXTAUTH_URL, NEXT_TELEMETRY_DISABLED=1, and NEXTAUTH_SECRET —
//      generated on first start and kept in .data/nextauth-secret (mode 0600, git-ignored);
//   2. database: DATABASE_URL if set, else the embedded PGlite database (scripts/embedded-db.mjs,
//      data in .data/pglite) in this process, with NOTULEN_EMBEDDED_DB=1 (app pool of 1);
//   3. `prisma migrate deploy`;
//   4. demo data (prisma/seed.ts, which skips itself when data exists): always on the embedded
//      database, with DATABASE_URL only when NOTULEN_DEMO=1;
//   5. `prisma generate` + `next build` when .next is missing or older than the sources;
//   6. `next start -p $PORT`, then print the URL (and the demo logins in embedded/demo mode).
// Ctrl-C / SIGTERM stops Next.js, then the database, and exits 0. If a child dies, everything
// stops and we exit non-zero. Tool output is shown only on failure (NOTULEN_VERBOSE=1: always).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { EmbeddedDbError, startEmbeddedDb } from "./embedded-db.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);

const DATA_DIR = path.join(ROOT, ".data");
const SECRET_FILE = path.join(DATA_DIR, "nextauth-secret");
const BUILD_STAMP = path.join(ROOT, ".next", "notulen-build-stamp.json");
const GENERATED_CLIENT = path.join(ROOT, "lib", "generated", "prisma");
const PRISMA_CLI = ["node_modules/prisma/build/index.js"];
const NEXT_CLI = ["node_modules/next/dist/bin/next"];
const TSX = path.join("node_modules", ".bin", "tsx");
const VERBOSE = process.env.NOTULEN_VERBOSE === "1";
const READY_TIMEOUT_MS = 60_000;
const CHILD_STOP_TIMEOUT_MS = 10_000;
/** Preloaded into `next start`: stops with its parent; the client address for throttling. */
const SERVER_PRELOAD = pathToFileURL(path.join(ROOT, "scripts", "server-preload.mjs")).href;

/** Inputs of `next build`: if any is newer than the last build, build again. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "i18n",
  "public",
  "prisma/schema.prisma",
  "next.config.js",
  "next.config.mjs",
  "next.config.ts",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const BUILD_IGNORE = new Set([path.join("lib", "generated")]);

// ─── Console ────────────────────────────────────────────────────────────────────────────────────

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (s) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
const bold = paint("1");
const dim = paint("2");
const green = paint("32");
const red = paint("31");
const yellow = paint("33");

const say = (msg) => console.log(`${dim("notulen ›")} ${msg}`);
const ok = (msg) => console.log(`${dim("notulen ›")} ${green("✓")} ${msg}`);
const warn = (msg) => console.warn(`${dim("notulen ›")} ${yellow("!")} ${msg}`);
const fail = (msg) => console.error(`${dim("notulen ›")} ${red("✗")} ${msg}`);
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** A failure already explained to the user: print the message, no stack. */
class StartError extends Error {}

// ─── State for shutdown ─────────────────────────────────────────────────────────────────────────

let embeddedDb; // { url, stop } while the embedded database runs
let currentChild; // the child process running right now (a step, or next start)
let shuttingDown = false;

// ─── Helpers ────────────────────────────────────────────────────────────────────────────────────

const exists = (p) => fs.existsSync(p);
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

function parsePort(raw, name) {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new StartError(`${name} must be a port number (1–65535), got "${raw}".`);
  return n;
}

/** Fail before doing anything slow if the app's port is taken (Next would fail only at the end). */
function checkAppPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err) =>
      reject(
        err.code === "EADDRINUSE"
          ? new StartError(
              `Port ${port} is already in use (another \`npm start\`?). Stop it, or choose another: PORT=3001 npm start`,
            )
          : err,
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** NEXTAUTH_SECRET: made once per installation, kept out of git in .data/ (mode 0600). */
function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return "environment";
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  let secret = "";
  try {
    secret = fs.readFileSync(SECRET_FILE, "utf8").trim();
    if ((fs.statSync(SECRET_FILE).mode & 0o077) !== 0) fs.chmodSync(SECRET_FILE, 0o600);
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
  let source = path.relative(ROOT, SECRET_FILE);
  if (secret.length < 32) {
    secret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(SECRET_FILE, secret + "\n", { mode: 0o600 });
    fs.chmodSync(SECRET_FILE, 0o600); // writeFileSync's mode applies only to new files
    source = `new, saved in ${source}`;
  }
  process.env.NEXTAUTH_SECRET = secret;
  return source;
}

/** Newest modification time (ms) under the given files/folders, skipping BUILD_IGNORE. */
function newestMtime(entries) {
  let newest = 0;
  const visit = (rel) => {
    if (BUILD_IGNORE.has(rel)) return;
    let st;
    try {
      st = fs.statSync(rel);
    } catch {
      return;
    }
    newest = Math.max(newest, st.mtimeMs);
    if (!st.isDirectory()) return;
    for (const name of fs.readdirSync(rel)) {
      if (name === "node_modules" || name === ".DS_Store") continue;
      visit(path.join(rel, name));
    }
  };
  entries.forEach(visit);
  return newest;
}

function buildState() {
  const sourcesMtimeMs = newestMtime(BUILD_INPUTS);
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (process.env.NOTULEN_NO_BUILD === "1") {
    // Tests and packaged installs: serve the build that is there, never replace it.
    if (!exists(buildId))
      throw new Error("NOTULEN_NO_BUILD=1 but there is no build: run `npm run build` first.");
    return { needed: false, sourcesMtimeMs };
  }
  if (!exists(buildId)) return { needed: true, reason: "no build yet", sourcesMtimeMs };
  let builtFrom;
  try {
    builtFrom = JSON.parse(fs.readFileSync(BUILD_STAMP, "utf8")).sourcesMtimeMs;
  } catch {
    builtFrom = fs.statSync(buildId).mtimeMs; // built by `npm run build`: compare with its time
  }
  if (!(sourcesMtimeMs <= builtFrom))
    return { needed: true, reason: "sources changed since the last build", sourcesMtimeMs };
  return { needed: false, sourcesMtimeMs };
}

function generatedClientStale() {
  if (!exists(GENERATED_CLIENT)) return true;
  return (
    newestMtime(["prisma/schema.prisma", "package-lock.json"]) >
    newestMtime([path.relative(ROOT, GENERATED_CLIENT)])
  );
}

/**
 * Run a command to completion. Output is captured and shown only on failure (or with
 * NOTULEN_VERBOSE=1 / inherit: true, passed straight through).
 */
function run(what, args, { env = process.env, inherit = VERBOSE, command = process.execPath } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env,
      stdio: inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    child.label = what;
    currentChild = child;
    const chunks = [];
    child.stdout?.on("data", (d) => chunks.push(d));
    child.stderr?.on("data", (d) => chunks.push(d));
    child.once("error", (err) => {
      currentChild = undefined;
      reject(new StartError(`${what}: could not run ${command} (${err.message}).`));
    });
    child.once("close", async (code, signal) => {
      if (currentChild === child) currentChild = undefined;
      const output = Buffer.concat(chunks).toString("utf8");
      if (code === 0) return resolve(output);
      // A Ctrl-C reaches the child too; give our own signal handler a moment to take over.
      await delay(300);
      if (shuttingDown) return resolve(output);
      if (output.trim()) process.stderr.write(`\n${output.trimEnd()}\n\n`);
      reject(
        new StartError(
          `${what} failed (${signal ? `signal ${signal}` : `exit code ${code}`})${output.trim() ? ": see the output above" : ""}.`,
        ),
      );
    });
  });
}

/** Resolves when something accepts TCP connections on 127.0.0.1:port. */
function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return; // the exit handler reports it
      const socket = net.connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline)
          reject(
            new StartError(`Next.js did not start listening on port ${port} within ${timeoutMs / 1000} s.`),
          );
        else setTimeout(attempt, 150);
      });
    };
    attempt();
  });
}

function readDemoUsers() {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, "prisma", "demo-users.json"), "utf8"));
  } catch {
    return [];
  }
}

function printReady({ url, demo, dbLabel }) {
  const lines = ["", `  ${bold("Notulen is running:")} ${bold(url)}`, `  Database: ${dbLabel}`];
  const users = demo ? readDemoUsers() : [];
  if (users.length) {
    lines.push("", "  Demo logins:");
    const width = Math.max(...users.map((u) => u.email.length));
    for (const u of users)
      lines.push(
        `    ${u.email.padEnd(width)}  ${u.password}  ${dim(`${u.role.toLowerCase()} · ${u.name}`)}`,
      );
  }
  lines.push("", `  ${dim("Ctrl-C to stop.")}`, "");
  console.log(lines.join("\n"));
}

// ─── Shutdown ───────────────────────────────────────────────────────────────────────────────────

async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    warn(
      `${child.label ?? "A child process"} did not stop within ${CHILD_STOP_TIMEOUT_MS / 1000} s; killing it.`,
    );
    child.kill("SIGKILL");
  }, CHILD_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function stopDb() {
  if (!embeddedDb) return;
  const db = embeddedDb;
  embeddedDb = undefined;
  try {
    await db.stop();
  } catch (err) {
    fail(`Could not close the embedded database cleanly: ${err?.message ?? err}`);
  }
}

/** Stop everything (Next.js first, then the database) and exit with `code`. */
async function shutdown(code, message) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (message) say(message);
  await stopChild(currentChild);
  await stopDb();
  if (code === 0) ok("Stopped.");
  process.exit(code);
}

let firstSignalAt = 0;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (firstSignalAt) {
      // One Ctrl-C often arrives twice (from the terminal and forwarded by npm): ignore repeats
      // for a moment. A later one is an impatient user: kill without waiting (the lock is
      // dropped on exit; PGlite recovers from its write-ahead log next time).
      if (Date.now() - firstSignalAt < 1500) return;
      warn("Stopping immediately.");
      currentChild?.kill("SIGKILL");
      process.exit(1);
    }
    firstSignalAt = Date.now();
    void shutdown(0, `${signal === "SIGINT" ? "Ctrl-C" : signal}: stopping…`);
  });
}
process.on("uncaughtException", (err) => {
  fail(`Unexpected error: ${err?.stack ?? err}`);
  currentChild?.kill("SIGTERM");
  process.exit(1);
});

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const t0 = Date.now();
  const port = parsePort(process.env.PORT ?? "3000", "PORT");
  const embedded = !process.env.DATABASE_URL;
  const demo = embedded || process.env.NOTULEN_DEMO === "1";

  say(
    bold(
      `Starting Notulen (${embedded ? "embedded database" : "database from DATABASE_URL"}${demo ? ", demo data" : ""})`,
    ),
  );

  // 1. Environment
  await checkAppPortFree(port);
  process.env.PORT = String(port);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  const secretSource = ensureSecret();
  ok(
    `Settings: port ${port}, NEXTAUTH_URL ${process.env.NEXTAUTH_URL}, NEXTAUTH_SECRET from ${secretSource}`,
  );

  // Prisma client (the seed needs it; `npm install` normally made it in postinstall).
  let generated = false;
  if (generatedClientStale()) {
    const t = Date.now();
    say("Generating the Prisma client…");
    await run("prisma generate", [...PRISMA_CLI, "generate"]);
    generated = true;
    ok(`Prisma client generated (${secs(t)})`);
  }

  // 2. Database
  let dbLabel;
  if (embedded) {
    const t = Date.now();
    say("Starting the embedded database…");
    try {
      embeddedDb = await startEmbeddedDb({ log: (m) => say(m) });
    } catch (err) {
      if (err instanceof EmbeddedDbError) throw new StartError(err.message);
      throw err;
    }
    if (shuttingDown) return;
    process.env.DATABASE_URL = embeddedDb.url;
    process.env.NOTULEN_EMBEDDED_DB = "1";
    dbLabel = `embedded, ${embeddedDb.url} (data in ${path.relative(ROOT, embeddedDb.dataDir)})`;
    ok(`Embedded database ready on ${embeddedDb.url} (${secs(t)})`);
  } else {
    dbLabel = "from DATABASE_URL";
  }

  // 3. Migrations
  {
    const t = Date.now();
    say("Applying database migrations…");
    const out = await run("prisma migrate deploy", [...PRISMA_CLI, "migrate", "deploy"]);
    if (shuttingDown) return;
    const applied = [...out.matchAll(/└─ ([^\s/]+)\/\s*$/gm)].map((m) => m[1]);
    ok(
      applied.length
        ? `Applied ${applied.length} migration(s): ${applied.join(", ")} (${secs(t)})`
        : `Database schema up to date (${secs(t)})`,
    );
  }

  // 4. Demo data
  if (demo) {
    if (!exists(path.join(ROOT, "prisma", "seed.ts"))) {
      warn("prisma/seed.ts not found: no demo data.");
    } else {
      const t = Date.now();
      say("Loading demo data (skipped if the database already has data)…");
      await run("Demo data (prisma/seed.ts)", ["prisma/seed.ts"], { command: TSX, inherit: true });
      if (shuttingDown) return;
      ok(`Demo data ready (${secs(t)})`);
    }
  }

  // 5. Build when needed. Without DATABASE_URL: the build must never read (or bake in) data.
  const state = buildState();
  if (state.needed) {
    const t = Date.now();
    const buildEnv = { ...process.env, NODE_ENV: "production" };
    delete buildEnv.DATABASE_URL;
    delete buildEnv.NOTULEN_EMBEDDED_DB;
    if (!generated) {
      say("Generating the Prisma client…");
      await run("prisma generate", [...PRISMA_CLI, "generate"], { env: buildEnv });
      if (shuttingDown) return;
    }
    say(`Building the app (${state.reason}; about a minute)…`);
    fs.rmSync(BUILD_STAMP, { force: true });
    await run("next build", [...NEXT_CLI, "build"], { env: buildEnv });
    if (shuttingDown) return;
    fs.writeFileSync(
      BUILD_STAMP,
      JSON.stringify({ sourcesMtimeMs: state.sourcesMtimeMs, builtAt: new Date().toISOString() }) + "\n",
    );
    ok(`App built (${secs(t)})`);
  } else {
    ok("App build is up to date");
  }

  // 6. Serve
  say("Starting the web server…");
  const next = spawn(
    process.execPath,
    ["--import", SERVER_PRELOAD, ...NEXT_CLI, "start", "-p", String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  next.label = "Next.js";
  currentChild = next;
  next.once("error", (err) => {
    if (!shuttingDown) {
      fail(`Could not start Next.js: ${err.message}`);
      void shutdown(1);
    }
  });
  next.once("exit", async (code, signal) => {
    await delay(300); // a Ctrl-C reaches Next.js too; let our signal handler take over
    if (shuttingDown) return;
    fail(`The web server stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}).`);
    void shutdown(1, "Stopping the database…");
  });
  await waitForPort(port, next, READY_TIMEOUT_MS);
  if (shuttingDown) return;
  ok(`Ready in ${secs(t0)}`);
  printReady({ url: `http://localhost:${port}`, demo, dbLabel });
}

main().catch(async (err) => {
  if (shuttingDown) return; // a signal interrupted a step; shutdown() reports and exits
  fail(err instanceof StartError ? err.message : `Unexpected error: ${err?.stack ?? err}`);
  await shutdown(1);
});
