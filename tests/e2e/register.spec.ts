// At the venue the secretariat adds a walk-in with a new organisation, signs people in and out with the
// keyboard, and undoes a change; a coordinator cannot open the register.
import { expect, test } from "./fixtures";
import { DEMO_MEETINGS } from "../../prisma/seed/demo-facts";
import { demoUser, logInAs, settle } from "./helpers";

async function openRegister(page: import("@playwright/test").Page) {
  await page.getByRole("link", { name: DEMO_MEETINGS.second.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_MEETINGS.second.title);
  await page.goto(`${new URL(page.url()).pathname}/register`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Attendance register");
  await settle(page);
}

test("the secretariat adds a walk-in, changes their status, undoes it and signs them in again", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const name = `Rahmat ${stamp}`;
  await logInAs(page, demoUser("SECRETARIAT"));
  await openRegister(page);
  await expect(page.getByLabel("Find a participant")).toBeFocused();
  const counts = page.getByTestId("register-counts");
  await expect(counts).toHaveText(/^\d+ present \/ \d+ invited$/);
  const presentBefore = Number((await counts.textContent())!.split(" ")[0]);

  await page.getByRole("button", { name: "Add walk-in" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a walk-in" });
  await dialog.getByLabel("New person").check();
  await dialog.getByRole("button", { name: "Add and sign in" }).click();
  await expect(dialog.getByText("Enter the person's name")).toBeVisible();
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByLabel("Position").fill("Analyst");
  await dialog.getByLabel("New organisation").check();
  await dialog.getByLabel("Organisation name").fill(`Dinas Sosial ${stamp}`);
  await dialog.getByLabel("Kind of organisation").selectOption("GOVERNMENT_AGENCY");
  await dialog.getByRole("button", { name: "Add and sign in" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `${name} added and signed in.` })).toBeVisible();
  await expect(counts).toHaveText(new RegExp(`^${presentBefore + 1} present`));

  await page.getByLabel("Find a participant").fill(stamp);
  const status = page.getByLabel(`Attendance of ${name}`);
  await expect(status).toHaveValue("PRESENT");
  await status.selectOption("EXCUSED");
  const toast = page.getByRole("status").filter({ hasText: `${name}: Excused.` });
  await expect(toast).toBeVisible();
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Undone: ${name} is Present again.` }),
  ).toBeVisible();
  await expect(status).toHaveValue("PRESENT");

  await status.selectOption("ABSENT");
  await expect(counts).toHaveText(new RegExp(`^${presentBefore} present`));
  await page.getByRole("button", { name: `Sign in ${name}` }).press("Enter");
  await expect(status).toHaveValue("PRESENT");
  await page.reload();
  await page.getByLabel("Find a participant").fill(stamp);
  await expect(page.getByLabel(`Attendance of ${name}`)).toHaveValue("PRESENT");
  await expect(page.getByText(/^Walk-in · Signed in/)).toBeVisible();
});

test("a search with no match says so", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  await openRegister(page);
  await page.getByLabel("Find a participant").fill("zzz-nobody-zzz");
  await expect(page.getByText("No one on the register matches “zzz-nobody-zzz”.")).toBeVisible();
});

test("a coordinator gets the not-found page for the register", async ({ page }) => {
  await logInAs(page, demoUser("COORDINATOR"));
  await page.getByRole("link", { name: DEMO_MEETINGS.second.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO_MEETINGS.second.title);
  const response = await page.goto(`${new URL(page.url()).pathname}/register`);
  expect(response?.status()).toBe(404);
});
