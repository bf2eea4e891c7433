// The two-command promise (`npm install && npm start`): with no DATABASE_URL, scripts/start.mjs
// creates, migrates and seeds an embedded database in an empty folder, serves the app, stops
// cleanly on Ctrl-C (exit 0, ports freed) and finds the same data on the next start.
//
// It serves the production build made before the e2e run and must never rebuild it (that would
// replace .next under the server the other specs use): NOTULEN_NO_BUILD=1 tells start.mjs so.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type TestInfo } from "./fixtures";
import { DEMO_COUNTS, DEMO_MEETINGS } from "../../prisma/seed/demo-facts";
import { ROOT, demoUser, submitLogin } from "./helpers";

const MEETING_TITLES = Object.values(DEMO_MEETINGS).map((m) => m.title);
const FIRST_START_TIMEOUT_MS = 120_000; // PGlite initdb + migrations + demo data + next start
const RESTART_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

// ─── Child processes ────────────────────────────────────────────────────────────────────────────

/** Process groups started here; whatever is still running when a test ends is killed. */
const running = new Set<Started>();
/** Temporary data folders, removed when the test ends (also after a timeout). */
const folders = new Set<string>();

class Started {
  readonly child: ChildProcess;
  output = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(command: string, args: string[], env: NodeJS.ProcessEnv) {
    // Its own process group (detached), so a Ctrl-C and the clean-up reach its children too.
    this.child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    running.add(this);
    this.exited = new Promise((resolve) =>
      this.child.once("exit", (code, signal) => {
        resolve({ code, signal });
      }),
    );
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString("utf8");
    };
    this.child.stdout!.on("data", collect);
    this.child.stderr!.on("data", collect);
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Is any process of the group still alive (Next.js outliving start.mjs, say)? */
  get groupAlive(): boolean {
    try {
      process.kill(-this.child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  }

  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first. */
  async waitFor(pattern: RegExp, timeoutMs: number, what: string): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(this.output);
      if (match) return match;
      if (!this.isRunning) throw new Error(`${what}: the process exited first.\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(`${what}: not within ${timeoutMs / 1000} s.\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Ctrl-C as a terminal sends it: SIGINT to the whole process group. */
  async interrupt(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    process.kill(-this.child.pid!, "SIGINT");
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`did not stop within ${STOP_TIMEOUT_MS / 1000} s.\n${this.output}`)),
        STOP_TIMEOUT_MS,
      ).unref(),
    );
    return Promise.race([this.exited, timeout]);
  }

  kill(): void {
    if (this.groupAlive) process.kill(-this.child.pid!, "SIGKILL");
    running.delete(this);
  }
}

process.on("exit", () => running.forEach((p) => p.kill()));

test.afterEach(async ({}, testInfo: TestInfo) => {
  for (const p of running) {
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach(`output of ${p.child.spawnargs.slice(1).join(" ")}`, { body: p.output });
    }
    p.kill();
  }
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  folders.clear();
});

/** A port nothing listens on now (the OS's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Can we listen on the port (as `next start` does: all interfaces, or the given host)? */
function portIsFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The environment of a fresh clone: no DATABASE_URL, nothing of the e2e run's own database. */
function freshCloneEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    "DATABASE_URL",
    "E2E_DATABASE_URL",
    "TEST_DATABASE_URL",
    "NOTULEN_EMBEDDED_DB",
    "NOTULEN_DEMO",
    "NOTULEN_VERBOSE",
    "NEXTAUTH_URL",
    "NODE_ENV",
    "PORT",
  ])
    delete env[name];
  return { ...env, NO_COLOR: "1", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", ...extra };
}

async function startApp(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ app: Started; url: string }> {
  const app = new Started(process.execPath, ["scripts/start.mjs"], env);
  const [, url] = await app.waitFor(/Notulen is running: (http:\/\/\S+)/, timeoutMs, "start.mjs ready");
  return { app, url };
}

