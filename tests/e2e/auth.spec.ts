// Logging in and out: each role lands on its home — a member on their own meetings and minutes to
// review, everyone else on the meetings — with its own navigation, logs out from the account menu by
// keyboard; wrong or missing credentials are explained on the login page.
import { expect, test } from "./fixtures";
import { NAV_BY_ROLE, demoUser, settle, submitLogin, type TRole } from "./helpers";

for (const role of Object.keys(NAV_BY_ROLE) as TRole[]) {
  test(`${role.toLowerCase()} logs in, sees their navigation and logs out by keyboard`, async ({ page }) => {
    const user = demoUser(role);
    await page.goto("/login");
    await submitLogin(page, user.email, user.password);

    const nav = page.getByRole("navigation", { name: "Main navigation" });
    if (role === "MEMBER") {
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("My meetings");
      await expect(
        page.getByRole("heading", { name: "Minutes awaiting your organisation's answer" }),
      ).toBeVisible();
    } else {
      await expect(page).toHaveURL(/\/meetings$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings");
      await expect(nav.getByRole("link", { name: "Meetings" })).toHaveAttribute("aria-current", "page");
    }
    await expect(nav.getByRole("link")).toHaveText(NAV_BY_ROLE[role]);

    await settle(page);
    await page.getByRole("button", { name: "Account menu" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menu")).toContainText(`Signed in as ${user.email}`);
    const logoutItem = page.getByRole("menuitem", { name: "Log out", exact: true });
    await expect(logoutItem).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/logout$/);
    await expect(page.getByText("Do you want to log out of Notulen?")).toBeVisible();
    await page.getByRole("button", { name: "Log out" }).click();

    await expect(page).toHaveURL(/\/login\?loggedOut=1$/);
    await expect(page.getByRole("status")).toHaveText("You have been logged out.");

    // The session is really gone: the app sends us back to the login page.
    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmeetings$/);
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await submitLogin(page, demoUser("SECRETARIAT").email, "not-the-password");

  // (Next.js's route announcer is an empty alert region too.)
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "The e-mail or password is not correct.",
  );
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in to Notulen");
  await expect(page.getByRole("button", { name: "Log in", exact: true })).toBeEnabled();
});

test("submitting an empty form explains each field, linked to the field", async ({ page }) => {
  await page.goto("/login");
  await settle(page);
  await page.getByRole("button", { name: "Log in", exact: true }).click();

  const email = page.getByLabel("E-mail");
  const password = page.getByLabel("Password", { exact: true });
  await expect(email).toHaveAccessibleDescription("Enter a valid e-mail address.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription("Enter your password.");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/login$/);

  // Fixing one field clears its message on the next try, the other stays.
  await email.fill(demoUser("SECRETARIAT").email);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(email).toHaveAccessibleDescription("");
  await expect(password).toHaveAccessibleDescription("Enter your password.");
});

test("submitted before the page's scripts run, the password never lands in the address", async ({
  browser,
}) => {
  // A slow connection can leave the form without JavaScript for a moment; the browser then sends
  // it itself. The password must not end up in the URL (history, proxy and server logs).
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(demoUser("SECRETARIAT").email);
    await page.getByLabel("Password", { exact: true }).fill("a-secret-password");
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await page.waitForLoadState();
    expect(page.url()).not.toContain("a-secret-password");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in to Notulen");
  } finally {
    await context.close();
  }
});
