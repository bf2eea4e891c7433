#!/usr/bin/env node
// Embedded default database for Notulen.
//
// Why this exists: `npm install && npm start` must work on a fresh clone with no Postgres and on
// networks that reach only the npm registry. PGlite (Postgres compiled to Wasm, an npm package)
// keeps its data in a folder (default .data/pglite, git-ignored) and PGLiteSocketServer serves it
// over the Postgres wire protocol on 127.0.0.1, so the app, `prisma migrate deploy`, the seed and
// psql all use one ordinary postgresql:// URL. The package's own `pglite-server --run` hung after
// stopping, so this is our own small server that closes cleanly.
//
// Use:
//   import { startEmbeddedDb } from "./embedded-db.mjs";
//   const { url, stop } = await startEmbeddedDb({ dataDir, port });   // resolves once listening
//   node scripts/embedded-db.mjs [--dir PATH] [--port N]                // serves until SIGINT/SIGTERM
//
// Port: `port` option, else NOTULEN_DB_PORT, else 54329 (0 = any free port). A port in use is an
// error with a clear message; we do not silently move elsewhere, so the URL stays predictable.
// Only one process may open a data folder: `<dataDir>.lock` holds the owner's pid; a lock whose
// process is gone is stale and taken over.
// PGlite runs one query at a time; the server multiplexes connections onto it, which is only safe
// when clients don't overlap (the app uses a pool of 1 when NOTULEN_EMBEDDED_DB=1). Connections
// accepted at once: NOTULEN_DB_MAX_CONNECTIONS (default 4: app + seed/psql/CLI side by side).
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, ".data", "pglite");
export const DEFAULT_PORT = 54329;
const HOST = "127.0.0.1";
const STOP_TIMEOUT_MS = 10_000;

/** An error whose message is meant for the person at the terminal (no stack needed). */
export class EmbeddedDbError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "EmbeddedDbError";
  }
}

function resolvePort(port) {
  const raw = port ?? process.env.NOTULEN_DB_PORT ?? DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new EmbeddedDbError(`Invalid database port "${raw}" (NOTULEN_DB_PORT must be 0–65535).`);
  }
  return n;
}

function resolveMaxConnections() {
  const raw = process.env.NOTULEN_DB_MAX_CONNECTIONS ?? "4";
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new EmbeddedDbError(`Invalid NOTULEN_DB_MAX_CONNECTIONS "${raw}" (a whole number ≥ 1).`);
  }
  return n;
}

const rel = (p) => path.relative(process.cwd(), p) || ".";

// ─── Lock: one process per data folder ──────────────────────────────────────────────────────────

function processAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === "EPERM"; // exists, owned by someone else
  }
  // PIDs get reused (containers, reboots): on Linux, a live pid that isn't node isn't our owner.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /node/.test(cmdline);
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

function readLock(lockPath) {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8"));
  } catch (err) {
    if (err.code === "ENOENT") return undefined;
    return {}; // unreadable / half-written: treated as stale below
  }
}

function acquireLock(lockPath, info, log) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx", 0o644);
      fs.writeSync(
        fd,
        JSON.stringify({ pid: process.pid, ...info, startedAt: new Date().toISOString() }) + "\n",
      );
      fs.closeSync(fd);
      return;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    const holder = readLock(lockPath);
    if (holder === undefined) continue; // released meanwhile: try again
    if (holder.pid === process.pid) {
      throw new EmbeddedDbError(
        `The embedded database in ${rel(info.dataDir)} is already open in this process.`,
      );
    }
    if (processAlive(holder.pid)) {
      const where = holder.port ? ` on port ${holder.port}` : "";
      throw new EmbeddedDbError(
        `The embedded database in ${rel(info.dataDir)} is already in use by process ${holder.pid}${where}.\n` +
          `Stop that process first (is another \`npm start\` running?). If you are sure it is gone, delete ${rel(lockPath)}.`,
      );
    }
    // Stale: its owner is gone (crash, kill -9). Take it over.
    log(`Taking over a stale lock (process ${holder.pid ?? "?"} is gone).`);
    try {
      fs.unlinkSync(lockPath);
    } catch (err) {
      if (err.code !== "ENOENT") throw err;
    }
  }
  throw new EmbeddedDbError(
    `Could not take the lock ${rel(lockPath)} (it keeps changing; another process starting?).`,
  );
}

