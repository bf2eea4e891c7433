// Pages a role may not use answer "Page not found" (the same answer as a page that does not
// exist), and anonymous visitors are sent to the login page and then back to where they were going.
import { expect, test, type Page } from "@playwright/test";
import { demoUser, logInAs, submitLogin } from "./helpers";

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  // A real 404, as for a page that does not exist: the status does not reveal that it does.
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("The page does not exist, or you do not have access to it.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

test("a member gets 'Page not found' for admin, directory and programmes", async ({ page }) => {
  await logInAs(page, demoUser("MEMBER"));
  for (const path of ["/admin", "/directory", "/programmes"]) await expectNotFound(page, path);

  // Their own pages still open.
  await page.goto("/actions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions");
});

test("a coordinator gets 'Page not found' for admin but may open the directory", async ({ page }) => {
  await logInAs(page, demoUser("COORDINATOR"));
  await expectNotFound(page, "/admin");

  await page.goto("/directory");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Directory");
});

test("an anonymous visitor is sent to log in, then lands on the page asked for", async ({ page }) => {
  await page.goto("/programmes");
  await expect(page).toHaveURL(
    (url) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === "/programmes",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in to Notulen");

  await submitLogin(page, demoUser("SECRETARIAT").email, demoUser("SECRETARIAT").password);
  await expect(page).toHaveURL(/\/programmes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programmes");
});
