// The meeting page on a phone, in Bahasa Indonesia: the status and the one next step fit the first
// screen without sideways scrolling; a draft says when attendance is taken instead of showing
// zeros; a held meeting lists its decisions by number and its action items by reference, each
// row opening the item. The meetings list shows each meeting's status at 390 px, and a click
// anywhere on a row opens the meeting.
import { expect, test, type Locator, type Page } from "./fixtures";
import { LOCALE_COOKIE } from "../../i18n/locales";
import { demoUser, logInAs, settle } from "./helpers";

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

type TApi = <T>(url: string, data?: object) => Promise<T>;

/** The secretariat, signed in, reading Bahasa Indonesia; and the API with its session. */
async function secretariatInIndonesian(page: Page): Promise<TApi> {
  await logInAs(page, demoUser("SECRETARIAT"));
  const origin = new URL(page.url()).origin;
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "id", url: origin }]);
  return async <T>(url: string, data?: object): Promise<T> => {
    const response = data
      ? await page.request.post(url, { data, headers: { origin } })
      : await page.request.get(url);
    expect(response.ok(), `${url}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
}

/** The page is no wider than the phone, and the element lies inside its width and first screen. */
async function expectOnFirstScreen(page: Page, element: Locator, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
  await expect(element, what).toBeVisible();
  const box = (await element.boundingBox())!;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(PHONE.width);
  expect(box.y + box.height, `${what}: on the first screen`).toBeLessThanOrEqual(PHONE.height);
}

async function createMeeting(api: TApi, title: string, status: "DRAFT" | "SCHEDULED", startsAt: Date) {
  const programmeId = (await api<{ data: { id: string }[] }>("/api/v1/programmes")).data[0].id;
  return api<{ id: string; sequenceNumber: number; kind: string }>("/api/v1/meetings", {
    programmeId,
    title,
    status,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
  });
}

test("a draft meeting: status and next step on the first screen, and no statistics of zeros", async ({
  page,
}) => {
  const api = await secretariatInIndonesian(page);
  const stamp = Date.now().toString(36);
  const draft = await createMeeting(
    api,
    `Draf ${stamp} rapat teknis`,
    "DRAFT",
    new Date("2027-05-12T02:00:00Z"),
  );

  await page.goto(`/meetings/${draft.id}`);
  await settle(page);
  await expectOnFirstScreen(page, page.getByText("Draf", { exact: true }), "the status");
  // Without an agenda, building it is the next step; scheduling waits beside it.
  const next = page.getByRole("link", { name: "Susun agenda" });
  await expectOnFirstScreen(page, next, "the next step");
  await expect(next).toHaveAttribute("href", `/meetings/${draft.id}/agenda`);
  await expect(page.getByRole("button", { name: "Jadwalkan", exact: true })).toBeVisible();

  // The attendance tab, by keyboard: a sentence about the day of the meeting, no table of zeros.
  const tabs = page.getByRole("navigation", { name: "Bagian rapat" });
  await tabs.getByRole("link", { name: "Kehadiran" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\?tab=attendance$/);
  await expect(tabs.getByRole("link", { name: "Kehadiran" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Kehadiran dicatat pada hari rapat.")).toBeVisible();
  await expect(page.getByText("Belum ada yang diundang.", { exact: false })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  // Nothing decided before the meeting: said so, not two empty lists.
  await page.goto(`/meetings/${draft.id}?tab=record`);
  await expect(page.getByText("Keputusan dan tindak lanjut dicatat selama rapat berlangsung.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("a held meeting lists its decisions and action items; the meetings list shows its status", async ({
  page,
}) => {
  const api = await secretariatInIndonesian(page);
  const stamp = Date.now().toString(36);
  const title = `Rapat ${stamp} penanganan banjir`;
  const meeting = await createMeeting(api, title, "SCHEDULED", new Date(Date.now() - 86_400_000));
  const { version } = await api<{ version: number }>(`/api/v1/meetings/${meeting.id}`);
  await api(`/api/v1/meetings/${meeting.id}/status`, { to: "HELD", version });
  const decisions = [
    `Komite menyetujui realokasi dana ${stamp} untuk tanggap banjir.`,
    `Komite meminta sekretariat melaporkan penyaluran dana ${stamp} pada rapat berikutnya.`,
  ];
  for (const text of decisions) await api(`/api/v1/meetings/${meeting.id}/decisions`, { text });
  const organisation = (
    await api<{ data: { id: string; name: string; acronym: string | null }[] }>("/api/v1/organisations")
  ).data[0];
  const actions = [
    { title: `Kirim anggaran revisi ${stamp}`, dueDate: "2027-01-15", ownerOrganisationId: organisation.id },
    { title: `Bagikan rencana penyaluran ${stamp}`, dueDate: null },
  ];
  const created: { id: string }[] = [];
  for (const a of actions) created.push(await api(`/api/v1/meetings/${meeting.id}/action-items`, a));
  const code = `PSC${meeting.sequenceNumber}`;
  expect(meeting.kind).toBe("PSC");

  // The status and the next step (capturing the record) on the first screen of the phone.
  await page.goto(`/meetings/${meeting.id}`);
  await settle(page);
  await expectOnFirstScreen(page, page.getByText("Telah dilaksanakan", { exact: true }), "the status");
  const next = page.getByRole("link", { name: "Catat jalannya rapat" });
  await expectOnFirstScreen(page, next, "the next step");
  await expect(next).toHaveAttribute("href", `/meetings/${meeting.id}/capture`);
  // The overview counts them, in words.
  await expect(page.getByText("2 keputusan · 2 tindak lanjut (2 masih terbuka)")).toBeVisible();

  await page
    .getByRole("navigation", { name: "Bagian rapat" })
    .getByRole("link", { name: /^Keputusan/ })
    .click();
  await page.waitForURL(/\?tab=record$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);

  // Decisions by number, in order.
  const listed = page.getByRole("region", { name: "Keputusan", exact: true }).getByRole("listitem");
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText("1.");
  await expect(listed.nth(0)).toContainText(decisions[0]);
  await expect(listed.nth(1)).toContainText("2.");
  await expect(listed.nth(1)).toContainText(decisions[1]);

  // Action items by reference, with owner, due date and status; each row opens the item.
  const table = page.getByRole("table", { name: "Tindak lanjut yang ditetapkan dalam rapat ini" });
  const rows = table.locator("tbody").getByRole("row");
  await expect(rows).toHaveCount(2);
  const first = rows.nth(0);
  await expect(first).toContainText(`${code}/A/01`);
  await expect(first).toContainText(actions[0].title);
  await expect(first).toContainText(organisation.acronym ?? organisation.name);
  await expect(first).toContainText("15 Jan 2027");
  // On the phone the status is under the title (its column is left out).
  const status = first.getByText("Terbuka", { exact: true }).filter({ visible: true });
  await expectOnFirstScreenWidth(page, status, "the item's status");
  const second = rows.nth(1);
  await expect(second).toContainText(`${code}/A/02`);
  await expect(second).toContainText("Tanpa tenggat");
  await expect(second).toContainText("Penanggung jawab belum ditentukan");
  await expect(first.getByRole("link")).toHaveAttribute("href", `/actions/${created[0].id}`);
  await expect(second.getByRole("link")).toHaveAttribute("href", `/actions/${created[1].id}`);
  // A click on the row away from the link (the due date) opens the item too.
  await clickWhere(page, second.getByText("Tanpa tenggat"));
  await page.waitForURL(`**/actions/${created[1].id}`);

  // The meetings list on the phone: the meeting's status and date under its title, the row a link.
  // Newest first: meetings other specs created may come before it, so look through the pages.
  const row = page.getByRole("row").filter({ hasText: title });
  for (let n = 1; n <= 10; n++) {
    await page.goto(`/meetings?page=${n}`);
    if ((await row.count()) > 0) break;
  }
  await settle(page);
  const listStatus = row.getByText("Telah dilaksanakan", { exact: true }).filter({ visible: true });
  await expectOnFirstScreenWidth(page, listStatus, "the status");
  await expect(row.getByRole("link")).toHaveCount(1);
  await clickWhere(page, listStatus);
  await page.waitForURL(`**/meetings/${meeting.id}`);
});

/** Inside the phone's width, with the page no wider (further down the page is fine). */
async function expectOnFirstScreenWidth(page: Page, element: Locator, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
  await expect(element, what).toBeVisible();
  const box = (await element.boundingBox())!;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(PHONE.width);
}

/**
 * A real mouse click where the element is shown: on a row whose link is stretched over it, what
 * receives it is the link (Playwright's own click would refuse, seeing the link on top).
 */
async function clickWhere(page: Page, element: Locator) {
  await element.scrollIntoViewIfNeeded();
  const box = (await element.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
