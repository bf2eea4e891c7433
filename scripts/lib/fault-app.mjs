// The app as the fault test (scripts/fault-test.mjs) runs it: the production build in .next served
// by `next start` on a free port, against the given database, with an administrator's API token
// made by the operator CLI and a programme with meetings made through the API.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { freePort } from "./pg-cluster.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const execFileAsync = promisify(execFile);
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `next start` and waits until /api/health answers 200. `log` receives the app's output
 * line by line; `stop()` ends it (SIGTERM, SIGKILL after 10 s).
 */
export async function startApp(/** @type {string} */ databaseUrl, /** @type {string[]} */ log) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Preloaded as `npm start` does: `next start` stops by itself if this script dies without cleaning up.
  const preload = pathToFileURL(path.join(ROOT, "scripts", "server-preload.mjs")).href;
  const next = ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"];
  const app = spawn(process.execPath, ["--import", preload, ...next], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NOTULEN_EMBEDDED_DB: "0",
      NEXTAUTH_SECRET: "fault-test-only-secret-not-for-production",
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    },
  });
  for (const stream of [app.stdout, app.stderr])
    stream.on("data", (chunk) => log.push(...String(chunk).split("\n").filter(Boolean)));
  const isRunning = () => app.exitCode === null && app.signalCode === null;
  const stop = async () => {
    if (!isRunning()) return;
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    const timer = setTimeout(() => app.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (!isRunning()) throw new Error(`next start exited (${app.exitCode}):\n${log.join("\n")}`);
      const res = await fetch(`${baseUrl}/api/health`).catch(() => null);
      if (res?.status === 200) return { baseUrl, pid: app.pid, isRunning, stop };
      if (Date.now() > deadline) throw new Error(`the app did not become healthy:\n${log.join("\n")}`);
      await sleep(200);
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

/** An administrator and an API token, made with the operator CLI (`npm run cli`) as an operator would. */
export async function adminToken(/** @type {string} */ databaseUrl) {
  const cli = (/** @type {string[]} */ args) =>
    execFileAsync(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "scripts/cli.ts", ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" } },
    );
  const email = "fault-admin@example.test";
  const password = randomBytes(12).toString("hex");
  await cli(["user", "create", "--email", email, "--role", "ADMIN", "--password", password]);
  const { stdout } = await cli(["token", "create", "--email", email, "--name", "fault test"]);
  const token = stdout.trim().split("\n").pop() ?? "";
  if (!token.startsWith("ntl_")) throw new Error(`no token from the CLI: ${stdout}`);
  return token;
}

/** A programme and `count` meetings in it, made through the API; returns the meetings' ids. */
export async function createMeetings(
  /** @type {string} */ baseUrl,
  /** @type {string} */ token,
  /** @type {number} */ count,
) {
  const post = async (/** @type {string} */ route, /** @type {object} */ body) => {
    const res = await fetch(`${baseUrl}${route}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`POST ${route}: ${res.status} ${await res.text()}`);
    return /** @type {{ id: string }} */ (await res.json());
  };
  const programme = await post("/api/v1/programmes", { title: "Fault test programme", country: "Indonesia" });
  const meetingIds = [];
  for (let i = 0; i < count; i += 1) {
    const startsAt = new Date(Date.UTC(2027, 0, 10 + i, 2));
    const meeting = await post("/api/v1/meetings", {
      programmeId: programme.id,
      title: `Fault test meeting ${i + 1}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
    });
    meetingIds.push(meeting.id);
  }
  return meetingIds;
}