async function expectSeededMeetingsInBrowser(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ baseURL: url });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    const user = demoUser("SECRETARIAT");
    await submitLogin(page, user.email, user.password);
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings");
    for (const title of MEETING_TITLES) await expect(page.getByText(title, { exact: true })).toBeVisible();
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(1 + DEMO_COUNTS.meetings);
  } finally {
    await context.close();
  }
}

async function stopWithCtrlC(app: Started, ports: { app: number; db: number }): Promise<void> {
  const { code, signal } = await app.interrupt();
  expect({ code, signal }, app.output).toEqual({ code: 0, signal: null });
  // (Polled: an exited child may take a moment to be reaped.)
  const soon = { timeout: 5_000 };
  await expect.poll(() => app.groupAlive, { ...soon, message: "no process of it lives on" }).toBe(false);
  await expect
    .poll(() => portIsFree(ports.app), { ...soon, message: `port ${ports.app} is free` })
    .toBe(true);
  await expect
    .poll(() => portIsFree(ports.db, "127.0.0.1"), { ...soon, message: `port ${ports.db} is free` })
    .toBe(true);
  running.delete(app);
}

// ─── The journey ────────────────────────────────────────────────────────────────────────────────

test("npm start: embedded database from an empty folder, Ctrl-C, and the data is still there next time", async ({
  browser,
  request,
}) => {
  test.setTimeout(FIRST_START_TIMEOUT_MS + RESTART_TIMEOUT_MS + 3 * STOP_TIMEOUT_MS);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "notulen-e2e-start-"));
  folders.add(folder);
  const ports = { app: await freePort(), db: await freePort() };
  const dataDir = path.join(folder, "pglite");
  const env = freshCloneEnv({
    PORT: String(ports.app),
    NOTULEN_DB_PORT: String(ports.db),
    NOTULEN_DB_DIR: dataDir,
    NOTULEN_NO_BUILD: "1",
    // Set, so start.mjs does not write its generated secret into the checkout's .data/.
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  });

  // 1. First start on an empty folder: creates, migrates and seeds the database.
  const first = await startApp(env, FIRST_START_TIMEOUT_MS);
  expect(first.url).toBe(`http://localhost:${ports.app}`);
  const health = await request.get(`${first.url}/api/health`);
  expect(await health.json()).toEqual({ status: "ok", database: "embedded", migrations: "up to date" });
  await expectSeededMeetingsInBrowser(browser, first.url);
  await stopWithCtrlC(first.app, ports);
  expect(fs.existsSync(`${dataDir}.lock`), "the data folder's lock is released").toBe(false);

  // 2. While it is stopped, an operator creates an API token on the same folder.
  const cli = new Started(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    [
      "--conditions=react-server",
      "scripts/cli.ts",
      "token",
      "create",
      "--email",
      demoUser("SECRETARIAT").email,
    ],
    env,
  );
  const [, token] = await cli.waitFor(/^(ntl_\S+)$/m, 60_000, "npm run cli -- token create");
  expect((await cli.exited).code, cli.output).toBe(0);
  running.delete(cli);

  // 3. Second start on the same folder: same data, nothing seeded twice, the token works.
  const second = await startApp(env, RESTART_TIMEOUT_MS);
  expect(second.url).toBe(first.url);
  const healthAgain = await request.get(`${second.url}/api/health`);
  expect(await healthAgain.json()).toEqual({
    status: "ok",
    database: "embedded",
    migrations: "up to date",
  });
  const meetings = await request.get(`${second.url}/api/v1/meetings`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(meetings.status()).toBe(200);
  const list = (await meetings.json()) as { total: number; data: { title: string }[] };
  expect(list.total).toBe(DEMO_COUNTS.meetings);
  expect(list.data.map((m) => m.title).sort()).toEqual([...MEETING_TITLES].sort());
  await expectSeededMeetingsInBrowser(browser, second.url);
  await stopWithCtrlC(second.app, ports);
});
