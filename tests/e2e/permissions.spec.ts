// Pages a role may not use answer "Page not found" with a real 404 status (the same answer as a
// page that does not exist, and as a record that does not exist), and anonymous visitors are sent
// to the login page and then back to where they were going.
import { expect, test, type Page } from "./fixtures";
import { demoUser, logInAs, submitLogin } from "./helpers";

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  // A real 404, as for a page that does not exist: the status does not reveal that it does. (Soft:
  // a failing run names every page that answers otherwise, not only the first.)
  expect.soft(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("The page does not exist, or you do not have access to it.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

/** Ids of demo records every role's forbidden pages are tried with. */
type TIds = { programme: string; organisation: string; person: string; meeting: string };
let ids: TIds;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await logInAs(page, demoUser("ADMIN"));
  const first = async (path: string) => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    return ((await response.json()) as { data: { id: string }[] }).data[0].id;
  };
  ids = {
    programme: await first("/api/v1/programmes"),
    organisation: await first("/api/v1/organisations"),
    person: await first("/api/v1/people"),
    meeting: await first("/api/v1/meetings"),
  };
  await page.close();
});

/** The section pages each role may not open; each must answer 404, not a 200 with the 404 screen. */
const refused = {
  MEMBER: (i: TIds) => [
    "/programmes",
    "/programmes/new",
    `/programmes/${i.programme}`,
    `/programmes/${i.programme}/edit`,
    `/programmes/${i.programme}/attendance`,
    "/directory",
    "/directory/organisations/new",
    `/directory/organisations/${i.organisation}/edit`,
    "/directory/people",
    "/directory/people/new",
    `/directory/people/${i.person}/edit`,
    "/directory/people/import",
    "/admin",
    "/outbox",
    "/meetings/new",
    "/meetings/import",
    `/meetings/${i.meeting}/capture`,
    `/meetings/${i.meeting}/register`,
    `/meetings/${i.meeting}/agenda`,
    `/meetings/${i.meeting}/edit`,
  ],
  COORDINATOR: (i: TIds) => [
    "/programmes/new",
    `/programmes/${i.programme}/edit`,
    "/directory/organisations/new",
    `/directory/organisations/${i.organisation}/edit`,
    "/directory/people/new",
    `/directory/people/${i.person}/edit`,
    "/directory/people/import",
    "/admin",
    "/outbox",
    "/meetings/new",
    "/meetings/import",
    `/meetings/${i.meeting}/capture`,
    `/meetings/${i.meeting}/register`,
    `/meetings/${i.meeting}/register/paper`,
    `/meetings/${i.meeting}/invite`,
    `/meetings/${i.meeting}/agenda`,
    `/meetings/${i.meeting}/edit`,
  ],
  SECRETARIAT: (i: TIds) => ["/programmes/new", `/programmes/${i.programme}/edit`, "/admin"],
  // Records that do not exist, for the role that may open every page.
  ADMIN: () => [
    "/programmes/no-such-programme",
    "/programmes/no-such-programme/edit",
    "/programmes/no-such-programme/attendance",
    "/directory/organisations/no-such-organisation/edit",
    "/directory/people/no-such-person/edit",
    "/meetings/no-such-meeting",
    "/meetings/no-such-meeting/agenda",
    "/meetings/no-such-meeting/outputs",
    "/no-such-page",
  ],
} as const;

for (const role of ["MEMBER", "COORDINATOR", "SECRETARIAT", "ADMIN"] as const) {
  test(`every page ${role.toLowerCase()} may not open answers a real 404`, async ({ page }) => {
    await logInAs(page, demoUser(role));
    for (const path of refused[role](ids)) await expectNotFound(page, path);
  });
}

test("a member still opens their own pages", async ({ page }) => {
  await logInAs(page, demoUser("MEMBER"));
  const response = await page.goto("/actions");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions");
});

test("a coordinator may open the directory and their programme", async ({ page }) => {
  await logInAs(page, demoUser("COORDINATOR"));
  const programmes = await page.request.get("/api/v1/programmes");
  const own = ((await programmes.json()) as { data: { id: string }[] }).data[0].id;
  for (const path of [
    "/directory",
    "/directory/people",
    `/programmes/${own}`,
    `/programmes/${own}/attendance`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
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
