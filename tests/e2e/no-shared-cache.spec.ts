// No page is served from a cache across users: two users with different rights open the same
// addresses in turn, and each sees only their own — their name in the header, and a meeting and
// an action item that only one of them may read. A page cached for one user (Next.js's data or
// full-route cache, a CDN header, a shared memo) would show up here as the other user's content.
import { expect, test, type Page } from "./fixtures";
import { apiOf, demoUser, logInAs, type TApi, type TDemoUser } from "./helpers";

type TSide = { page: Page; user: TDemoUser };

async function expectSignedInAs({ page, user }: TSide, other: TDemoUser) {
  const header = page.locator("header").first();
  await expect(header).toContainText(user.name);
  await expect(header).not.toContainText(other.name);
}

/**
 * As the secretariat (with its browser's session): a meeting nobody is invited to, held two days
 * ago, with one action item of a new organisation. The member may read neither.
 */
async function privateMeeting(api: TApi): Promise<{ id: string; action: string }> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const programmeId = (await api.get<{ data: { id: string }[] }>("/api/v1/programmes")).data[0].id;
  const startsAt = Date.now() - 2 * 86_400_000;
  const meeting = await api.post<{ id: string }>("/api/v1/meetings", {
    programmeId,
    title: `Closed session ${stamp}`,
    status: "SCHEDULED",
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 2 * 3_600_000).toISOString(),
  });
  const { version } = await api.get<{ version: number }>(`/api/v1/meetings/${meeting.id}`);
  await api.post(`/api/v1/meetings/${meeting.id}/status`, { to: "HELD", version });
  const owner = await api.post<{ id: string }>("/api/v1/organisations", {
    name: `Office of the closed session ${stamp}`,
    acronym: `OCS${stamp}`.slice(0, 30),
    kind: "GOVERNMENT_MINISTRY",
  });
  const action = `Prepare the confidential annex ${stamp}`;
  await api.post(`/api/v1/meetings/${meeting.id}/action-items`, {
    title: action,
    ownerOrganisationId: owner.id,
    dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
  });
  return { id: meeting.id, action };
}

test("two users with different rights, one address after the other: each sees only their own", async ({
  browser,
}) => {
  const member: TSide = { page: await (await browser.newContext()).newPage(), user: demoUser("MEMBER") };
  const secretariat: TSide = {
    page: await (await browser.newContext()).newPage(),
    user: demoUser("SECRETARIAT"),
  };
  await logInAs(member.page, member.user);
  await logInAs(secretariat.page, secretariat.user);
  const closed = await privateMeeting(apiOf(secretariat.page));

  for (let round = 1; round <= 3; round += 1) {
    for (const [side, other] of [
      [member, secretariat],
      [secretariat, member],
    ] as const) {
      const isMember = side === member;
      const as = `round ${round}, as ${side.user.role}`;

      const register = await side.page.goto(`/actions?meetingId=${closed.id}`);
      expect(register?.status(), `${as}: the register`).toBe(200);
      await expectSignedInAs(side, other.user);
      const main = side.page.getByRole("main");
      if (isMember) {
        await expect(main).toContainText("No action items match this filter");
        await expect(main).not.toContainText(closed.action);
      } else {
        await expect(main).toContainText(closed.action);
      }

      const meeting = await side.page.goto(`/meetings/${closed.id}`);
      expect(meeting?.status(), `${as}: the meeting`).toBe(isMember ? 404 : 200);
      if (isMember) {
        // The "not found" page stands alone, without the signed-in header.
        await expect(side.page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      } else {
        await expectSignedInAs(side, other.user);
        await expect(side.page.getByRole("heading", { level: 1 })).toContainText("Closed session");
      }

      await side.page.goto("/meetings");
      await expectSignedInAs(side, other.user);
      if (isMember) await expect(side.page.getByRole("main")).not.toContainText("Closed session");
    }
  }
  await member.page.context().close();
  await secretariat.page.context().close();
});