function releaseLock(lockPath) {
  try {
    if (readLock(lockPath)?.pid === process.pid) fs.unlinkSync(lockPath);
  } catch {
    // best effort
  }
}

// ─── Port ───────────────────────────────────────────────────────────────────────────────────────

function portInUseError(port) {
  return new EmbeddedDbError(
    `Port ${port} on ${HOST} is already in use, so the embedded database cannot listen there.\n` +
      `Stop whatever uses it, or pick another port, e.g. NOTULEN_DB_PORT=54330 npm start.`,
  );
}

/** Fail fast (before the ~1–4 s PGlite open) when the port is taken. */
function checkPortFree(port) {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err) => reject(err.code === "EADDRINUSE" ? portInUseError(port) : err));
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

// ─── Data folder ────────────────────────────────────────────────────────────────────────────────

function folderState(dataDir) {
  let entries;
  try {
    entries = fs.readdirSync(dataDir);
  } catch (err) {
    if (err.code === "ENOENT") return "missing";
    throw err;
  }
  if (entries.length === 0) return "empty";
  if (entries.includes("PG_VERSION")) return "ready";
  throw new EmbeddedDbError(
    `${rel(dataDir)} exists but is not a PGlite data folder (no PG_VERSION). Move it away or choose another folder.`,
  );
}

async function openPGlite(PGlite, dataDir) {
  try {
    return await PGlite.create({ dataDir });
  } catch (err) {
    throw new EmbeddedDbError(
      `Could not open the embedded database in ${rel(dataDir)}: ${err?.message ?? err}`,
      { cause: err },
    );
  }
}

/**
 * A fresh folder is initialised (initdb, > 3 s) in a side folder and moved into place only when
 * complete, so a Ctrl-C during the first start never leaves a half-made database behind.
 */
async function initialiseFolder(PGlite, dataDir) {
  // Leftovers of an interrupted first start (we hold the lock, so none is in use).
  const prefix = `${path.basename(dataDir)}.init-`;
  for (const name of fs.readdirSync(path.dirname(dataDir))) {
    if (name.startsWith(prefix))
      fs.rmSync(path.join(path.dirname(dataDir), name), { recursive: true, force: true });
  }
  const tmp = `${dataDir}.init-${process.pid}`;
  const db = await openPGlite(PGlite, tmp);
  await db.close();
  fs.rmSync(dataDir, { recursive: true, force: true }); // only ever an empty folder here
  fs.renameSync(tmp, dataDir);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}

// ─── Public API ─────────────────────────────────────────────────────────────────────────────────

