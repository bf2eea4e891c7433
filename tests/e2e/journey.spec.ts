// The "Done when": the secretariat schedules a meeting and invites people from three
// ministries; an invitee opens the RSVP link from the e-mail a real SMTP server received (in his
// language, Bahasa Indonesia), switches the page to English and sends a colleague, who gets their
// own e-mail; at the venue the secretariat signs the delegate in, adds
// a walk-in, and the meeting page counts both by ministry and by sex.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { mailParts } from "../support/smtp-server";
import { demoUser, logInAs, settle } from "./helpers";

const MAIL_DIR = process.env.E2E_MAIL_DIR;

/** Plain-text bodies of the mails the SMTP sink received whose subject names the meeting. */
function mailsAbout(title: string): string[] {
  if (!MAIL_DIR) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((f) => fs.readFileSync(path.join(MAIL_DIR, f), "utf8"))
    .filter((raw) => raw.replace(/\r?\n[ \t]+/g, " ").includes(title.slice(0, 20)))
    .map((raw) =>
      mailParts(raw)
        .filter((p) => p.contentType.startsWith("text/plain"))
        .map((p) => p.body)
        .join("\n"),
    );
}

/** Waits for the invitation e-mail to `name` (greeted in English or Indonesian) and returns its RSVP link. */
async function rsvpLinkFor(title: string, name: string, expectText?: string): Promise<string> {
  let body: string | undefined;
  const isTo = (b: string) => b.includes(`Dear ${name},`) || b.includes(`Yth. ${name},`);
  await expect.poll(() => (body = mailsAbout(title).find(isTo)), { timeout: 15_000 }).toBeTruthy();
  if (expectText) expect(body).toContain(expectText);
  const link = /(https?:\/\/\S+\/rsvp\/\S+)/.exec(body!)?.[1];
  expect(link).toBeTruthy();
  return link!;
}

test("invite three ministries, delegate through the e-mailed RSVP link, sign in and count", async ({
  page,
  browser,
}) => {
  if (!MAIL_DIR) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests with `npm run test:e2e`");
  const stamp = Date.now().toString(36);
  const title = `Journey ${stamp} Steering Committee`;
  const invitees = ["Agus Setiawan", "Andi Wibowo", "Bambang Kurniawan"]; // Bappenas, Kemenkes, Kemensos
  const delegate = `Sari Delegate ${stamp}`;
  const walkIn = `Wati Walkin ${stamp}`;

  // The secretariat schedules the meeting for today, in its (the form's default) zone: the register
  // signs people in only from the meeting's day, and the RSVP link answers until the meeting ends.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  await logInAs(page, demoUser("SECRETARIAT"));
  await page.goto("/meetings/new");
  await settle(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Date").fill(today);
  await page.getByLabel("Starts").fill("00:00");
  await page.getByLabel("Ends").fill("23:59");
  await page.getByRole("button", { name: "Schedule meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/?]+\?saved=1$/);
  const meetingPath = new URL(page.url()).pathname;
  // "Schedule meeting" scheduled it: no draft left to schedule before inviting.
  await expect(page.getByText("Scheduled", { exact: true })).toBeVisible();

  // …and invites one person from each of three ministries with the type-ahead.
  await page.getByRole("link", { name: "Invite people" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite to the meeting");
  await settle(page);
  for (const name of invitees) {
    await page.getByLabel("Find a person").fill(name);
    await page.getByRole("button", { name: `Add ${name}` }).click();
  }
  await expect(page.getByRole("list", { name: "People to invite" }).getByRole("listitem")).toHaveCount(3);
  await page.getByRole("button", { name: "Send invitations" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invited: 3" })).toHaveText(
    "Invited: 3. Already invited, skipped: 0. E-mails sent: 3.",
  );

  // The Bappenas invitee reads Bahasa Indonesia (his directory entry): his e-mail and RSVP page are
  // Indonesian. He opens the link without logging in, switches the page to English, sends a colleague.
  const link = await rsvpLinkFor(title, invitees[0], "Bapak/Ibu diundang ke rapat berikut.");
  const guest = await browser.newContext();
  const rsvp = await guest.newPage();
  await rsvp.goto(link);
  await settle(rsvp);
  await expect(rsvp.getByText("Apakah Anda akan hadir?")).toBeVisible();
  await rsvp.getByRole("button", { name: /English/ }).click();
  await expect(rsvp.getByText("Will you attend?")).toBeVisible();
  await settle(rsvp);
  await rsvp.getByLabel("I will send a colleague instead").check();
  await rsvp.getByLabel("Colleague's name").fill(delegate);
  await rsvp.getByLabel("Colleague's e-mail").fill(`sari.${stamp}@bappenas.example`);
  await rsvp.getByRole("button", { name: "Send my answer" }).click();
  await expect(
    rsvp.getByText("Thank you. Your colleague has been invited and will receive an e-mail."),
  ).toBeVisible();
  await guest.close();

  // The colleague receives their own invitation, naming who sent them.
  await rsvpLinkFor(title, delegate, `${invitees[0]} has asked you to attend in their place.`);

  // At the venue: the delegate is signed in, and a walk-in from the Ministry of Health is added.
  await page.goto(`${meetingPath}/register`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Attendance register");
  await settle(page);
  await page.getByLabel("Find a participant").fill(stamp);
  await page.getByRole("button", { name: `Sign in ${delegate}` }).click();
  await expect(page.getByLabel(`Attendance of ${delegate}`)).toHaveValue("PRESENT");

  await page.getByRole("button", { name: "Add walk-in" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a walk-in" });
  await dialog.getByLabel("New person").check();
  await dialog.getByLabel("Name", { exact: true }).fill(walkIn);
  await dialog.getByLabel("Sex (optional)").selectOption("FEMALE");
  await dialog
    .getByRole("combobox", { name: "From the directory" })
    .selectOption({ label: "Ministry of Health (Kemenkes)" });
  await dialog.getByRole("button", { name: "Add and sign in" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `${walkIn} added and signed in.` })).toBeVisible();

  // The meeting page counts the two participants, by ministry and by sex.
  await page.goto(`${meetingPath}?tab=attendance`);
  await expect(page.getByText("2 participants from 2 ministries", { exact: true })).toBeVisible();
  const figures = page.locator('dl[aria-label="Attendance in figures"] > div');
  await expect(figures.filter({ hasText: /^Participants2$/ })).toHaveCount(1);
  await expect(figures.filter({ hasText: /^Walk-ins1$/ })).toHaveCount(1);
  await expect(figures.filter({ hasText: /^Delegates1$/ })).toHaveCount(1);
  const bySex = page.getByRole("table", { name: "Participants by sex" });
  await expect(bySex.getByRole("row").filter({ hasText: "Female" }).getByRole("cell").first()).toHaveText(
    "1",
  );
  await expect(
    bySex.getByRole("row").filter({ hasText: "Not recorded" }).getByRole("cell").first(),
  ).toHaveText("1");
  const byOrganisation = page.getByRole("table", { name: /by organisation \(directorates/ });
  // Invited, then present: Bappenas invited Agus and his delegate; Kemenkes Andi, and the walk-in came.
  await expect(
    byOrganisation.getByRole("row").filter({ hasText: "(Bappenas)" }).getByRole("cell"),
  ).toHaveText(["Government ministry", "2", "1"]);
  await expect(
    byOrganisation.getByRole("row").filter({ hasText: "(Kemenkes)" }).getByRole("cell"),
  ).toHaveText(["Government ministry", "1", "1"]);
});
