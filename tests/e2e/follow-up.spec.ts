// The "Done when" for the follow-up of action items, in Chromium, with the real SMTP sink:
// an earlier meeting of the demo programme, held two days ago, left two action items with a ministry
// of this spec's own, both due yesterday, so overdue. A coordinator filters the register to that
// ministry's overdue items, opens one and sees its history. The daily sweep runs as the server's
// worker runs it (queued on the pg-boss queue, due now) and mails the "day after" reminder to the
// owner person of the first item; they open the link from the e-mail with no password, record
// progress and report it done; the coordinator verifies it. The next meeting (tomorrow) lists the
// remaining open item under matters arising; the secretariat records a status and a note for it on
// the capture screen, and the minutes PDF of that meeting prints it under "Follow-up of earlier
// actions" — and not the verified one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import PgBoss from "pg-boss";
import { expect, test, type Browser, type Page } from "./fixtures";
import { ACTION_REMINDER_QUEUE, actionSweepJobKey, type TActionSweepJob } from "../../lib/jobs/queues";
import { mailParts } from "../support/smtp-server";
import { apiOf, demoUser, logInAs, settle, type TApi } from "./helpers";

const MAIL_DIR = process.env.E2E_MAIL_DIR;
const DATABASE_URL = process.env.E2E_DATABASE_URL;
const DAY = 86_400_000;

// ——— The mail the SMTP sink received ———

type TMail = { to: string; subject: string; text: string };

