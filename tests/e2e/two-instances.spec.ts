// Two app servers on one database (playwright.config.ts starts A on E2E_PORT and B on the next
// port, with the same database, secret and mail server), as behind a load balancer: a session
// started on one is good on the other and ends on both, failed logins counted by one throttle the
// other, two saves of one record at the same version leave exactly one winner, and a due job is
// run by one of the two workers only — each recipient gets one reminder.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, request as apiRequest, test, type APIRequestContext, type Page } from "./fixtures";
import { BASE_URL, SECOND_BASE_URL, SECOND_INSTANCE_MAIL_FROM } from "../../playwright.config";
import { mailParts } from "../support/smtp-server";
import { ROOT, demoUser, logInAs, settle } from "./helpers";

const A = BASE_URL;
const B = SECOND_BASE_URL;
const MAIL_DIR = process.env.E2E_MAIL_DIR;
const DATABASE_URL = process.env.E2E_DATABASE_URL;

/** Runs `fn` with a connection to the app's database, for what only the database can tell. */
async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!DATABASE_URL)
    throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with `npm run test:e2e`");
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A write through the API with the browser's session cookie. The Origin is the deployment's public
 * address (NEXTAUTH_URL, here A's), as a page served under that one name would send it to either.
 */
function writeTo(page: Page, base: string, method: "POST" | "PATCH", url: string, data: unknown) {
  return page.request.fetch(`${base}${url}`, { method, data, headers: { Origin: A } });
}

async function created<T>(response: Awaited<ReturnType<typeof writeTo>>): Promise<T> {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

test("a session started on A is good on B, and logging out on B ends it on A too", async ({
  page,
  browser,
}) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  const cookies = await page.context().cookies(A);
  expect(cookies.map((c) => c.name)).toContain("next-auth.session-token");

  // B reads the same cookie: a page and the API.
  await page.goto(`${B}/meetings`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings");
  expect((await page.request.get(`${B}/api/v1/meetings`)).status()).toBe(200);

  // Log out on B: the session ends on the server, not only in this browser.
  await page.goto(`${B}/logout`);
  await settle(page);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(`${B}/login?loggedOut=1`);

  // The old cookie, replayed to A from elsewhere, opens nothing there.
  const replay = await browser.newContext();
  try {
    await replay.addCookies(cookies);
    const stale = await replay.newPage();
    await stale.goto(`${A}/meetings`);
    await expect(stale).toHaveURL(new RegExp(`^${A}/login(\\?|$)`));
    await expect(stale.getByRole("heading", { level: 1 })).toHaveText("Log in to Notulen");
    expect((await stale.request.get(`${A}/api/v1/meetings`)).status()).toBe(401);
    expect((await stale.request.get(`${B}/api/v1/meetings`)).status()).toBe(401);
  } finally {
    await replay.close();
  }
});

/** One login through next-auth's credentials endpoint, as the login form posts it. */
async function attemptLogin(
  client: APIRequestContext,
  base: string,
  login: { email: string; password: string; address: string },
): Promise<{ outcome: "in" } | { outcome: "refused" } | { outcome: "throttled"; waitSeconds: number }> {
  const { csrfToken } = (await (await client.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await client.post(`${base}/api/auth/callback/credentials`, {
    form: { email: login.email, password: login.password, csrfToken, json: "true", callbackUrl: "/meetings" },
    // The address a reverse proxy in front of both servers would forward: the spec's own, so that
    // the per-address count of other specs (all from 127.0.0.1) stays untouched.
    headers: { "X-Forwarded-For": login.address },
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, base).searchParams.get("error");
  if (!error) {
    expect(response.status()).toBe(200);
    return { outcome: "in" };
  }
  expect(response.status()).toBe(401);
  const throttled = /^throttled:(\d+)$/.exec(error);
  if (throttled) return { outcome: "throttled", waitSeconds: Number(throttled[1]) };
  expect(error).toBe("CredentialsSignin");
  return { outcome: "refused" };
}

/** A figure worth reading in the run's output (and the report's annotations). */
function report(type: string, description: string): void {
  test.info().annotations.push({ type, description });
  console.log(`${type}: ${description}`);
}

const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

test("wrong passwords counted on A throttle the account on B, correct password included", async () => {
  // An account of its own that has never logged in (a known address would be let through).
  const stamp = Date.now().toString(36);
  const email = `throttled-${stamp}@two-instances.example`;
  const password = `right-${stamp}-password`;
  const address = `198.51.100.${1 + (Date.now() % 250)}`;
  // Created as an operator would (npm run cli -- user create), straight into the shared database.
  const cli = ["--conditions=react-server", "scripts/cli.ts", "user", "create", "--role", "MEMBER"];
  execFileSync(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    [...cli, "--email", email, "--password", password],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL, NOTULEN_EMBEDDED_DB: "0", LOG_LEVEL: "warn" },
    },
  );
  const wrong = { email, password: "not-the-password", address };
  const right = { email, password, address };
  const client = await apiRequest.newContext();
  try {
    // Five wrong passwords on A (LOGIN_THROTTLE.account.threshold): each refused, none throttled.
    for (let i = 1; i <= 5; i += 1)
      expect(await attemptLogin(client, A, wrong), `attempt ${i}`).toEqual({ outcome: "refused" });
    // The fifth locks the account for 1 s, the sixth for 2 s, the seventh for 4 s: go on failing on
    // A, waiting out each lock, until the lock is long enough to try B without racing the clock.
    for (let failures = 5; failures < 7;) {
      const attempt = await attemptLogin(client, A, wrong);
      if (attempt.outcome === "throttled") await pause(attempt.waitSeconds);
      else failures += 1;
    }

    // B sees A's count: the next attempt there is held, even with the right password.
    const onB = await attemptLogin(client, B, right);
    expect(onB).toEqual({ outcome: "throttled", waitSeconds: expect.any(Number) });
    const { waitSeconds } = onB as { waitSeconds: number };
    expect(waitSeconds).toBeGreaterThanOrEqual(1);
    expect(waitSeconds).toBeLessThanOrEqual(4);
    expect(await attemptLogin(client, B, wrong)).toMatchObject({ outcome: "throttled" });
    report("throttle", `after 7 failures on A, B held the right password for ${waitSeconds} s`);

    // The lock is short, not a lockout: once it has passed, the owner gets in on B, which clears
    // the account's count (so nothing of this spec holds anyone up later).
    await pause(waitSeconds + 0.5);
    expect(await attemptLogin(client, B, right)).toEqual({ outcome: "in" });
  } finally {
    await client.dispose();
    await withDatabase((db) =>
      db.query(`DELETE FROM "LoginThrottle" WHERE "key" = ANY($1)`, [
        [`account:${email}`, `address:${address}`],
      ]),
    );
  }
});

type TOrganisation = { id: string; name: string; version: number };

test("two saves of one organisation at the same version on A and B: one 200, one 409, the winner stays", async ({
  page,
}) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  const stamp = Date.now().toString(36);
  let organisation = await created<TOrganisation>(
    await writeTo(page, A, "POST", "/api/v1/organisations", { name: `Race ${stamp}`, kind: "OTHER" }),
  );
  const ROUNDS = 10;
  const winners = { A: 0, B: 0 };
  for (let round = 1; round <= ROUNDS; round += 1) {
    const { version } = organisation;
    const names = { A: `Race ${stamp} ${round} by A`, B: `Race ${stamp} ${round} by B` };
    const [onA, onB] = await Promise.all(
      (["A", "B"] as const).map((side) =>
        writeTo(page, side === "A" ? A : B, "PATCH", `/api/v1/organisations/${organisation.id}`, {
          name: names[side],
          version,
        }),
      ),
    );
    const statuses = [onA.status(), onB.status()];
    expect(statuses.sort(), `round ${round}`).toEqual([200, 409]);
    const winner = onA.status() === 200 ? "A" : "B";
    const loser = winner === "A" ? onB : onA;
    winners[winner] += 1;
    const saved = (await (winner === "A" ? onA : onB).json()) as TOrganisation;
    expect(saved).toMatchObject({ name: names[winner], version: version + 1 });
    // The loser is told what it lost to: the record as the winner left it.
    const refusal = (await loser.json()) as { error: { code: string; current: TOrganisation } };
    expect(refusal.error.code).toBe("CONFLICT");
    expect(refusal.error.current).toMatchObject({ name: names[winner], version: version + 1 });
    // …and that is what is stored.
    const [stored] = await withDatabase(
      async (db) =>
        (await db.query(`SELECT "name", "version" FROM "Organisation" WHERE "id" = $1`, [organisation.id]))
          .rows as { name: string; version: number }[],
    );
    expect(stored).toEqual({ name: names[winner], version: version + 1 });
    organisation = saved;
  }
  report("winners", `A ${winners.A}, B ${winners.B} of ${ROUNDS} rounds`);
});

type TMailSeen = { to: string; fromB: boolean; text: string };

/** The mails the SMTP sink has received: envelope recipient, which instance sent it, plain text. */
function receivedMails(): TMailSeen[] {
  if (!MAIL_DIR) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests with `npm run test:e2e`");
  const bName = /^"?([^"<]+?)"?\s*</.exec(SECOND_INSTANCE_MAIL_FROM)![1];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(MAIL_DIR, file), "utf8");
      const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");
      return {
        to: /^X-Envelope-To: (.*)$/m.exec(head)?.[1].trim() ?? "",
        fromB: /^From: .*$/m.exec(head)?.[0].includes(bName) ?? false,
        text: mailParts(raw)
          .filter((part) => part.contentType.startsWith("text/plain"))
          .map((part) => part.body)
          .join("\n"),
      };
    });
}

