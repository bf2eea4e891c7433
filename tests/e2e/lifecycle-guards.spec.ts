// The meeting lifecycle as a new secretariat user meets it: "Save as draft" keeps a draft, whose
// invite page says to schedule it first (and "Schedule" on the meeting page opens the invite
// panel); before the meeting's day the register says when signing in opens and offers none.
import { expect, test, type Page } from "./fixtures";
import { demoUser, logInAs, settle } from "./helpers";

/** A JSON call to the API with the browser's session, as the app's own screens make it. */
async function api<T>(page: Page, url: string, data?: object): Promise<{ status: number; body: T }> {
  const response = data
    ? await page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } })
    : await page.request.get(url);
  return { status: response.status(), body: (await response.json()) as T };
}

test("“Save as draft” keeps a draft, which takes no invitations until it is scheduled", async ({ page }) => {
  const title = `Lifecycle ${Date.now().toString(36)} steering meeting`;
  await logInAs(page, demoUser("SECRETARIAT"));
  await page.goto("/meetings/new");
  await settle(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Date").fill("2027-06-17");
  await page.getByLabel("Starts").fill("09:00");
  await page.getByLabel("Ends").fill("12:00");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/?]+\?saved=1$/);
  const meetingPath = new URL(page.url()).pathname;
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  // The invite page explains instead of offering to send.
  await page.getByRole("link", { name: "Invite people" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite to the meeting");
  await expect(
    page.getByText("The meeting is still a draft: schedule it first, then send the invitations."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitations" })).toHaveCount(0);

  // Scheduled from the meeting page, it takes invitations.
  await page.goto(meetingPath);
  await settle(page);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Scheduled", { exact: true })).toBeVisible();
  await page.goto(`${meetingPath}/invite`);
  await expect(page.getByRole("button", { name: "Send invitations" })).toBeVisible();
});

test("before the meeting's day the register says when signing in opens and offers none", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await logInAs(page, demoUser("SECRETARIAT"));
  const programmeId = (await api<{ data: { id: string }[] }>(page, "/api/v1/programmes")).body.data[0].id;
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  startsAt.setUTCHours(2, 0, 0, 0);
  const meeting = await api<{ id: string; status: string }>(page, "/api/v1/meetings", {
    programmeId,
    title: `Register ${stamp} later meeting`,
    status: "SCHEDULED",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
  });
  expect(meeting).toMatchObject({ status: 201, body: { status: "SCHEDULED" } });
  const name = `Early ${stamp}`;
  const person = await api<{ id: string }>(page, "/api/v1/people", {
    name,
    email: `early.${stamp}@example.org`,
    language: "en",
  });
  const invited = await api<{ invited: number }>(page, `/api/v1/meetings/${meeting.body.id}/invitations`, {
    personIds: [person.body.id],
  });
  expect(invited).toMatchObject({ status: 201, body: { invited: 1 } });

  await page.goto(`/meetings/${meeting.body.id}/register`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Attendance register");
  await settle(page);
  await expect(page.getByText(/^Signing in opens on the day of the meeting, /)).toBeVisible();
  await expect(page.getByLabel(`Attendance of ${name}`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Sign in ${name}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add walk-in" })).toHaveCount(0);
  await expect(page.getByLabel(`Attendance of ${name}`).locator('option[value="PRESENT"]')).toBeDisabled();

  // The API refuses it too, saying why.
  const rows = await api<{ data: { id: string }[] }>(page, `/api/v1/meetings/${meeting.body.id}/attendance`);
  const refused = await api<{ error: { messageKey: string } }>(
    page,
    `/api/v1/meetings/${meeting.body.id}/attendance`,
    { action: "sign-in", invitationId: rows.body.data[0].id },
  );
  expect(refused).toMatchObject({
    status: 409,
    body: { error: { messageKey: "register.errors.beforeMeetingDay" } },
  });
});
