// The "Done when" for the clearance of minutes, in Chromium, with the real SMTP sink: the
// secretariat drafts and circulates version 1 on screen; a ministry reviewer opens the link from the
// e-mail they received (no password) and proposes new wording for a decision, as a substantive
// comment; the secretariat accepts it and cuts version 2, whose diff shows exactly that change; a
// no-objection procedure is opened, its deadline passes (moved into the past in the database, the
// deadline job queued as the server queues it, run by the server's own worker), and the minutes
// are adopted: every reviewer is told, the record refuses a new remark (screen and API), the
// downloaded PDF carries the fingerprint in its footer, and /verify confirms the fingerprint and the
// file — and nothing with one byte changed, nor a made-up fingerprint. Then the reviewer's side of
// the same cycle in Bahasa Indonesia: the e-mails, the review screen and the notice of adoption.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { expect, test, type Browser, type Page } from "./fixtures";
import { MINUTES_REVIEW_QUEUE, minutesReviewJobKey, type TMinutesReviewJob } from "../../lib/jobs/queues";
import { mailParts } from "../support/smtp-server";
import { apiOf, demoUser, logInAs, settle, type TApi } from "./helpers";

const MAIL_DIR = process.env.E2E_MAIL_DIR;
const DATABASE_URL = process.env.E2E_DATABASE_URL;

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

/** The personal review link in a mail's text. */
function reviewLinkIn(mail: TMail): string {
  const link = /(https?:\/\/\S+\/review\/\S+)/.exec(mail.text)?.[1];
  expect(link, `a review link in “${mail.subject}”`).toBeTruthy();
  return link!;
}

// ——— The database, for what a test may do that a user cannot: let the deadline pass ———

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
 * The no-objection deadline passes: it is moved a minute into the past, and the deadline job is
 * queued for that deadline on the review queue, due now, as the server queues it when the
 * procedure opens (lib/minutes/service/no-objection.ts). The server's worker, polling every second
 * (playwright.config.ts: JOB_POLL_SECONDS), runs it. The job queued at opening, for the old
 * deadline, is stale by then: its run does nothing.
 */
