// Serves the production build for the benchmark: builds it when missing (or on --build), runs
// `next start` as a direct child (so we hold the PID of the real server, not of an npm wrapper),
// waits for /api/health, and stops it again. Server output goes to a log file next to the results.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export type TBenchServer = { baseUrl: string; pid: number; logFile: string; stop: () => Promise<void> };

export function hasBuild(root = ROOT): boolean {
  return fs.existsSync(path.join(root, ".next", "BUILD_ID"));
}

/** Which build was served (it can change under us: others build in the same checkout). */
export function buildInfo(root = ROOT): { buildId: string | null; builtAt: string | null } {
  try {
    const file = path.join(root, ".next", "BUILD_ID");
    return { buildId: fs.readFileSync(file, "utf8").trim(), builtAt: fs.statSync(file).mtime.toISOString() };
  } catch {
    return { buildId: null, builtAt: null };
  }
}

/** `npm run build`, output shown; resolves when it succeeded. */
export function runBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`)),
    );
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `next start exited (${child.exitCode ?? child.signalCode}) before it was ready; see ${logFile}`,
      );
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`/api/health not 200 after ${READY_TIMEOUT_MS / 1000} s (last: ${last}); see ${logFile}`);
}

/** Starts `next start` against the database; the caller must call stop() whatever happens next. */
export async function startServer(options: {
  databaseUrl: string;
  logFile: string;
  poolSize?: number;
  /** The checkout whose build is served (another one for --compare); this one by default. */
  root?: string;
  /** NEXTAUTH_SECRET; the same for both servers of a comparison. */
  secret?: string;
  /** Run under V8's CPU profiler, writing its profile into this folder when the server stops. */
  profileDir?: string;
}): Promise<TBenchServer> {
  const root = options.root ?? ROOT;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "a");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    NOTULEN_EMBEDDED_DB: "0",
    NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString("hex"),
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
  };
  if (options.poolSize !== undefined) env.DATABASE_POOL_SIZE = String(options.poolSize);
  else delete env.DATABASE_POOL_SIZE;
  const profiling = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = spawn(
    process.execPath,
    [
      ...profiling,
      path.join(root, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    { cwd: root, env, stdio: ["ignore", log, log] },
  );
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error("could not spawn next start");
  const pid = child.pid;
  // Last resort if we exit without stop() (e.g. an uncaught exception): never leave it running.
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
        await exited(child);
        clearTimeout(timer);
      }
      process.off("exit", killOnExit);
    })();
    return stopping;
  };
  try {
    await waitForHealth(baseUrl, child, options.logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid, logFile: options.logFile, stop };
}

/** The last lines of the server log, for failure messages. */
export function logTail(logFile: string, lines = 30): string {
  try {
    return fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server log)";
  }
}