/**
 * Open (creating if needed) the PGlite database in `dataDir` and serve it on 127.0.0.1:`port`.
 * Resolves once the server is listening and the database answers a query.
 * @param {{ dataDir?: string, port?: number, log?: (msg: string) => void }} [options]
 * @returns {Promise<{ url: string, port: number, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedDb({
  dataDir = process.env.NOTULEN_DB_DIR || DEFAULT_DATA_DIR,
  port,
  log = () => {},
} = {}) {
  dataDir = path.resolve(dataDir);
  const wantedPort = resolvePort(port);
  const maxConnections = resolveMaxConnections();
  const lockPath = `${dataDir}.lock`;

  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
  acquireLock(lockPath, { port: wantedPort, dataDir }, log);
  const releaseOnExit = () => releaseLock(lockPath);
  process.on("exit", releaseOnExit); // crash or process.exit() without stop(): don't leave a lock behind

  let db;
  let server;
  try {
    await checkPortFree(wantedPort);
    const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("@electric-sql/pglite-socket"),
    ]);
    if (folderState(dataDir) !== "ready") {
      log(`Creating a new embedded database in ${rel(dataDir)} (first start, a few seconds)…`);
      await initialiseFolder(PGlite, dataDir);
    }
    db = await openPGlite(PGlite, dataDir);
    await db.query("select 1");
    server = new PGLiteSocketServer({ db, host: HOST, port: wantedPort, maxConnections });
    try {
      await server.start();
    } catch (err) {
      server = undefined;
      throw err.code === "EADDRINUSE" ? portInUseError(wantedPort) : err;
    }
  } catch (err) {
    await db?.close().catch(() => {});
    releaseLock(lockPath);
    process.off("exit", releaseOnExit);
    throw err;
  }

  const actualPort = Number(server.getServerConn().split(":").pop());
  if (actualPort !== wantedPort) {
    fs.writeFileSync(lockPath, JSON.stringify({ ...readLock(lockPath), port: actualPort }) + "\n");
  }

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      try {
        // Detach clients ourselves and wait: each detach rolls back that client's open
        // transaction, which must finish before the database closes. (`handlers` is internal to
        // pglite-socket 0.2.17; server.stop() would do the same without waiting.)
        await withTimeout(
          Promise.allSettled([...(server.handlers ?? [])].map((h) => h.detach(true))),
          STOP_TIMEOUT_MS,
          "closing client connections",
        ).catch(() => {});
        await withTimeout(server.stop(), STOP_TIMEOUT_MS, "stopping the database server").catch(() => {});
        await withTimeout(db.close(), STOP_TIMEOUT_MS, "closing the database");
      } finally {
        releaseLock(lockPath);
        process.off("exit", releaseOnExit);
      }
    })());

  return { url: `postgresql://postgres@${HOST}:${actualPort}/postgres`, port: actualPort, dataDir, stop };
}

/**
 * Runs `work(dataDir)` with the data folder locked by this process and no server (backup and
 * restore): refused while `npm start` or another process has the database open.
 * @template T @param {string} dataDir @param {(dataDir: string) => Promise<T>} work @returns {Promise<T>}
 */
export async function withDataDir(dataDir, work) {
  dataDir = path.resolve(dataDir);
  const lockPath = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
  acquireLock(lockPath, { port: null, dataDir }, () => {});
  try {
    return await work(dataDir);
  } finally {
    releaseLock(lockPath);
  }
}

// ─── Run directly: serve until SIGINT/SIGTERM ───────────────────────────────────────────────────

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--dir" || flag === "--data-dir") out.dataDir = value();
    else if (flag === "--port" || flag === "-p") out.port = value();
    else if (flag === "--help" || flag === "-h") out.help = true;
    else throw new EmbeddedDbError(`Unknown option ${argv[i]} (try --help).`);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(
      "Usage: node scripts/embedded-db.mjs [--dir PATH] [--port N]\n" +
        `Serves the embedded Notulen database (default ${rel(DEFAULT_DATA_DIR)}, port ${DEFAULT_PORT};\n` +
        "env NOTULEN_DB_DIR, NOTULEN_DB_PORT) until Ctrl-C / SIGTERM.",
    );
    return;
  }
  const log = (msg) => console.log(`[db] ${msg}`);
  let stop;
  let signalled = 0;
  const onSignal = async (signal) => {
    if (++signalled > 1) {
      console.error(`[db] ${signal} again: exiting without a clean shutdown.`);
      process.exit(1);
    }
    if (!stop) {
      // Still starting: nothing is served yet and a first-time init happens in a side folder, so
      // leaving now is safe (the exit handler drops the lock).
      log(`${signal}: start-up cancelled.`);
      process.exit(0);
    }
    log(`${signal}: stopping…`);
    try {
      await stop();
      log("stopped.");
      process.exit(0);
    } catch (err) {
      console.error(`[db] Stopping failed: ${err?.message ?? err}`);
      process.exit(1);
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const t0 = Date.now();
  const db = await startEmbeddedDb({ dataDir: args.dataDir, port: args.port, log });
  stop = db.stop;
  log(`ready on ${db.url} (data in ${rel(db.dataDir)}, ${Date.now() - t0} ms). Ctrl-C to stop.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`[db] ${err instanceof EmbeddedDbError ? err.message : (err?.stack ?? err)}`);
    process.exit(1);
  });
}
