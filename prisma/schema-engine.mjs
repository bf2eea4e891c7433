#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI would download from Prisma's
// servers (unreachable here). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file.
// It speaks the binary's protocol (as used by prisma 7.10.1, node_modules/prisma/build/cli.js) and
// forwards the work to the official Wasm build of the same engine (@prisma/schema-engine-wasm),
// which reaches PostgreSQL through a driver adapter (./migration-adapter.mjs).
//
//   schema-engine --version                                 → one version line
//   schema-engine --datasource JSON cli <command>           → one-shot database commands, via pg
//   schema-engine [--datamodels PATH]… [--datasource JSON]  → JSON-RPC 2.0 on stdin/stdout,
//                                                             one JSON object per line
//
// Logs go to stderr as JSON lines ({level, fields: {message, error_code?}, target}), like the
// binary's: the CLI reads the messages from there when the engine fails.
import { readFile } from "node:fs/promises";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { MigrationPg } from "./migration-adapter.mjs";

const { values: options, positionals } = parseArgs({
  strict: false, // ignore flags we don't use (--enabled-preview-features, --extension-types)
  allowPositionals: true,
  options: {
    version: { type: "boolean" },
    datasource: { type: "string" },
    datamodels: { type: "string", multiple: true },
  },
});
/** `{url, shadowDatabaseUrl?}` from prisma.config.ts; absent for commands that need no database. */
const datasource = options.datasource ? JSON.parse(options.datasource) : {};

function log(level, message, errorCode) {
  const fields = errorCode ? { message, error_code: errorCode } : { message };
  process.stderr.write(`${JSON.stringify({ level, fields, target: "schema_engine::logger" })}\n`);
}

// ─── The Wasm engine ─────────────────────────────────────────────────────────

/**
 * The package's entry point imports the .wasm file as an ES module, which Node only does behind
 * --experimental-wasm-modules; so instantiate it by hand, as that entry point would.
 */
async function loadWasmEngine() {
  const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmFile = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm"));
  const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), {
    "./schema_engine_bg.js": bindings,
  });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings;
}

/** The engine's panic hook stores the Rust panic message here; a panic then traps the Wasm. */
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: "",
  set_message(message) {
    this.message = message;
  },
};

async function startEngine() {
  const { SchemaEngine } = await loadWasmEngine();
  const datamodels = [];
  for (const path of options.datamodels ?? []) datamodels.push([path, await readFile(path, "utf8")]);
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(
    new MigrationPg(datasource.url, datasource.shadowDatabaseUrl),
  );
  const engine = await SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined }, // must be undefined or non-empty
    (line) => process.stderr.write(`${line}\n`), // the engine's own log lines (JSON)
    adapterFactory,
  );
  return { engine, adapterFactory };
}

// ─── JSON-RPC mode ───────────────────────────────────────────────────────────

const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);

// The engine also sends requests to the CLI ("print"); the answers arrive on stdin.
let lastCliRequestId = 0;
const pendingCliRequests = new Map();
function requestCli(method, params) {
  const id = `engine-${++lastCliRequestId}`;
  send({ id, method, params });
  return new Promise((resolve) => pendingCliRequests.set(id, resolve));
}

/** Methods that differ from the Wasm engine's method of the same name. */
const specialMethods = {
  // The Wasm engine cannot create databases.
  createDatabase: async (_engine, { datasource: target }) => ({
    databaseName: await createDatabase(target.tag === "ConnectionString" ? target.url : datasource.url),
  }),
  getDatabaseVersion: (engine, params) => engine.version(params),
  // The binary has the CLI print the diff, and returns only the exit code.
  diff: async (engine, params) => {
    const { exitCode, stdout } = await engine.diff(params);
    if (stdout) await requestCli("print", { content: stdout.replace(/\n$/, "") }); // the CLI adds a \n
    return { exitCode };
  },
  // Wasm engine bug (7.10.0): without a devDiagnostic just before, evaluateDataLoss fails with
  // "PostgreSQL shadow DB must be provided through an external factory".
  evaluateDataLoss: async (engine, params) => {
    await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
    return engine.evaluateDataLoss(params);
  },
};

