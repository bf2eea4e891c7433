// A throwaway PostgreSQL cluster of its own (initdb in a temp folder, a free port, 127.0.0.1 only,
// trust auth) for tests that must stop and start the server — the fault test — without touching
// the machine's shared PostgreSQL. initdb and the server refuse to run as root, so under root they
// run as the `postgres` user, which then owns the folder.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);
const POSTGRES_ROOT = "/usr/lib/postgresql";

/** The bin folder of the newest PostgreSQL installed under /usr/lib/postgresql. */
export function postgresBin() {
  const versions = fs.existsSync(POSTGRES_ROOT)
    ? fs
        .readdirSync(POSTGRES_ROOT)
        .filter((v) => fs.existsSync(path.join(POSTGRES_ROOT, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error(`No PostgreSQL with initdb under ${POSTGRES_ROOT}`);
  return path.join(POSTGRES_ROOT, versions[0], "bin");
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a PostgreSQL tool, as `postgres` when we are root; throws with its output on failure. */
async function runTool(/** @type {string} */ file, /** @type {string[]} */ args) {
  const [command, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  try {
    return await execFileAsync(command, argv, { maxBuffer: 4 * 1024 * 1024 });
  } catch (error) {
    const e = /** @type {{ stdout?: string; stderr?: string; message: string }} */ (error);
    throw new Error(`${path.basename(file)} failed: ${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** Whether the server at `url` accepts a connection and answers a query now. */
export async function isAccepting(/** @type {string} */ url, timeoutMs = 1000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Creates and starts a cluster; `destroy()` stops it and removes its folder (safe to call twice).
 * `stop(mode)` / `start()` / `restart(mode)` drive the server like an operator would.
 * @param {{ log?: (message: string) => void }} [options]
 */
export async function startCluster({ log = () => {} } = {}) {
  const bin = postgresBin();
  const tool = (/** @type {string} */ name) => path.join(bin, name);
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "notulen-pg-"));
  const dataDir = path.join(base, "data");
  const logFile = path.join(base, "server.log");
  let destroyed = false;
  let isRunning = false;

  const destroy = async () => {
    if (destroyed) return;
    destroyed = true;
    if (isRunning || fs.existsSync(path.join(dataDir, "postmaster.pid"))) {
      await runTool(tool("pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
    }
    fs.rmSync(base, { recursive: true, force: true });
  };

  try {
    fs.writeFileSync(logFile, "");
    if (isRoot()) {
      const { uid, gid } = await postgresIds();
      for (const owned of [base, logFile]) fs.chownSync(owned, uid, gid);
    }
    await runTool(tool("initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C",
      "--no-sync", // the folder is thrown away; the server itself runs with fsync on
    ]);
    const port = await freePort();
    fs.appendFileSync(
      path.join(dataDir, "postgresql.conf"),
      [
        "",
        "# notulen throwaway cluster",
        "listen_addresses = '127.0.0.1'",
        `port = ${port}`,
        `unix_socket_directories = '${base}'`,
        "max_connections = 100",
        "",
      ].join("\n"),
    );
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;

    const start = async () => {
      await runTool(tool("pg_ctl"), ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "start"]);
      isRunning = true;
    };
    const stop = async (mode = "fast") => {
      await runTool(tool("pg_ctl"), ["-D", dataDir, "-m", mode, "-w", "-t", "60", "stop"]);
      isRunning = false;
    };
    const restart = async (mode = "fast") => {
      await runTool(tool("pg_ctl"), ["-D", dataDir, "-l", logFile, "-m", mode, "-w", "-t", "60", "restart"]);
      isRunning = true;
    };

    await start();
    log(`PostgreSQL ${path.basename(path.dirname(bin))} cluster on 127.0.0.1:${port} (${base})`);
    return {
      url,
      port,
      dataDir,
      logFile,
      start,
      stop,
      restart,
      destroy,
      /** The URL of database `name` on this cluster. */
      databaseUrl: (/** @type {string} */ name) => `postgresql://postgres@127.0.0.1:${port}/${name}`,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}

/** The uid and gid of the `postgres` user. */
async function postgresIds() {
  const { stdout: uid } = await execFileAsync("id", ["-u", "postgres"]);
  const { stdout: gid } = await execFileAsync("id", ["-g", "postgres"]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}