/** The Subject header, unfolded and decoded from its MIME encoded words (=?UTF-8?Q?…?=). */
function decodeSubject(head: string): string {
  const header = /^subject:(.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? "";
  return header
    .replace(/\r?\n[ \t]/g, " ")
    .trim()
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

/** Every message the sink has received, oldest first: envelope recipient, subject, plain text. */
function receivedMails(): TMail[] {
  if (!MAIL_DIR) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests with `npm run test:e2e`");
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((file) => {
      const raw = fs.readFileSync(path.join(MAIL_DIR, file), "utf8");
      const head = raw.slice(0, raw.search(/\r?\n\r?\n/));
      return {
        to: /^X-Envelope-To: (.*)$/m.exec(head)?.[1].trim() ?? "",
        subject: decodeSubject(head),
        text: mailParts(raw)
          .filter((p) => p.contentType.startsWith("text/plain"))
          .map((p) => p.body)
          .join("\n"),
      };
    });
}

/** Waits for the one message to `to` whose subject starts so, and returns it. */
async function mailTo(to: string, subjectStart: string): Promise<TMail> {
  let found: TMail[] = [];
  await expect
    .poll(
      () => (found = receivedMails().filter((m) => m.to === to && m.subject.startsWith(subjectStart))).length,
      { message: `an e-mail to ${to}: “${subjectStart}…”`, timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  expect(found, `one e-mail to ${to}: “${subjectStart}…”`).toHaveLength(1);
  return found[0];
}

// ——— The daily sweep, queued as the server queues it, run by the server's own worker ———

/** The calendar day "YYYY-MM-DD" in Asia/Jakarta, the sweep's zone (lib/action-item/service/reminders.ts). */
function jakartaDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(at);
}

/**
 * Today's sweep of action items, due now, on the action-reminder queue with the data the worker
 * expects (lib/jobs/queues.ts). The server's worker, polling every second (playwright.config.ts:
 * JOB_POLL_SECONDS), runs it; what an earlier sweep of the day sent is not sent again.
 */
async function queueTodaysSweep(day: string): Promise<void> {
  if (!DATABASE_URL)
    throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with `npm run test:e2e`");
  // Only a sender: no maintenance, no schedules, no migration (the servers did that).
  const boss = new PgBoss({
    connectionString: DATABASE_URL,
    max: 1,
    schedule: false,
    supervise: false,
    migrate: false,
  });
  await boss.start();
  try {
    const job: TActionSweepJob = { day };
    const id = await boss.send(ACTION_REMINDER_QUEUE, job, {
      startAfter: new Date(),
      singletonKey: actionSweepJobKey(day),
    });
    if (!id) {
      // Before 08:00 in Jakarta the server has already queued today's sweep for 08:00 (one waiting
      // sweep per day): bring that one forward instead.
      const { rows } = await boss
        .getDb()
        .executeSql(
          `UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry') RETURNING id`,
          [ACTION_REMINDER_QUEUE, actionSweepJobKey(day)],
        );
      expect((rows as unknown[]).length, "today's waiting sweep was brought forward").toBe(1);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

type TItem = { id: string; reference: string; title: string };
type TSetup = {
  ministry: { id: string; name: string; acronym: string };
  owner: { id: string; name: string; email: string };
  reported: TItem;
  open: TItem;
  nextMeetingId: string;
  today: string;
};

/**
 * An earlier meeting of the demo programme, held two days ago, with two action items of a ministry
 * of this spec's own, both due yesterday: one with an owner person who has an e-mail address (the
 * reminder goes to them), one with a progress update already (its history). And the next meeting,
 * tomorrow, with the generated agenda items (matters arising among them).
 */
async function setUp(api: TApi): Promise<TSetup> {
  const programmeId = (await api.get<{ data: { id: string }[] }>("/api/v1/programmes")).data[0].id;
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const now = Date.now();
  const today = jakartaDay(new Date(now));
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - DAY).toISOString().slice(0, 10);

  const acronym = `KFU${stamp}`.slice(0, 30);
  const ministryName = `Ministry of Follow-up ${stamp}`;
  const ministry = await api.post<{ id: string }>("/api/v1/organisations", {
    name: ministryName,
    acronym,
    kind: "GOVERNMENT_MINISTRY",
  });
  const ownerName = `Rina Pelaksana ${stamp}`;
  const email = `rina.${stamp}@kfu.example`;
  const owner = await api.post<{ id: string }>("/api/v1/people", {
    name: ownerName,
    email,
    language: "en",
    organisationId: ministry.id,
  });

  const meeting = async (title: string, startsAt: number) =>
    api.post<{ id: string }>("/api/v1/meetings", {
      programmeId,
      title: `${title} ${stamp}`,
      status: "SCHEDULED",
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 2 * 3_600_000).toISOString(),
    });
  const earlier = await meeting("Follow-up earlier", now - 2 * DAY);
  const { version } = await api.get<{ version: number }>(`/api/v1/meetings/${earlier.id}`);
  await api.post(`/api/v1/meetings/${earlier.id}/status`, { to: "HELD", version });
  const reportedTitle = `Submit the data-sharing protocol ${stamp}`;
  const openTitle = `Publish the regional budget tables ${stamp}`;
  const reported = await api.post<{ id: string }>(`/api/v1/meetings/${earlier.id}/action-items`, {
    title: reportedTitle,
    ownerOrganisationId: ministry.id,
    ownerPersonId: owner.id,
    dueDate: yesterday,
  });
  const open = await api.post<{ id: string; version: number }>(
    `/api/v1/meetings/${earlier.id}/action-items`,
    {
      title: openTitle,
      ownerOrganisationId: ministry.id,
      dueDate: yesterday,
    },
  );
  await api.post(`/api/v1/action-items/${open.id}/updates`, {
    body: "Drafting has started; the tables for two regions are missing.",
    statusAfter: "IN_PROGRESS",
    version: open.version,
  });

  const next = await meeting("Follow-up next", now + DAY);
  const agenda = await api.post<{ data: { kind: string }[] }>(
    `/api/v1/meetings/${next.id}/agenda/generated`,
    {},
  );
  expect(agenda.data.map((i) => i.kind)).toContain("MATTERS_ARISING");

  const { data } = await api.get<{ data: TItem[] }>(`/api/v1/action-items?organisationId=${ministry.id}`);
  const item = (id: string) => {
    const found = data.find((i) => i.id === id);
    expect(found, `action item ${id} in the register`).toBeTruthy();
    return { id, reference: found!.reference, title: found!.title };
  };
  return {
    ministry: { id: ministry.id, name: ministryName, acronym },
    owner: { id: owner.id, name: ownerName, email },
    reported: item(reported.id),
    open: item(open.id),
    nextMeetingId: next.id,
    today,
  };
}

/** A fresh browser with no session and no cookies: an owner who never logs in. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/**
 * The text a reader of the PDF sees (poppler's pdftotext), in the order it is written: a table
 * cell's wrapped lines stay together, whereas the default layout order interleaves the lines of
 * neighbouring cells ("Ministry of Follow-Reported up … done") when both wrap.
 */
function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

test("follow-up: filter the overdue items, a reminder's link, report done, verify, matters arising, minutes", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await logInAs(page, demoUser("SECRETARIAT"));
  const s = await setUp(apiOf(page));

  // ——— 1. A coordinator filters the register to the ministry's overdue items and opens one. ———
  const coordinator = await freshPage(browser);
  await logInAs(coordinator, demoUser("COORDINATOR"));
  await coordinator.goto("/actions");
  await settle(coordinator);
  const filter = coordinator.getByRole("form", { name: "Filter" });
  await filter
    .getByLabel("Owner organisation")
    .selectOption({ label: `${s.ministry.acronym} — ${s.ministry.name}` });
  await filter.getByLabel("Overdue only").check();
  await filter.getByRole("button", { name: "Apply filter" }).click();
  await coordinator.waitForURL(/\/actions\?.*overdue=true/);
  expect(new URL(coordinator.url()).searchParams.get("organisationId")).toBe(s.ministry.id);
  // Both are overdue: due yesterday in Asia/Jakarta, the day the register and the sweep both judge
  // on (docs/action-items.md), whatever the hour in UTC.
  // The table's body rows (the header row has the sorting links).
  const rows = coordinator.getByRole("table").locator("tbody").getByRole("row");
  await expect(rows).toHaveCount(2);
  for (const item of [s.reported, s.open]) {
    const row = rows.filter({ hasText: item.reference });
    await expect(row).toContainText(item.title);
    await expect(row).toContainText("Overdue");
  }
  await rows.filter({ hasText: s.open.reference }).getByRole("link").first().click();
  await coordinator.waitForURL(`**/actions/${s.open.id}`);
  const history = coordinator.getByRole("region", { name: "Progress updates" });
  await expect(history).toContainText("Open → In progress");
  await expect(history).toContainText("Drafting has started; the tables for two regions are missing.");

  // ——— 2. The daily sweep mails the "day after" reminder to the owner person of the other item. ———
  await queueTodaysSweep(s.today);
  const reminder = await mailTo(s.owner.email, `Overdue: action ${s.reported.reference} was due on `);
  expect(reminder.text).toContain(s.reported.title);
  expect(reminder.text).toContain("Record progress, or report it done, here (no password needed):");
  const link = /(https?:\/\/\S+\/act\/\S+)/.exec(reminder.text)?.[1];
  expect(link, "an update link in the reminder").toBeTruthy();
  // The item without an owner person gets no reminder; nobody else was mailed about ours.
  expect(receivedMails().filter((m) => m.text.includes(s.open.reference))).toHaveLength(0);

  // ——— 3. The owner opens the link, with no password: progress, then reported done. ———
  const owner = await freshPage(browser);
  await owner.goto(link!);
  await settle(owner);
  await expect(owner).toHaveTitle(/Record progress on an action item/);
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(s.reported.title);
  await expect(owner.getByText(`Action item ${s.reported.reference}`)).toBeVisible();
  await expect(
    owner.getByText(`${s.owner.name}, you can record progress on this action item here, without a password.`),
  ).toBeVisible();
  await owner.getByLabel("Status").selectOption({ label: "In progress" });
  await owner.getByLabel("Progress", { exact: true }).fill("The draft protocol went to the legal bureau.");
  await owner.getByRole("button", { name: "Save the update" }).click();
  await expect(owner.getByText("The update is saved.")).toBeVisible();
  await owner.reload();
  await settle(owner);
  await owner.getByLabel("Status").selectOption({ label: "Reported done" });
  await owner
    .getByLabel("What was done", { exact: true })
    .fill("The signed protocol was submitted on Monday.");
  await owner.getByRole("button", { name: "Save the update" }).click();
  await expect(owner.getByText("The update is saved.")).toBeVisible();
  await owner.reload();
  const ownerHistory = owner.getByRole("region", { name: "Progress updates" });
  await expect(ownerHistory).toContainText("Open → In progress");
  await expect(ownerHistory).toContainText("The draft protocol went to the legal bureau.");
  await expect(ownerHistory).toContainText("In progress → Reported done");
  await expect(ownerHistory).toContainText("The signed protocol was submitted on Monday.");
  await expect(ownerHistory).toContainText(s.owner.name);
  await owner.context().close();

  // ——— 4. The coordinator sees the report and verifies it. ———
  await coordinator.goto(`/actions/${s.reported.id}`);
  await settle(coordinator);
  const reportedHistory = coordinator.getByRole("region", { name: "Progress updates" });
  await expect(reportedHistory).toContainText("In progress → Reported done");
  await expect(reportedHistory).toContainText("The signed protocol was submitted on Monday.");
  const form = coordinator.getByRole("region", { name: "Record progress" });
  await form.getByLabel("Status").selectOption({ label: "Done (verified)" });
  await form.getByLabel("Progress", { exact: true }).fill("Verified: the protocol is on file.");
  await form.getByRole("button", { name: "Save the update" }).click();
  await expect(coordinator.getByText("The update is saved.")).toBeVisible();
  await coordinator.reload();
  await expect(coordinator.getByRole("region", { name: "Progress updates" })).toContainText(
    "Reported done → Done (verified)",
  );
  await coordinator.context().close();

  // ——— 5. The next meeting: matters arising lists the open item, not the verified one. ———
  await page.goto(`/meetings/${s.nextMeetingId}/capture`);
  await settle(page);
  await page
    .getByRole("navigation", { name: "Agenda" })
    .getByRole("button", { name: /Matters arising/ })
    .click();
  const carried = page.getByRole("region", { name: /^Follow-up of earlier actions/ });
  const openItem = carried.getByRole("listitem").filter({ hasText: s.open.reference });
  await expect(openItem).toContainText(s.open.title);
  await expect(openItem).toContainText("At the start of the meeting: In progress");
  await expect(carried.getByText(s.reported.reference)).toHaveCount(0);

  // The secretariat records what the meeting heard about it.
  // The status moves (the select offers the others; the current one is "keep the status").
  const note = `The ministry sent the tables of all regions ${Date.now().toString(36)}.`;
  const record = openItem.getByRole("form", { name: `Record the status of ${s.open.reference}` });
  await expect(record.getByLabel("Status")).toHaveValue("");
  await expect(record.getByLabel("Status").getByRole("option", { selected: true })).toHaveText(
    "Keep the status: In progress",
  );
  await record.getByLabel("Status").selectOption({ label: "Reported done" });
  await record.getByLabel("What was done").fill(note);
  await record.getByRole("button", { name: `Save for ${s.open.reference}` }).click();
  await expect(openItem.getByText(`Saved for ${s.open.reference}.`)).toBeVisible();
  await expect(openItem).toContainText(`Reported done: ${note}`);
  await expect(openItem).toContainText("Now: Reported done");

  // ——— 6. The next meeting's minutes print the follow-up section. ———
  const response = await page.request.get(`/api/v1/meetings/${s.nextMeetingId}/minutes.pdf?lang=en`);
  expect(response.ok(), `minutes.pdf: ${response.status()}`).toBe(true);
  const file = test.info().outputPath("next-minutes.pdf");
  fs.writeFileSync(file, await response.body());
  const text = pdfText(file).replace(/\s+/g, " ");
  expect(text).toContain("Follow-up of earlier actions");
  const section = text.slice(text.indexOf("Follow-up of earlier actions"));
  expect(section).toContain(s.open.reference);
  expect(section).toContain("Reported done");
  expect(section).toContain(note.replace(/\s+/g, " "));
  expect(text).not.toContain(s.reported.reference);
});