async function letDeadlinePass(meetingId: string): Promise<void> {
  // Whole seconds: the job's deadline must equal the stored one to the millisecond.
  const deadline = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  const minutes = await withDatabase(async (db) => {
    const { rows } = await db.query(
      `UPDATE "Minutes" SET "noObjectionDeadline" = $1
        WHERE "meetingId" = $2 AND "noObjectionVersion" IS NOT NULL AND "noObjectionHaltedAt" IS NULL
        RETURNING "id", "noObjectionVersion"`,
      [deadline, meetingId],
    );
    return rows as { id: string; noObjectionVersion: number }[];
  });
  expect(minutes, "a running no-objection procedure").toHaveLength(1);
  const job: TMinutesReviewJob = {
    type: "no-objection",
    minutesId: minutes[0].id,
    number: minutes[0].noObjectionVersion,
    deadline: deadline.toISOString(),
  };
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
    const id = await boss.send(MINUTES_REVIEW_QUEUE, job, {
      startAfter: new Date(),
      singletonKey: minutesReviewJobKey(job),
    });
    expect(id, "the deadline job was queued").toBeTruthy();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

type TReviewer = {
  id: string;
  name: string;
  email: string;
  /** As the screens name it: "Name (ACRONYM)". */
  organisation: string;
  /** As the e-mails name it. */
  acronym: string;
};
type TMeetingSetup = {
  id: string;
  title: string;
  decisionId: string;
  decisionText: string;
  english: TReviewer;
  indonesian: TReviewer;
};

/**
 * A meeting of this spec's own, held yesterday: an agenda item, two present participants with an
 * e-mail address from two ministries of their own — one reads English, the other Bahasa Indonesia
 * — and one decision under the agenda item. Nothing of the demo data is touched.
 */
async function heldMeeting(api: TApi, label: string): Promise<TMeetingSetup> {
  const programmeId = (await api.get<{ data: { id: string }[] }>("/api/v1/programmes")).data[0].id;
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const title = `${label} ${stamp} meeting`;
  const startsAt = new Date(Date.now() - 86_400_000);
  const meeting = await api.post<{ id: string }>("/api/v1/meetings", {
    programmeId,
    title,
    status: "SCHEDULED",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
  });
  const agendaItem = await api.post<{ id: string }>(`/api/v1/meetings/${meeting.id}/agenda`, {
    title: "Work plan for 2027",
  });
  const reviewer = async (language: "en" | "id", who: string, ministry: string, acronym: string) => {
    const short = `${acronym}${stamp}`.slice(0, 30);
    const organisation = await api.post<{ id: string }>("/api/v1/organisations", {
      name: `${ministry} ${stamp}`,
      acronym: short,
      kind: "GOVERNMENT_MINISTRY",
    });
    const name = `${who} ${stamp}`;
    const email = `${who.split(" ")[0].toLowerCase()}.${stamp}@${acronym.toLowerCase()}.example`;
    const person = await api.post<{ id: string }>("/api/v1/people", {
      name,
      email,
      language,
      organisationId: organisation.id,
    });
    return {
      id: person.id,
      name,
      email,
      organisation: `${ministry} ${stamp} (${short})`,
      acronym: short,
    };
  };
  const english = await reviewer("en", "John Reviewer", "Ministry of Planning", "MOP");
  const indonesian = await reviewer("id", "Sari Peninjau", "Kementerian Kesehatan", "KMK");
  await api.post(`/api/v1/meetings/${meeting.id}/invitations`, { personIds: [english.id, indonesian.id] });
  const rows = await api.get<{ data: { id: string; personId: string | null }[] }>(
    `/api/v1/meetings/${meeting.id}/attendance`,
  );
  for (const person of [english, indonesian]) {
    const row = rows.data.find((r) => r.personId === person.id)!;
    await api.patch(`/api/v1/meetings/${meeting.id}/attendance/${row.id}`, { attendance: "PRESENT" });
  }
  const { version } = await api.get<{ version: number }>(`/api/v1/meetings/${meeting.id}`);
  await api.post(`/api/v1/meetings/${meeting.id}/status`, { to: "HELD", version });
  const decisionText = "The committee approves the work plan for 2027.";
  const decision = await api.post<{ id: string }>(`/api/v1/meetings/${meeting.id}/decisions`, {
    agendaItemId: agendaItem.id,
    text: decisionText,
  });
  return { id: meeting.id, title, decisionId: decision.id, decisionText, english, indonesian };
}

/** The meeting's status as the API gives it. */
async function statusOf(api: TApi, meetingId: string): Promise<string> {
  return (await api.get<{ status: string }>(`/api/v1/meetings/${meetingId}`)).status;
}

/** A fresh browser with no session and no cookies: a reviewer who never logs in. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** The text a reader of the PDF sees, page by page (poppler's pdftotext). */
function pdfPages(file: string): string[] {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, -1);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test("the English journey: draft, circulate, comment by e-mailed link, accept, diff, no-objection, adopt, lock, verify", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await logInAs(page, demoUser("SECRETARIAT"));
  const api = apiOf(page);
  const m = await heldMeeting(api, "Clearance");
  const outputs = `/meetings/${m.id}/outputs`;
  const consolidation = `/meetings/${m.id}/minutes/consolidation`;

  // ——— 1. The secretariat drafts version 1 and circulates it, on screen. ———
  await page.goto(outputs);
  await settle(page);
  await page.getByRole("button", { name: "Create draft minutes" }).click();
  await expect(page.getByText("Version 1 was saved.")).toBeVisible();
  const circulation = page.getByRole("form", { name: "Circulate version 1" });
  await expect(circulation).toBeVisible();
  // Both present participants are ticked, each under their ministry.
  for (const reviewer of [m.english, m.indonesian]) {
    const group = circulation.getByRole("group", { name: reviewer.organisation });
    await expect(group.getByRole("checkbox", { name: reviewer.name })).toBeChecked();
  }
  await expect(circulation.getByText("2 reviewers chosen")).toBeVisible();
  await expect(circulation.getByText(/^Deadline: /)).toBeVisible();
  await circulation.getByRole("button", { name: "Circulate version 1" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Circulate version 1 for review?" });
  await expect(confirm).toContainText("2 reviewers will be e-mailed a personal review link.");
  await confirm.getByRole("button", { name: "Circulate and e-mail" }).click();
  await expect(
    page.getByText(/^Version 1 was circulated on .* to 2 reviewers; comments are due by /),
  ).toBeVisible();
  expect(await statusOf(api, m.id)).toBe("MINUTES_IN_REVIEW");

  // ——— 2. The English reviewer opens the link from their e-mail, with no password. ———
  const invitation = await mailTo(m.english.email, "Draft minutes for your review: ");
  expect(invitation.subject).toContain(m.title);
  expect(invitation.text).toContain(`Dear ${m.english.name},`);
  expect(invitation.text).toContain("Open the draft minutes (no password needed):");
  const reviewer = await freshPage(browser);
  await reviewer.goto(reviewLinkIn(invitation));
  await settle(reviewer);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`— ${m.title}$`));
  await expect(reviewer.getByText("Draft minutes for review", { exact: true })).toBeVisible();
  await expect(
    reviewer.getByText(`You are reviewing as ${m.english.name}, ${m.english.organisation}.`),
  ).toBeVisible();

  // A substantive comment on the decision, with the text as the ministry would have it read.
  const replacement = "The committee approves the work plan and budget for 2027.";
  const decision = reviewer.locator(`#decision-${m.decisionId}`);
  await expect(decision).toContainText(`Decision 1. ${m.decisionText}`);
  await decision.getByRole("button", { name: "Comment on Decision 1" }).click();
  const commentForm = decision.getByRole("form", { name: "Your comment on Decision 1" });
  await commentForm.getByLabel("Comment", { exact: true }).fill("The budget must be named with the plan.");
  await commentForm.getByRole("radio", { name: "Substantive: changes the meaning" }).check();
  await expect(commentForm.getByLabel("Proposed text (optional)")).toHaveValue(m.decisionText);
  await commentForm.getByLabel("Proposed text (optional)").fill(replacement);
  await commentForm.getByRole("button", { name: "Submit comment" }).click();
  await expect(decision.getByText("Your comment has been submitted.")).toBeVisible();
  const shown = decision.getByRole("list", { name: "Comments on Decision 1" });
  await expect(shown.getByText("Substantive", { exact: true })).toBeVisible();
  await expect(shown.getByText("Awaiting the secretariat")).toBeVisible();
  await expect(shown.locator("ins")).toContainText("and budget");
  // …and the organisation's answer.
  await reviewer.getByRole("radio", { name: "Comments submitted" }).check();
  await reviewer.getByRole("button", { name: "Send the answer" }).click();
  await expect(reviewer.getByText("Your organisation's answer has been recorded.")).toBeVisible();
  const answer = reviewer.getByRole("region", { name: "Your organisation's answer" });
  await expect(answer.getByText(`Given by ${m.english.name} on `)).toBeVisible();
  await expect(answer.getByRole("button", { name: "Send the answer" })).toBeEnabled();
  await reviewer.screenshot({ path: test.info().outputPath("review-screen.png"), fullPage: true });

  // ——— 3. The secretariat accepts the comment on the consolidation page. ———
  await page.goto(consolidation);
  await settle(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consolidation of the minutes");
  const log = page.getByRole("table", { name: "Answers to version 1, by organisation" });
  await expect(
    log.getByRole("row", { name: new RegExp(m.english.organisation.replace(/[()]/g, "\\$&")) }),
  ).toContainText("Responded");
  await expect(
    log.getByRole("row", { name: new RegExp(m.indonesian.organisation.replace(/[()]/g, "\\$&")) }),
  ).toContainText("Silent");
  const card = page.getByRole("article", { name: new RegExp(m.english.name) });
  await expect(card.getByText("Substantive", { exact: true })).toBeVisible();
  await expect(card.locator("ins", { hasText: "and budget" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("consolidation.png"), fullPage: true });
  await card.getByRole("radio", { name: "Accepted", exact: true }).check();
  await expect(card.getByText("Accepting writes the proposed text into the record.")).toBeVisible();
  await card.getByLabel("Reply to the reviewer").fill("Accepted, thank you.");
  await card.getByRole("button", { name: "Save disposition" }).click();
  await expect(card.getByText("Disposition saved.")).toBeVisible();
  await expect(card.getByText(/^The accepted text was written into the record on /)).toBeVisible();

  // ——— 4. Version 2 is cut, and the diff shows exactly that change. ———
  await page.goto(outputs);
  await settle(page);
  await page.getByLabel("What changed").fill("Decision 1 reworded after the Ministry of Planning's comment.");
  await page.getByRole("button", { name: "Cut version 2" }).click();
  await expect(page.getByText("Version 2 was saved.")).toBeVisible();
  await page.getByLabel("From version", { exact: true }).selectOption("1");
  await page.getByLabel("To version", { exact: true }).selectOption("2");
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL(/\?from=1&to=2/);
  const diff = page.getByRole("region", { name: "Changes from version 1 to version 2" });
  await expect(diff).toBeVisible();
  const counts: Record<string, string> = {
    Attendance: "0 added, 0 removed, 0 changed",
    Agenda: "0 added, 0 removed, 0 changed",
    Remarks: "0 added, 0 removed, 0 changed",
    Decisions: "0 added, 0 removed, 1 changed",
    "Action items": "0 added, 0 removed, 0 changed",
  };
  for (const [section, count] of Object.entries(counts))
    await expect(diff.getByRole("heading", { level: 4, name: section })).toHaveText(`${section} (${count})`);
  const changes = diff.getByRole("listitem");
  await expect(changes).toHaveCount(1);
  await expect(changes).toContainText("Changed");
  await expect(changes.locator("dt")).toHaveText(["Text"]);
  await expect(changes.locator("del")).toHaveText([m.decisionText]);
  await expect(changes.locator("ins")).toHaveText([replacement]);
  await diff.screenshot({ path: test.info().outputPath("diff.png") });

  // ——— 5. A no-objection procedure is opened on version 2, on screen. ———
  await page.goto(consolidation);
  await settle(page);
  const procedure = page.getByRole("region", { name: "No-objection procedure" });
  await procedure.getByRole("button", { name: "Open the procedure on version 2" }).click();
  const openConfirm = page.getByRole("alertdialog", { name: "Open the no-objection procedure?" });
  await expect(openConfirm).toContainText("Every reviewer of version 2 is e-mailed the deadline.");
  await openConfirm.getByRole("button", { name: "Open and e-mail the reviewers" }).click();
  await expect(procedure.getByText(/^Opened on version 2 on /)).toBeVisible();
  await expect(
    procedure.getByText("Running: the minutes are adopted at the deadline if nobody objects."),
  ).toBeVisible();
  const procedureLink = reviewLinkIn(
    await mailTo(m.english.email, "No-objection procedure: minutes of the "),
  );
  await mailTo(m.indonesian.email, "Prosedur tanpa keberatan: notulen ");

  // Until adoption the capture screen takes new remarks (checked below once it is locked).
  await page.goto(`/meetings/${m.id}/capture`);
  await settle(page);
  await expect(page.getByLabel("What was said")).toBeVisible();

  // ——— 6. Its deadline passes; the server's worker adopts the minutes. ———
  await letDeadlinePass(m.id);
  await expect
    .poll(() => statusOf(api, m.id), { message: "adopted by the deadline job", timeout: 30_000 })
    .toBe("MINUTES_ADOPTED");
  await page.goto(`/meetings/${m.id}?tab=minutes`);
  const fingerprint = (await page.getByTestId("minutes-fingerprint").innerText()).trim();
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  await expect(
    page.getByText(/^Minutes adopted on .* \(Written no-objection procedure\), version 2\.$/),
  ).toBeVisible();

  // Every reviewer received the notice of adoption, in their language, with the fingerprint.
  const notice = await mailTo(m.english.email, "Minutes adopted: ");
  expect(notice.text).toContain("(version 2) were adopted on");
  expect(notice.text).toContain("by written no-objection procedure.");
  expect(notice.text).toContain(`Fingerprint of the adopted minutes: ${fingerprint}`);
  const pemberitahuan = await mailTo(m.indonesian.email, "Notulen disahkan: ");
  expect(pemberitahuan.text).toContain(`Sidik jari notulen yang disahkan: ${fingerprint}`);

  // ——— 7. The record is locked: the capture screen and the API refuse a new remark. ———
  await page.goto(`/meetings/${m.id}/capture`);
  await settle(page);
  await expect(page.getByRole("note").filter({ hasText: "The record of this meeting is closed" })).toHaveText(
    "The record of this meeting is closed (the meeting was cancelled or its minutes are adopted). You can read it but no longer change it.",
  );
  await expect(page.getByLabel("What was said")).toHaveCount(0);
  const refused = await page.request.post(`/api/v1/meetings/${m.id}/remarks`, {
    data: { speakerPersonId: m.english.id, summary: "A remark after adoption." },
    headers: { origin: api.origin },
  });
  expect(refused.status(), await refused.text()).toBe(409);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
    "The minutes of this meeting have been adopted and are locked: the record can no longer be changed. A correction is made by a corrigendum.",
  );
  const remarks = await api.get<{ data: unknown[] }>(`/api/v1/meetings/${m.id}/remarks`);
  expect(remarks.data).toHaveLength(0);

  // ——— 8. The downloaded PDF's footer shows the fingerprint; a second download is identical. ———
  await page.goto(outputs);
  await settle(page);
  const download = async (file: string) => {
    const [started] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "PDF — English" }).click(),
    ]);
    const target = test.info().outputPath(file);
    await started.saveAs(target);
    return target;
  };
  const pdfFile = await download("minutes-1.pdf");
  const pdf = fs.readFileSync(pdfFile);
  const pages = pdfPages(pdfFile);
  expect(pages.length).toBeGreaterThan(0);
  for (const [i, text] of pages.entries())
    expect(text.replace(/\s+/g, ""), `page ${i + 1}'s footer`).toContain(fingerprint);
  expect(pages.join("\n")).toContain(replacement);
  const again = fs.readFileSync(await download("minutes-2.pdf"));
  expect(again.equals(pdf), "the second download is byte-identical").toBe(true);

  // ——— 9. Anyone can verify: the fingerprint and the file; not a changed byte, not a made-up one. ———
  const anyone = await freshPage(browser);
  const found = anyone.getByRole("heading", { level: 2, name: "An adopted version of minutes" });
  const notFound = anyone.getByRole("heading", {
    level: 2,
    name: "Not an adopted version of any minutes here.",
  });
  await anyone.goto(`/verify?fingerprint=${fingerprint}`);
  await expect(found).toBeVisible();
  await expect(anyone.getByText("The fingerprint of the adopted version.")).toBeVisible();
  await expect(anyone.getByText(m.title).first()).toBeVisible();

  const fileInput = anyone.getByLabel("Choose a file (PDF or DOCX)");
  await anyone.goto("/verify");
  await settle(anyone);
  await fileInput.setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: pdf });
  await anyone.waitForURL(`**/verify?fingerprint=${sha256(pdf)}`);
  await expect(found).toBeVisible();
  await expect(anyone.getByText("The official PDF in English of the adopted version.")).toBeVisible();

  const tampered = Buffer.from(pdf);
  const at = Math.floor(tampered.length / 2);
  tampered[at] = tampered[at] ^ 0x01;
  await anyone.goto("/verify");
  await settle(anyone);
  await fileInput.setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: tampered });
  await anyone.waitForURL(`**/verify?fingerprint=${sha256(tampered)}`);
  await expect(notFound).toBeVisible();
  await expect(found).toHaveCount(0);

  const madeUp = `${fingerprint.slice(0, 63)}${fingerprint.endsWith("0") ? "1" : "0"}`;
  await anyone.goto(`/verify?fingerprint=${madeUp}`);
  await expect(notFound).toBeVisible();
  await expect(found).toHaveCount(0);

  // The link of the procedure's e-mail now shows the adopted version 2, closed to comments.
  await reviewer.goto(procedureLink);
  await expect(reviewer.getByText("Adopted minutes", { exact: true })).toBeVisible();
  await expect(reviewer.getByText("Version 2", { exact: true })).toBeVisible();
  await expect(
    reviewer.getByText(
      "These minutes have been adopted. The review is closed: comments and answers can no longer be given.",
    ),
  ).toBeVisible();
  await expect(reviewer.locator(`#decision-${m.decisionId}`)).toContainText(`Decision 1. ${replacement}`);
  await expect(reviewer.getByRole("button", { name: /^Comment on/ })).toHaveCount(0);
  await reviewer.context().close();
  await anyone.context().close();
});

