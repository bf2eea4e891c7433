// During the meeting the secretariat captures remarks, a decision and two action items with the
// keyboard; afterwards downloads the minutes as PDF and DOCX (read back with pdftotext and mammoth)
// and copies the English and Indonesian summaries. A coordinator may read the outputs, not capture.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Page } from "./fixtures";
import mammoth from "mammoth";
import { DEMO_MEETINGS } from "../../prisma/seed/demo-facts";
import { demoUser, logInAs, settle } from "./helpers";

const stamp = Date.now().toString(36);
const said = {
  first: `Presented the pilot results for Sumba Timur (${stamp}).`,
  quote: `Data saves lives only when it is shared ${stamp}`,
  second: `The ministry will publish the beneficiary data before December (${stamp}).`,
  decision: `The Committee approved the revised workplan ${stamp}.`,
  actions: [`Circulate the revised budget ${stamp}`, `Convene the data working group ${stamp}`],
};

async function openMeeting(page: Page) {
  await page.getByRole("link", { name: DEMO_MEETINGS.second.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_MEETINGS.second.title);
}

async function addRemark(page: Page, speaker: string, summary: string, quote?: string) {
  const form = page.getByRole("form", { name: "New remark" });
  await form.getByRole("combobox", { name: "Speaker" }).fill(speaker);
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await form.getByLabel("What was said").fill(summary);
  if (quote) await form.getByLabel("Verbatim quote (optional)").fill(quote);
  await page.keyboard.press("Control+Enter");
  // Saved and cleared, focus back on the speaker for the next remark.
  await expect(form.getByRole("combobox", { name: "Speaker" })).toBeFocused();
  await expect(form.getByLabel("What was said")).toHaveValue("");
}

async function addAction(page: Page, title: string, organisation: string, due: string) {
  const form = page.getByRole("form", { name: "New action item" });
  await form.getByLabel("What has to be done").fill(title);
  await form.getByRole("combobox", { name: "Owning organisation" }).fill(organisation);
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await form.getByLabel("Due date (optional)").fill(due);
  await page.keyboard.press("Control+Enter");
  await expect(form.getByLabel("What has to be done")).toHaveValue("");
}

test("capture by keyboard, then download the minutes and copy both summaries", async ({ page, context }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  await openMeeting(page);
  await page.getByRole("link", { name: "Capture the record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Capture the record");
  await settle(page);

  // Alt+↓ three times: from "1. Opening remarks" to "4. Progress report".
  for (let i = 0; i < 3; i++) await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByRole("heading", { level: 2, name: /^4\. Progress report/ })).toBeVisible();
  // Typing not saved yet survives a reload (the draft is kept in the browser).
  const newRemark = page.getByRole("form", { name: "New remark" });
  await newRemark.getByLabel("What was said").fill("A remark interrupted by a reload");
  await page.reload();
  await settle(page);
  await expect(newRemark.getByLabel("What was said")).toHaveValue("A remark interrupted by a reload");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Alt+ArrowDown");
  await addRemark(page, "Dewi", said.first, said.quote);
  await addRemark(page, "Budi", said.second);
  await page.getByRole("form", { name: "New decision" }).getByLabel("Decision").fill(said.decision);
  await page.keyboard.press("Control+Enter");
  await addAction(page, said.actions[0], "Kemensos", "2025-10-31");
  await addAction(page, said.actions[1], "BNPB", "2025-11-15");
  await expect(page.getByTestId("capture-status")).toHaveText(/^All changes saved/);

  // What was saved is what the server has: it survives a reload.
  await page.reload();
  await settle(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press("Alt+ArrowDown");
  for (const text of [said.first, said.second, said.decision, ...said.actions]) {
    await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
  }
  // Saved drafts are forgotten: the new-entry forms come back empty.
  await expect(newRemark.getByLabel("What was said")).toHaveValue("");

  await page.getByRole("link", { name: "Back to the meeting" }).click();
  await page.getByRole("link", { name: "Minutes and summary" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Minutes and summary");
  await settle(page);

  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
  };
  const pdf = await download("PDF — English");
  expect(pdf.name).toMatch(/^minutes-2nd-psc-.*-en\.pdf$/);
  const pdfText = execFileSync("pdftotext", ["-", "-"], { input: pdf.bytes }).toString().replace(/\s+/g, " ");
  for (const text of [
    said.first,
    said.second,
    said.decision,
    ...said.actions,
    "Thursday, 18 September 2025",
  ]) {
    expect(pdfText).toContain(text);
  }
  const docx = await download("DOCX — Bahasa Indonesia");
  expect(docx.name).toMatch(/-id\.docx$/);
  const docxText = (await mammoth.extractRawText({ buffer: docx.bytes })).value.replace(/\s+/g, " ");
  // The English record has no Indonesian wording: the Indonesian minutes quote it as recorded (“…”).
  const quoted = (text: string) => `“${text.replace(/\.$/, "")}”`;
  for (const text of [
    quoted(said.first),
    said.quote,
    quoted(said.decision),
    ...said.actions,
    "Kamis, 18 September 2025",
  ]) {
    expect(docxText).toContain(text);
  }

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const copied = async () => {
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const english = await copied();
  expect(english).toContain("presented the pilot results for Sumba Timur");
  expect(english).toContain(said.quote);
  expect(english).toContain(`${DEMO_MEETINGS.second.present} participants`);
  await page.getByRole("button", { name: "Bahasa Indonesia", exact: true }).click();
  const indonesian = await copied();
  expect(indonesian).toContain("Kamis, 18 September 2025");
  expect(indonesian).toContain(`${DEMO_MEETINGS.second.present} peserta`);
  expect(indonesian).toContain(said.quote);
  expect(indonesian).not.toBe(english);
});

test("a coordinator reads the minutes and summary but cannot open the capture screen", async ({ page }) => {
  await logInAs(page, demoUser("COORDINATOR"));
  await openMeeting(page);
  await expect(page.getByRole("link", { name: "Capture the record" })).toHaveCount(0);
  const meetingUrl = new URL(page.url()).pathname;
  const refused = await page.goto(`${meetingUrl}/capture`);
  expect(refused?.status()).toBe(404);
  await page.goto(`${meetingUrl}/outputs`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Minutes and summary");
  await expect(page.getByRole("link", { name: "PDF — English" })).toBeVisible();
});
