// The secretariat opens a meeting from the list, sees who chaired and, on the attendance tab, who
// came (by ministry and sex), and cancels a scheduled meeting only after confirming; a ministry
// member sees the same meeting without the secretariat's controls.
import { expect, test } from "./fixtures";
import { DEMO_MEETINGS } from "../../prisma/seed/demo-facts";
import { demoUser, logInAs, settle } from "./helpers";

test("the secretariat reads a held meeting's record and attendance statistics", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  await page.getByRole("link", { name: DEMO_MEETINGS.second.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `2nd PSC — ${DEMO_MEETINGS.second.title}`,
  );
  await expect(page.getByText("Thursday, 18 September 2025")).toBeVisible();
  await expect(page.getByText("representative of the Government")).toBeVisible();
  // The statistics are on the attendance tab.
  await page
    .getByRole("navigation", { name: "Parts of the meeting" })
    .getByRole("link", { name: /^Attendance/ })
    .click();
  await page.waitForURL(/\?tab=attendance$/);
  await expect(
    page.getByText(new RegExp(`^${DEMO_MEETINGS.second.present} participants from \\d+ ministries$`)),
  ).toBeVisible();
  const bySex = page.getByRole("table", { name: "Participants by sex" });
  await expect(bySex.getByRole("row", { name: /Female/ })).toBeVisible();
});

test("cancelling a scheduled meeting asks first, and Keep changes nothing", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  await page.getByRole("link", { name: DEMO_MEETINGS.third.title }).click();
  // On the meeting page (the list shows the status too: a second copy under the title on a phone).
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_MEETINGS.third.title);
  await settle(page);
  await expect(page.getByText("Scheduled", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Cancel meeting" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Cancel this meeting?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep the meeting" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText("Scheduled", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Cancel meeting" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel meeting" }).click();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel meeting" })).toHaveCount(0);
});

test("a ministry member sees a meeting they attended, without the secretariat's controls", async ({
  page,
}) => {
  await logInAs(page, demoUser("MEMBER"));
  await page.getByRole("link", { name: DEMO_MEETINGS.second.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_MEETINGS.second.title);
  await settle(page);
  await expect(page.getByRole("button", { name: /Send minutes for review|Cancel meeting/ })).toHaveCount(0);
});