const REMINDER_INTRO: Record<number, string> = {
  3: "A reminder: the following meeting takes place in 3 days.",
  1: "A reminder: the following meeting takes place tomorrow.",
};

test("a due reminder job is run by one of the two workers: one e-mail per recipient", async ({ page }) => {
  test.setTimeout(90_000);
  await logInAs(page, demoUser("SECRETARIAT"));
  const stamp = Date.now().toString(36);
  const programmes = (await (await page.request.get(`${A}/api/v1/programmes`)).json()) as {
    data: { id: string }[];
  };
  const programmeId = programmes.data[0].id;

  // Two people of this spec's own, invited to three meetings a month ahead — through both servers.
  const people: { id: string; email: string }[] = [];
  for (const [i, base] of [A, B].entries()) {
    const email = `reminded-${stamp}-${i + 1}@two-instances.example`;
    const person = await created<{ id: string }>(
      await writeTo(page, base, "POST", "/api/v1/people", {
        name: `Reminded ${stamp} ${i + 1}`,
        email,
        language: "en",
      }),
    );
    people.push({ id: person.id, email });
  }
  const MEETINGS = 3;
  const titles: string[] = [];
  const meetingIds: string[] = [];
  for (let i = 0; i < MEETINGS; i += 1) {
    const base = i % 2 === 0 ? A : B;
    const startsAt = new Date(Date.now() + (30 + i) * 24 * 60 * 60_000);
    startsAt.setUTCHours(3, 0, 0, 0);
    titles.push(`Reminders ${stamp} meeting ${i + 1}`);
    const meeting = await created<{ id: string }>(
      await writeTo(page, base, "POST", "/api/v1/meetings", {
        programmeId,
        title: titles[i],
        // Scheduled at once: a draft takes no invitations.
        status: "SCHEDULED",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000).toISOString(),
      }),
    );
    meetingIds.push(meeting.id);
    const invited = await created<{ invited: number; mailed: number }>(
      await writeTo(page, base, "POST", `/api/v1/meetings/${meeting.id}/invitations`, {
        personIds: people.map((p) => p.id),
      }),
    );
    expect(invited).toMatchObject({ invited: 2, mailed: 2 });
  }

  // Inviting queued each meeting's reminders (3 days and 1 day before: REMINDER_DAYS_BEFORE), due
  // weeks from now. Make them due now, all at once, while both workers poll every second.
  const keys = meetingIds.map((id) => `meeting:${id}:%`);
  const queued = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `UPDATE pgboss.job SET start_after = now()
        WHERE name = 'meeting-reminder' AND state = 'created' AND singleton_key LIKE ANY($1)
        RETURNING id`,
      [keys],
    );
    return rows.length;
  });
  expect(queued).toBe(MEETINGS * 2);
  const jobStates = () =>
    withDatabase(
      async (db) =>
        (
          await db.query(
            `SELECT state, retry_count FROM pgboss.job
              WHERE name = 'meeting-reminder' AND singleton_key LIKE ANY($1)`,
            [keys],
          )
        ).rows as { state: string; retry_count: number }[],
    );
  const started = Date.now();
  await expect
    .poll(async () => (await jobStates()).filter((j) => j.state === "completed").length, { timeout: 30_000 })
    .toBe(MEETINGS * 2);
  const ranIn = (Date.now() - started) / 1000;
  // A second run of a job would be mailing now; give it two more polling rounds to show up.
  await pause(2);

  const reminders = receivedMails().filter((m) => m.text.includes("A reminder:") && m.text.includes(stamp));
  const counts = new Map<string, number>();
  for (const person of people)
    for (const title of titles)
      for (const days of [3, 1]) counts.set(`${person.email} | ${title} | ${days}`, 0);
  for (const mail of reminders) {
    const title = titles.find((t) => mail.text.includes(t));
    const days = Object.keys(REMINDER_INTRO).find((d) => mail.text.includes(REMINDER_INTRO[Number(d)]));
    const key = `${mail.to} | ${title} | ${days}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byB = reminders.filter((m) => m.fromB).length;
  report(
    "reminders",
    `${reminders.length} reminder e-mails from ${MEETINGS * 2} jobs, all done ${ranIn.toFixed(1)} s after they fell due: A sent ${reminders.length - byB}, B sent ${byB}`,
  );
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries([...counts.keys()].map((k) => [k, 1])));
  // Each job was handed out once: completed on its first fetch (pg-boss counts a second fetch of
  // a job as a retry), none failed.
  expect((await jobStates()).map((j) => j.retry_count)).toEqual(Array(MEETINGS * 2).fill(0));

  // Both workers took part: B's mail carries its sender name (playwright.config.ts).
  expect(byB, "mails sent by B's worker").toBeGreaterThan(0);
  expect(reminders.length - byB, "mails sent by A's worker").toBeGreaterThan(0);
});