async function serveJsonRpc() {
  // The engine connects on start. If that fails (say, the database does not exist), stay up and
  // answer each request with the error: exiting early would leave the CLI waiting for an answer
  // that never comes, and it then quits with exit code 0 as if all went well.
  const started = startEngine().catch((startupError) => ({ startupError }));

  // Likewise, nothing may kill the process mid-request: a Wasm trap (Rust panic) or an exception
  // escaping to the event loop fails the request in flight and every later one.
  let failForGood;
  const fatal = new Promise((_, reject) => (failForGood = reject));
  fatal.catch(() => {});
  process.on("uncaughtException", (error) => failForGood(error));

  async function callEngine(method, params) {
    const { engine, startupError } = await started;
    if (startupError) throw startupError;
    if (specialMethods[method]) return specialMethods[method](engine, params);
    if (typeof engine[method] === "function" && method !== "free") return engine[method](params);
    throw new Error(`Method not supported by the Wasm schema engine: ${method}`);
  }

  async function handleRequest({ id, method, params }) {
    try {
      const result = await Promise.race([fatal, callEngine(method, params)]);
      send({ id, result: result ?? null });
    } catch (error) {
      const panicked = error instanceof WebAssembly.RuntimeError; // a Rust panic (or another trap)
      if (panicked) failForGood(error); // the Wasm instance is unusable after a trap
      const message = describeError(error, (await started).adapterFactory);
      log("ERROR", message, error?.code);
      send({
        id,
        error: {
          code: 4466, // the binary's code for every engine error
          message,
          data: { is_panic: panicked, message, error_code: error?.code, meta: error?.meta },
        },
      });
    }
  }

  // Requests are handled one at a time, in order: the engine is not reentrant.
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method) {
      queue = queue.then(() => handleRequest(message));
    } else {
      pendingCliRequests.get(message.id)?.(message.result);
      pendingCliRequests.delete(message.id);
    }
  });
  // The CLI closes stdin to stop the engine.
  lines.on("close", () => queue.then(() => process.exit(0)));
}

/** A readable message for an error thrown by the Wasm engine. */
function describeError(error, adapterFactory) {
  if (error instanceof WebAssembly.RuntimeError) {
    return globalThis.PRISMA_WASM_PANIC_REGISTRY.message || `Wasm schema engine trapped: ${error.message}`;
  }
  // A JS exception inside the adapter reaches the engine only as an id into the error registry.
  const id = /External error id#(\d+)/.exec(String(error?.message))?.[1];
  const jsError = id && adapterFactory?.errorRegistry.consumeError(Number(id))?.error;
  if (jsError) return `${error.message}\n${jsError.stack ?? jsError}`;
  return error?.message ?? String(error);
}

// ─── One-shot `cli` mode: the CLI checks and creates the database before `migrate dev` ─────

async function runCliCommand(command) {
  // The CLI skips the first stderr line and parses every following one as a JSON log line.
  log("INFO", `Starting schema engine CLI (wasm stand-in): ${command}`);
  try {
    if (command === "can-connect-to-database") await withClient(datasource.url, () => {});
    else if (command === "create-database") await createDatabase(datasource.url);
    else if (command === "drop-database") await dropDatabase(datasource.url);
    else throw new Error(`Unknown cli command: ${command}`);
  } catch (error) {
    const { message, code } = userFacingError(error, datasource.url);
    log("ERROR", message, code);
    process.exit(1);
  }
}

/** Maps pg / socket errors to Prisma's P1xxx codes, which the CLI acts on (P1003 → create it). */
function userFacingError(error, url) {
  const { hostname, port, username } = new URL(url);
  const database = databaseName(url);
  const at = `${hostname}:${port || 5432}`;
  switch (error.code) {
    case "3D000":
      return {
        code: "P1003",
        message: `Database \`${database}\` does not exist on the database server at \`${at}\`.`,
      };
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
      return {
        code: "P1001",
        message:
          `Can't reach database server at \`${at}\`\n\n` +
          `Please make sure your database server is running at \`${at}\`.`,
      };
    case "28P01":
    case "28000":
      return {
        code: "P1000",
        message:
          "Authentication failed against database server, the provided database credentials for " +
          `\`${decodeURIComponent(username)}\` are not valid.`,
      };
    default:
      return { code: undefined, message: error.message };
  }
}

// ─── Database helpers (plain pg) ─────────────────────────────────────────────

const databaseName = (url) => decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs `sql` in the server's maintenance database: the target database may not exist (yet). */
function inMaintenanceDb(url, sql) {
  const maintenanceUrl = new URL(url);
  maintenanceUrl.pathname = "/postgres";
  return withClient(maintenanceUrl.toString(), (client) => client.query(sql));
}

async function createDatabase(url) {
  const name = databaseName(url);
  await inMaintenanceDb(url, `CREATE DATABASE ${quoteIdent(name)}`);
  return name;
}

async function dropDatabase(url) {
  await inMaintenanceDb(url, `DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`);
}

// ─── Main ────────────────────────────────────────────────────────────────────

if (options.version) {
  const { version } = await loadWasmEngine();
  console.log(`schema-engine-cli ${version()} (wasm stand-in)`);
} else if (positionals[0] === "cli") {
  await runCliCommand(positionals[1]);
} else {
  await serveJsonRpc();
}