test("the reviewer's side in Bahasa Indonesia: the e-mail, the review screen, the answer and the notice", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await logInAs(page, demoUser("SECRETARIAT"));
  const api = apiOf(page);
  const m = await heldMeeting(api, "Peninjauan");
  const who = m.indonesian;

  // The shorter way for the secretariat: version 1 cut and circulated through the API.
  await api.post(`/api/v1/meetings/${m.id}/minutes/versions`, { number: 1 });
  await api.post(`/api/v1/meetings/${m.id}/minutes/circulate`, {
    number: 1,
    reviewerIds: [m.english.id, who.id],
  });

  // The e-mail, in Indonesian (Person.language "id"); the English colleague's stays English.
  const mail = await mailTo(who.email, "Rancangan notulen untuk Anda tinjau: ");
  expect(mail.subject).toContain(m.title);
  expect(mail.text).toContain(`Yth. ${who.name},`);
  expect(mail.text).toMatch(/Versi 1 notulen .* diedarkan untuk ditinjau\./);
  expect(mail.text).toContain(`Mohon sampaikan jawaban atas nama ${who.acronym} paling lambat `);
  expect(mail.text).toContain("Buka rancangan notulen (tanpa kata sandi):");
  await mailTo(m.english.email, "Draft minutes for your review: ");

  // The review screen opens in Indonesian, without a password or a language cookie.
  const reviewer = await freshPage(browser);
  const link = reviewLinkIn(mail);
  await reviewer.goto(link);
  await settle(reviewer);
  await expect(reviewer.locator("article[lang]").first()).toHaveAttribute("lang", "id");
  await expect(reviewer.getByText("Rancangan notulen untuk ditinjau", { exact: true })).toBeVisible();
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`— ${m.title}$`));
  await expect(reviewer.getByText(`Anda meninjau sebagai ${who.name}, ${who.organisation}.`)).toBeVisible();
  await expect(reviewer.getByText(/^Jawaban organisasi Anda ditunggu paling lambat /)).toBeVisible();
  for (const heading of [
    "Tujuan rapat",
    "Kehadiran",
    "Agenda",
    "Catatan pembicara",
    "Keputusan",
    "Tindak lanjut",
  ])
    await expect(reviewer.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  await expect(reviewer.getByRole("heading", { level: 2, name: "Jawaban organisasi Anda" })).toBeVisible();

  // An editorial comment on the decision, in the Indonesian form.
  const decision = reviewer.locator(`#decision-${m.decisionId}`);
  await decision.getByRole("button", { name: "Tanggapi Keputusan 1" }).click();
  const form = decision.getByRole("form", { name: "Tanggapan Anda atas Keputusan 1" });
  await form.getByRole("button", { name: "Kirim tanggapan" }).click();
  await expect(form.getByText("Tuliskan tanggapan Anda.")).toBeVisible();
  await form.getByLabel("Tanggapan", { exact: true }).fill("Mohon ejaan tahun ditulis lengkap.");
  await form.getByRole("radio", { name: "Redaksional: rumusan kata, ejaan, atau bentuk" }).check();
  await form.getByRole("button", { name: "Kirim tanggapan" }).click();
  await expect(decision.getByText("Tanggapan Anda telah dikirim.")).toBeVisible();
  const shown = decision.getByRole("list", { name: "Tanggapan atas Keputusan 1" });
  await expect(shown.getByText("Redaksional", { exact: true })).toBeVisible();
  await expect(shown.getByText("Menunggu sekretariat")).toBeVisible();

  // The organisation's answer.
  await reviewer.getByRole("radio", { name: "Tanggapan telah disampaikan" }).check();
  await reviewer.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(reviewer.getByText("Jawaban organisasi Anda telah dicatat.")).toBeVisible();
  const answer = reviewer.getByRole("region", { name: "Jawaban organisasi Anda" });
  await expect(answer.getByText(`Disampaikan oleh ${who.name} pada `)).toBeVisible();
  await expect(answer.getByRole("button", { name: "Kirim jawaban" })).toBeEnabled();
  await reviewer.screenshot({ path: test.info().outputPath("review-screen-id.png"), fullPage: true });

  // The no-objection procedure (through the API this time): its e-mail and the screen, in Indonesian.
  await api.post(`/api/v1/meetings/${m.id}/minutes/no-objection`, { number: 1, workingDays: 5 });
  const procedure = await mailTo(who.email, "Prosedur tanpa keberatan: notulen ");
  expect(procedure.text).toMatch(
    /Sekretariat mengajukan versi 1 notulen .* melalui prosedur tertulis tanpa keberatan\./,
  );
  expect(reviewLinkIn(procedure)).toBe(link);
  await reviewer.reload();
  await expect(
    reviewer.getByText(
      /^Prosedur tertulis tanpa keberatan: jika tidak ada keberatan hingga .*, notulen ini akan disahkan\.$/,
    ),
  ).toBeVisible();

  // The deadline passes; the minutes are adopted; the notice is in Indonesian.
  await letDeadlinePass(m.id);
  await expect
    .poll(() => statusOf(api, m.id), { message: "adopted by the deadline job", timeout: 30_000 })
    .toBe("MINUTES_ADOPTED");
  const notice = await mailTo(who.email, "Notulen disahkan: ");
  expect(notice.subject).toContain(m.title);
  expect(notice.text).toContain(`Yth. ${who.name},`);
  expect(notice.text).toMatch(/\(versi 1\) disahkan pada .* melalui prosedur tertulis tanpa keberatan\./);
  const fingerprint = /Sidik jari notulen yang disahkan: ([0-9a-f]{64})/.exec(notice.text)?.[1];
  expect(fingerprint).toBeTruthy();
  await page.goto(`/meetings/${m.id}?tab=minutes`);
  await expect(page.getByTestId("minutes-fingerprint")).toHaveText(fingerprint!);
  expect(notice.text).toContain("Siapa pun dapat memeriksa notulen yang disahkan beserta berkasnya di sini:");
  expect(notice.text).toContain(`/verify?fingerprint=${fingerprint}`);
  const english = await mailTo(m.english.email, "Minutes adopted: ");
  expect(english.text).toContain(`Fingerprint of the adopted minutes: ${fingerprint}`);

  // The link now shows the adopted minutes, closed to comments, still in Indonesian.
  await reviewer.reload();
  await expect(reviewer.getByText("Notulen yang disahkan", { exact: true })).toBeVisible();
  await expect(
    reviewer.getByText(
      "Notulen ini telah disahkan. Tinjauan sudah ditutup: tanggapan dan jawaban tidak dapat disampaikan lagi.",
    ),
  ).toBeVisible();
  await expect(reviewer.getByRole("button", { name: /^Tanggapi/ })).toHaveCount(0);
  await expect(reviewer.getByRole("button", { name: "Kirim jawaban" })).toHaveCount(0);
  await reviewer.context().close();
});
