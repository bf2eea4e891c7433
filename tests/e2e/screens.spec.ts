// Every screen the hardening added or changed, as its users see it on a phone: in Bahasa
// Indonesia, 390 px wide. Each must show no English-only catalogue text, fit the width (no
// sideways scrolling), and pass axe with no serious or critical violation. A screenshot of each is
// attached to the report, to look at.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { LOCALE_COOKIE } from "../../i18n/locales";
import { mailParts } from "../support/smtp-server";
import { DEMO_MEETINGS } from "../../prisma/seed/demo-facts";
import { englishOnlyFinder } from "./catalogue";
import { demoUser, logInAs, settle, type TRole } from "./helpers";

const PHONE = { width: 390, height: 844 };
const englishIn = englishOnlyFinder();

test.use({ viewport: PHONE });

/** Switches the signed-in (or anonymous) browser to Bahasa Indonesia through the language cookie. */
async function inIndonesian(page: Page): Promise<void> {
  const { hostname } = new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url());
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "id", domain: hostname, path: "/" }]);
}

/**
 * Opens the screen and checks it in Bahasa Indonesia, at phone width, with axe. `recorded`: texts
 * of the record shown as recorded (an English agenda title stays English), not screen wording.
 */
async function checkScreen(
  page: Page,
  name: string,
  url: string,
  heading?: RegExp | string,
  recorded: string[] = [],
) {
  const response = await page.goto(url);
  expect(response?.status(), name).toBe(200);
  await settle(page);
  // The page's language; the RSVP page names the invitee's on its main element, whatever the cookie.
  const lang = await page.evaluate(
    () => document.querySelector("main[lang]")?.getAttribute("lang") ?? document.documentElement.lang,
  );
  expect(lang, name).toBe("id");
  if (heading) await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);

  const text = recorded.reduce(
    (shown, data) => shown.replaceAll(data, ""),
    await page.locator("body").innerText(),
  );
  expect(englishIn(text), `${name}: English-only text on the Indonesian screen`).toEqual([]);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: wider than ${PHONE.width} px`).toBeLessThanOrEqual(0);

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious, `${name}: axe`).toEqual([]);

  const shot = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  await test.info().attach(name, { path: shot, contentType: "image/png" });
}

async function signedIn(page: Page, role: TRole): Promise<void> {
  await logInAs(page, demoUser(role));
  await inIndonesian(page);
}

test("the administrator's screens: users, a user's sessions and tokens", async ({ page }) => {
  await signedIn(page, "ADMIN");
  await checkScreen(page, "admin", "/admin", "Administrasi");
  const userLink = page.getByRole("link", { name: demoUser("SECRETARIAT").name });
  const href = await userLink.first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/users\/[^/]+$/);
  await checkScreen(page, "admin-user", href!);
});

test("the administrator's public holidays, with the seeded year in Bahasa Indonesia", async ({ page }) => {
  await signedIn(page, "ADMIN");
  await page.goto("/admin");
  const href = await page.getByRole("link", { name: "Hari libur nasional" }).getAttribute("href");
  expect(href).toBe("/admin/holidays");
  await checkScreen(page, "admin-holidays", "/admin/holidays?year=2026", "Hari libur nasional");
  await expect(page.getByRole("heading", { level: 2, name: "Hari libur tahun 2026" })).toBeVisible();
  await expect(page.getByText("Tahun Baru 2026 Masehi")).toBeVisible();
  await expect(page.getByText("17 hari libur tercantum")).toBeVisible();
});

test("the secretariat's outbox and the edit forms that now carry a version", async ({ page }) => {
  await signedIn(page, "SECRETARIAT");
  // The e-mails themselves are shown as sent, each in its recipient's language: record, not wording.
  await page.goto("/outbox");
  const mails = await page.locator("main article h2").allInnerTexts();
  const bodies = await page.locator("main article > :last-child").allInnerTexts();
  await checkScreen(page, "outbox", "/outbox", undefined, [...bodies, ...mails]);
  await page.goto("/directory/people");
  const personHref = await page.locator('a[href$="/edit"]').first().getAttribute("href");
  await checkScreen(page, "person-edit", personHref!);
  await page.goto("/directory");
  const organisationHref = await page
    .locator('a[href*="/directory/organisations/"][href$="/edit"]')
    .first()
    .getAttribute("href");
  await checkScreen(page, "organisation-edit", organisationHref!);
});

test("logging out, and the login page", async ({ page }) => {
  await signedIn(page, "COORDINATOR");
  await checkScreen(page, "logout", "/logout");
  await page.context().clearCookies();
  await inIndonesian(page);
  await checkScreen(page, "login", "/login");
});

test("the RSVP page an invitee opens from the e-mail", async ({ page, browser }) => {
  const mailDir = process.env.E2E_MAIL_DIR;
  if (!mailDir) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests with `npm run test:e2e`");
  await logInAs(page, demoUser("SECRETARIAT"));
  const api = async (url: string, data?: object) => {
    const response = data
      ? await page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } })
      : await page.request.get(url);
    expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
    return response.json();
  };
  const programmeId = (await api("/api/v1/programmes")).data[0].id as string;
  const stamp = Date.now().toString(36);
  const title = `Phone RSVP ${stamp} meeting`;
  // Scheduled at once: a draft takes no invitations.
  const meeting = await api("/api/v1/meetings", {
    programmeId,
    title,
    status: "SCHEDULED",
    startsAt: "2027-03-10T02:00:00.000Z",
    endsAt: "2027-03-10T05:00:00.000Z",
    onlineUrl: "msteams:/l/meetup-join/19%3ameeting_x",
  });
  const person = await api("/api/v1/people", {
    name: `Rina Ponsel ${stamp}`,
    email: `rina.${stamp}@example.org`,
    language: "id",
  });
  await api(`/api/v1/meetings/${meeting.id}/invitations`, { personIds: [person.id] });

  let link: string | undefined;
  await expect
    .poll(
      () => {
        for (const file of fs.readdirSync(mailDir)) {
          const raw = fs.readFileSync(path.join(mailDir, file), "utf8");
          if (!raw.includes(`rina.${stamp}@example.org`)) continue;
          const text = mailParts(raw).find((p) => p.contentType.startsWith("text/plain"))?.body ?? "";
          link = /(https?:\/\/\S+\/rsvp\/\S+)/.exec(text)?.[1];
        }
        return link;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();

  const context = await browser.newContext({ viewport: PHONE });
  const invitee = await context.newPage();
  await checkScreen(invitee, "rsvp", link!);
  // The Teams link is shown as text: only web links are clickable.
  await expect(invitee.getByText("msteams:/l/meetup-join/19%3ameeting_x")).toBeVisible();
  await context.close();
});

test("the meeting cycle's screens: new meeting, invite to a draft, register before the day, minutes versions", async ({
  page,
}) => {
  await signedIn(page, "SECRETARIAT");
  await checkScreen(page, "meeting-new", "/meetings/new");
  const origin = new URL(page.url()).origin;
  const programmeId = (
    (await (await page.request.get("/api/v1/programmes")).json()).data[0] as { id: string }
  ).id;
  const create = async (title: string, status: "DRAFT" | "SCHEDULED", day: string) => {
    const response = await page.request.post("/api/v1/meetings", {
      headers: { origin },
      data: { programmeId, title, status, startsAt: `${day}T02:00:00.000Z`, endsAt: `${day}T05:00:00.000Z` },
    });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const stamp = Date.now().toString(36);
  const draft = await create(`Draft ${stamp} meeting`, "DRAFT", "2027-04-14");
  await checkScreen(page, "invite-draft", `/meetings/${draft}/invite`);
  const later = await create(`Later ${stamp} meeting`, "SCHEDULED", "2027-04-21");
  await checkScreen(page, "register-before-day", `/meetings/${later}/register`);

  // A held demo meeting: its outputs page carries the minutes versions.
  const meetings = (await (await page.request.get(`/api/v1/meetings?programmeId=${programmeId}`)).json()) as {
    data: { id: string; status: string }[];
  };
  const held = meetings.data.find(
    (m) => m.status !== "DRAFT" && m.status !== "SCHEDULED" && m.status !== "CANCELLED",
  );
  expect(held).toBeTruthy();
  await checkScreen(page, "minutes-versions", `/meetings/${held!.id}/outputs`);
});

test("a member's home: their meetings, answered in the app and by keyboard", async ({ page, browser }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  const origin = new URL(page.url()).origin;
  const api = async <T>(url: string, data?: object): Promise<T> => {
    const response = data
      ? await page.request.post(url, { data, headers: { origin } })
      : await page.request.get(url);
    expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
    return (await response.json()) as T;
  };
  const member = demoUser("MEMBER");
  const people = await api<{ data: { id: string; email: string | null }[] }>(
    `/api/v1/people?q=${encodeURIComponent(member.name)}`,
  );
  const memberPerson = people.data.find((p) => p.email === member.email);
  expect(memberPerson, `${member.email} is a person of the directory`).toBeTruthy();
  const programmeId = (await api<{ data: { id: string }[] }>("/api/v1/programmes")).data[0].id;
  const title = `Member home ${Date.now().toString(36)} meeting`;
  // Tomorrow, so it comes first among the member's upcoming meetings.
  const startsAt = new Date(Date.now() + 86_400_000);
  const meeting = await api<{ id: string }>("/api/v1/meetings", {
    programmeId,
    title,
    status: "SCHEDULED",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    venueBuilding: "Gedung Saleh Afiff",
    onlineUrl: "https://meet.example.org/home",
  });
  await api(`/api/v1/meetings/${meeting.id}/invitations`, { personIds: [memberPerson!.id] });

  const context = await browser.newContext({ viewport: PHONE });
  const home = await context.newPage();
  await logInAs(home, member);
  await inIndonesian(home);
  await checkScreen(home, "member-home", "/", "Rapat saya");

  const card = home
    .getByRole("listitem")
    .filter({ has: home.getByRole("heading", { level: 3, name: title }) });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("link", { name: title })).toHaveAttribute("href", `/meetings/${meeting.id}`);
  await expect(card.getByText("Gedung Saleh Afiff")).toBeVisible();
  await expect(card.getByRole("link", { name: "Bergabung daring" })).toHaveAttribute(
    "href",
    "https://meet.example.org/home",
  );
  await expect(card.getByText("Belum dijawab")).toBeVisible();

  const decline = card.getByRole("button", { name: "Saya tidak dapat hadir" });
  const accept = card.getByRole("button", { name: "Saya akan hadir" });
  await decline.click();
  await expect(card.getByText("Jawaban Anda telah disimpan.")).toBeVisible();
  await expect(card.getByText("Anda tidak akan hadir")).toBeVisible();
  await expect(decline).toHaveAttribute("aria-pressed", "true");

  // The keyboard alone: focus the other answer and press Enter.
  await accept.focus();
  await home.keyboard.press("Enter");
  await expect(card.getByText("Anda akan hadir", { exact: true })).toBeVisible();
  await expect(accept).toHaveAttribute("aria-pressed", "true");
  await expect(decline).toHaveAttribute("aria-pressed", "false");

  // The secretariat sees the member's answer in the meeting's register.
  const register = await api<{ data: { personId: string | null; rsvp: string }[] }>(
    `/api/v1/meetings/${meeting.id}/attendance`,
  );
  expect(register.data.find((row) => row.personId === memberPerson!.id)?.rsvp).toBe("ACCEPTED");
  await context.close();
});

/** The demo's meeting with adopted minutes, as its page's address. */
async function adoptedMeeting(page: Page): Promise<string> {
  const meetings = (await (await page.request.get("/api/v1/meetings?status=MINUTES_ADOPTED")).json()) as {
    data: { id: string }[];
  };
  expect(meetings.data.length).toBeGreaterThan(0);
  return `/meetings/${meetings.data[0].id}`;
}

test("the meeting page of adopted minutes, tab by tab", async ({ page }) => {
  // Four screens, each read through by axe.
  test.setTimeout(90_000);
  await signedIn(page, "SECRETARIAT");
  const adopted = await adoptedMeeting(page);
  // The demo record was written in English: its agenda, decisions and action items are data.
  const record = async <T>(kind: string) =>
    ((await (await page.request.get(`/api/v1${adopted}/${kind}`)).json()) as { data: T[] }).data;
  const recorded = [
    "Opening remarks by the co-chairs",
    ...(await record<{ text: string }>("decisions")).map((d) => d.text),
    ...(
      await record<{
        title: string;
        ownerOrganisation: { name: string; acronym: string | null } | null;
        ownerPerson: { name: string } | null;
      }>("action-items")
    ).flatMap((a) => [a.title, a.ownerOrganisation?.acronym, a.ownerOrganisation?.name, a.ownerPerson?.name]),
  ].filter((text): text is string => Boolean(text));
  await checkScreen(page, "meeting-adopted", adopted, undefined, recorded);
  // Adopted: the minutes are the next step for everyone.
  await expect(page.getByRole("link", { name: "Notulen dan ringkasan" }).first()).toBeVisible();
  for (const tab of ["agenda", "attendance", "record"]) {
    await checkScreen(page, `meeting-adopted-${tab}`, `${adopted}?tab=${tab}`, undefined, recorded);
  }
});

test("the public verification of adopted minutes: by fingerprint, by file, and by keyboard", async ({
  page,
  browser,
}) => {
  // The demo's adopted minutes: their fingerprint as the meeting page's minutes tab shows it.
  await signedIn(page, "SECRETARIAT");
  await checkScreen(page, "meeting-adopted-minutes", `${await adoptedMeeting(page)}?tab=minutes`, undefined, [
    "Opening remarks by the co-chairs",
  ]);
  const fingerprint = (await page.getByTestId("minutes-fingerprint").innerText()).trim();
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);

  // Anyone, signed out, at phone width, in Bahasa Indonesia.
  const context = await browser.newContext({ viewport: PHONE });
  const anonymous = await context.newPage();
  await inIndonesian(anonymous);
  await checkScreen(
    anonymous,
    "verify-found",
    `/verify?fingerprint=${fingerprint}`,
    "Verifikasi notulen yang disahkan",
  );
  await expect(
    anonymous.getByRole("heading", { level: 2, name: "Versi notulen yang disahkan" }),
  ).toBeVisible();
  await expect(anonymous.getByText("Sidik jari versi yang disahkan.")).toBeVisible();

  // By keyboard: a made-up fingerprint typed into the field and sent with Enter.
  const madeUp = `${fingerprint.slice(0, 63)}${fingerprint.endsWith("0") ? "1" : "0"}`;
  const field = anonymous.getByLabel("Sidik jari atau SHA-256");
  await field.focus();
  await field.fill(madeUp);
  await field.press("Enter");
  await anonymous.waitForURL(`**/verify?fingerprint=${madeUp}`);
  await expect(
    anonymous.getByRole("heading", { level: 2, name: "Bukan versi notulen yang disahkan di sini." }),
  ).toBeVisible();

  // A chosen file is hashed in the browser: only its SHA-256 reaches the server, in the address.
  const file = Buffer.from("not minutes at all\n");
  const hash = createHash("sha256").update(file).digest("hex");
  const sent: string[] = [];
  anonymous.on("request", (request) => sent.push(request.postData() ?? ""));
  await anonymous.getByLabel("Pilih berkas (PDF atau DOCX)").setInputFiles({
    name: "minutes.pdf",
    mimeType: "application/pdf",
    buffer: file,
  });
  await anonymous.waitForURL(`**/verify?fingerprint=${hash}`);
  await expect(
    anonymous.getByRole("heading", { level: 2, name: "Bukan versi notulen yang disahkan di sini." }),
  ).toBeVisible();
  expect(sent.some((body) => body.includes("not minutes at all"))).toBe(false);
  await context.close();
});

test("the reviewer's screen of draft minutes: by the e-mailed link, and in the app", async ({
  page,
  browser,
}) => {
  const mailDir = process.env.E2E_MAIL_DIR;
  if (!mailDir) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests with `npm run test:e2e`");
  await logInAs(page, demoUser("SECRETARIAT"));
  const origin = new URL(page.url()).origin;
  const api = async <T>(url: string, data?: object): Promise<T> => {
    const response = data
      ? await page.request.post(url, { data, headers: { origin } })
      : await page.request.get(url);
    expect(response.ok(), `${url}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };

  // A meeting held yesterday with one participant, whose draft minutes are circulated to them.
  const programmeId = (await api<{ data: { id: string }[] }>("/api/v1/programmes")).data[0].id;
  const stamp = Date.now().toString(36);
  const startsAt = new Date(Date.now() - 86_400_000);
  const meeting = await api<{ id: string }>("/api/v1/meetings", {
    programmeId,
    title: `Review ${stamp} meeting`,
    status: "SCHEDULED",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
  });
  const email = `sri.${stamp}@example.org`;
  const person = await api<{ id: string }>("/api/v1/people", {
    name: `Sri Peninjau ${stamp}`,
    email,
    language: "id",
  });
  await api(`/api/v1/meetings/${meeting.id}/invitations`, { personIds: [person.id] });
  const rows = await api<{ data: { id: string; personId: string | null }[] }>(
    `/api/v1/meetings/${meeting.id}/attendance`,
  );
  const row = rows.data.find((r) => r.personId === person.id)!;
  const marked = await page.request.patch(`/api/v1/meetings/${meeting.id}/attendance/${row.id}`, {
    data: { attendance: "PRESENT" },
    headers: { origin },
  });
  expect(marked.ok(), `attendance: ${await marked.text()}`).toBe(true);
  const { version } = await api<{ version: number }>(`/api/v1/meetings/${meeting.id}`);
  await api(`/api/v1/meetings/${meeting.id}/status`, { to: "HELD", version });
  await api(`/api/v1/meetings/${meeting.id}/minutes/versions`, { number: 1 });
  await api(`/api/v1/meetings/${meeting.id}/minutes/circulate`, { number: 1, reviewerIds: [person.id] });

  let link: string | undefined;
  await expect
    .poll(
      () => {
        for (const file of fs.readdirSync(mailDir)) {
          const raw = fs.readFileSync(path.join(mailDir, file), "utf8");
          if (!raw.startsWith(`X-Envelope-To: ${email}\r\n`)) continue;
          const text = mailParts(raw).find((p) => p.contentType.startsWith("text/plain"))?.body ?? "";
          link = /(https?:\/\/\S+\/review\/\S+)/.exec(text)?.[1] ?? link;
        }
        return link;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();

  // The reviewer, signed out, in their own language (no cookie), on a phone.
  const context = await browser.newContext({ viewport: PHONE });
  const reviewer = await context.newPage();
  await checkScreen(reviewer, "review-link", link!, new RegExp(`— Review ${stamp} meeting$`));
  // The comment form, opened by keyboard, checked with its messages showing.
  const purpose = reviewer.locator("#meeting");
  await purpose.getByRole("button", { name: "Tanggapi Tujuan rapat" }).focus();
  await reviewer.keyboard.press("Enter");
  await expect(purpose.getByLabel("Tanggapan", { exact: true })).toBeFocused();
  await purpose.getByRole("button", { name: "Kirim tanggapan" }).click();
  await expect(purpose.getByText("Tuliskan tanggapan Anda.")).toBeVisible();
  const { violations } = await new AxeBuilder({ page: reviewer })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .analyze();
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
  ).toEqual([]);
  await context.close();

  // In the app: the demo member, to whom the seeded meeting's draft minutes were circulated.
  const meetings = await api<{ data: { id: string; title: string }[] }>(
    `/api/v1/meetings?programmeId=${programmeId}`,
  );
  const seeded = meetings.data.find((m) => m.title === DEMO_MEETINGS.second.title);
  expect(seeded, "the demo's meeting in review").toBeTruthy();
  const memberContext = await browser.newContext({ viewport: PHONE });
  const member = await memberContext.newPage();
  await signedIn(member, "MEMBER");
  await member.goto(`/meetings/${seeded!.id}`);
  await member.getByRole("link", { name: "Tinjau rancangan notulen" }).click();
  await member.waitForURL(`**/meetings/${seeded!.id}/minutes/review`);
  // The demo agenda was recorded in English.
  await checkScreen(member, "review-app", `/meetings/${seeded!.id}/minutes/review`, undefined, [
    "Opening remarks by the co-chairs",
    "Matters arising from the 1st PSC meeting",
  ]);
  await memberContext.close();
});

test("the secretariat's review screens: circulation, the response log, a tracked change, disposition by keyboard", async ({
  page,
}) => {
  const mailDir = process.env.E2E_MAIL_DIR;
  if (!mailDir) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests with `npm run test:e2e`");
  await signedIn(page, "SECRETARIAT");
  const origin = new URL(page.url()).origin;
  const api = async <T>(url: string, data?: object): Promise<T> => {
    const response = data
      ? await page.request.post(url, { data, headers: { origin } })
      : await page.request.get(url);
    expect(response.ok(), `${url}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };

  // A meeting held yesterday, one present participant with an e-mail address, one decision, a draft.
  const programmeId = (await api<{ data: { id: string }[] }>("/api/v1/programmes")).data[0].id;
  const stamp = Date.now().toString(36);
  const title = `Consolidation ${stamp} meeting`;
  const startsAt = new Date(Date.now() - 86_400_000);
  const meeting = await api<{ id: string }>("/api/v1/meetings", {
    programmeId,
    title,
    status: "SCHEDULED",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
  });
  const email = `wati.${stamp}@example.org`;
  const name = `Wati Konsolidasi ${stamp}`;
  const person = await api<{ id: string }>("/api/v1/people", { name, email, language: "id" });
  await api(`/api/v1/meetings/${meeting.id}/invitations`, { personIds: [person.id] });
  const rows = await api<{ data: { id: string; personId: string | null }[] }>(
    `/api/v1/meetings/${meeting.id}/attendance`,
  );
  const marked = await page.request.patch(
    `/api/v1/meetings/${meeting.id}/attendance/${rows.data.find((r) => r.personId === person.id)!.id}`,
    { data: { attendance: "PRESENT" }, headers: { origin } },
  );
  expect(marked.ok(), `attendance: ${await marked.text()}`).toBe(true);
  const { version } = await api<{ version: number }>(`/api/v1/meetings/${meeting.id}`);
  await api(`/api/v1/meetings/${meeting.id}/status`, { to: "HELD", version });
  const decision = await api<{ id: string }>(`/api/v1/meetings/${meeting.id}/decisions`, {
    text: "Komite menyetujui rencana kerja tahun 2027.",
  });
  await api(`/api/v1/meetings/${meeting.id}/minutes/versions`, { number: 1 });

  // The circulation form: the present participant ticked, the deadline shown, a confirmation first.
  await checkScreen(page, "minutes-circulate", `/meetings/${meeting.id}/outputs`, undefined, [title]);
  await expect(page.getByRole("checkbox", { name })).toBeChecked();
  await page.getByLabel("Hari kerja").fill("5");
  await expect(page.getByText(/^Batas waktu: /)).toBeVisible();
  await page.getByRole("button", { name: "Edarkan versi 1" }).click();
  await page.getByRole("button", { name: "Edarkan dan kirim e-mail" }).click();
  await expect(page.getByText(/^Versi 1 diedarkan pada .* kepada 1 peninjau/)).toBeVisible();

  // The reviewer comments on the decision with replacement text, by the link in their e-mail.
  let link: string | undefined;
  await expect
    .poll(
      () => {
        for (const file of fs.readdirSync(mailDir)) {
          const raw = fs.readFileSync(path.join(mailDir, file), "utf8");
          if (!raw.startsWith(`X-Envelope-To: ${email}\r\n`)) continue;
          const text = mailParts(raw).find((p) => p.contentType.startsWith("text/plain"))?.body ?? "";
          link = /https?:\/\/\S+\/review\/(\S+)/.exec(text)?.[1] ?? link;
        }
        return link;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  await api(`/api/v1/review/${link}/comments`, {
    anchor: `decision-${decision.id}`,
    body: "Tahun rencana kerja perlu disebutkan lengkap.",
    kind: "SUBSTANTIVE",
    replacementText: "Komite menyetujui rencana kerja dan anggaran tahun 2027.",
  });
  await api(`/api/v1/review/${link}/answer`, { answer: "COMMENTS_SUBMITTED" });

  await page.getByRole("link", { name: "Pantau peninjauan dan konsolidasikan tanggapan" }).click();
  await page.waitForURL(`**/meetings/${meeting.id}/minutes/consolidation`);
  await checkScreen(
    page,
    "consolidation",
    `/meetings/${meeting.id}/minutes/consolidation`,
    "Konsolidasi notulen",
    [title],
  );
  // The response log: a real table, the reviewer's answer in it.
  const log = page.getByRole("table", { name: "Jawaban atas versi 1, per organisasi" });
  await expect(log.getByRole("row", { name: /Tanpa organisasi/ })).toContainText("Sudah menjawab");
  // The proposed change as a tracked change: only the words it changes struck and inserted.
  await expect(page.locator("ins", { hasText: "dan anggaran" })).toBeVisible();
  await expect(page.locator("del")).toHaveCount(0);

  // Grouped by organisation, by keyboard.
  await page.getByRole("link", { name: "Menurut organisasi" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/by=organisation/);
  await expect(page.getByRole("heading", { level: 3, name: "Peninjau tanpa organisasi (1)" })).toBeVisible();

  // Accepted by keyboard: the text is written into the record.
  const card = page.getByRole("article", { name: new RegExp(name) });
  await card.getByRole("radio", { name: "Diterima", exact: true }).focus();
  await page.keyboard.press("Space");
  await card.getByLabel("Balasan kepada peninjau").fill("Diterima, terima kasih.");
  await card.getByRole("button", { name: "Simpan tindak lanjut" }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByText("Tindak lanjut telah disimpan.")).toBeVisible();
  await expect(card.getByText(/^Teks yang diterima telah dimasukkan ke dalam catatan rapat/)).toBeVisible();
  const decisions = await api<{ data: { id: string; text: string }[] }>(
    `/api/v1/meetings/${meeting.id}/decisions`,
  );
  expect(decisions.data.find((d) => d.id === decision.id)?.text).toBe(
    "Komite menyetujui rencana kerja dan anggaran tahun 2027.",
  );
});

test("an action item's page with its history and the progress form, for a coordinator", async ({ page }) => {
  await signedIn(page, "COORDINATOR");
  // A seeded action item: the first meeting that has one.
  const meetings = (await (await page.request.get("/api/v1/meetings")).json()) as { data: { id: string }[] };
  let id: string | undefined;
  for (const m of meetings.data) {
    const items = (await (await page.request.get(`/api/v1/meetings/${m.id}/action-items`)).json()) as {
      data: { id: string }[];
    };
    id = items.data[0]?.id;
    if (id) break;
  }
  expect(id, "a seeded action item").toBeTruthy();
  const item = (await (await page.request.get(`/api/v1/action-items/${id}`)).json()) as {
    reference: string;
    title: string;
    description: string | null;
    meeting: { title: string };
    agendaItem: { title: string } | null;
    raisedBy: { text: string } | null;
    ownerOrganisation: { name: string } | null;
    ownerPerson: { name: string } | null;
    updates: { body: string; authorName: string | null }[];
  };
  // What was recorded (titles, names, notes) is shown as recorded, not as screen wording.
  const recorded = [
    item.title,
    item.description,
    item.meeting.title,
    item.agendaItem?.title,
    item.raisedBy?.text,
    item.ownerOrganisation?.name,
    item.ownerPerson?.name,
    ...item.updates.flatMap((u) => [u.body, u.authorName]),
  ].filter((text): text is string => Boolean(text));
  await checkScreen(page, "action-item", `/actions/${id}`, `${item.reference} · ${item.title}`, recorded);
  await expect(page.getByRole("heading", { level: 2, name: "Perkembangan", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Catat perkembangan" })).toBeVisible();
  // The text's label follows the status chosen.
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Dibatalkan" });
  await expect(page.getByLabel("Alasan")).toBeVisible();
});

test("the follow-up register, filtered in the address, for a coordinator", async ({ page }) => {
  await signedIn(page, "COORDINATOR");
  const url = "/actions?status=OPEN,IN_PROGRESS,REPORTED_DONE&sort=due&order=desc";
  const register = (await (
    await page.request.get("/api/v1/action-items?status=OPEN,IN_PROGRESS,REPORTED_DONE&pageSize=100")
  ).json()) as {
    total: number;
    data: {
      title: string;
      ownerOrganisation: { name: string; acronym: string | null } | null;
      ownerPerson: { name: string } | null;
      programme: { title: string };
    }[];
  };
  expect(register.total, "seeded open action items").toBeGreaterThan(0);
  // The filter's choices name recorded things (programmes, meetings, organisations): shown as recorded.
  await page.goto(url);
  const choices = await page.locator("select option").allInnerTexts();
  const recorded = [
    ...choices.map((c) => c.trim()),
    ...register.data.flatMap((a) => [
      a.title,
      a.ownerOrganisation?.acronym,
      a.ownerOrganisation?.name,
      a.ownerPerson?.name,
      a.programme.title,
    ]),
  ].filter((text): text is string => Boolean(text));
  await checkScreen(page, "action-register", url, "Tindak lanjut", recorded);
  // The filter came from the address; the due column is the sorted one, descending.
  await expect(page.getByRole("columnheader", { name: /Tenggat/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("OPEN,IN_PROGRESS,REPORTED_DONE");
  // A count per status is a link that sets that status, the rest of the filter kept.
  await page.getByRole("link", { name: /^Terbuka: \d+$/ }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/status=OPEN(&|$)/);
  await expect(page.getByRole("link", { name: /^Terbuka: \d+$/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("columnheader", { name: /Tenggat/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  // Each row opens the action item's page.
  const first = page.getByRole("table").locator("tbody").getByRole("link").first();
  expect(await first.getAttribute("href")).toMatch(/^\/actions\/[^/?]+$/);
});

test("the accountability view of a programme, for a coordinator", async ({ page }) => {
  await signedIn(page, "COORDINATOR");
  const programmes = (await (await page.request.get("/api/v1/programmes")).json()) as {
    data: { id: string; title: string }[];
  };
  const programme = programmes.data[0];
  const data = (await (
    await page.request.get(`/api/v1/programmes/${programme.id}/accountability`)
  ).json()) as {
    totals: { total: number };
    organisations: { organisation: { name: string; acronym: string | null } | null }[];
  };
  expect(data.totals.total, "seeded action items of the programme").toBeGreaterThan(0);
  const url = `/actions/accountability?programmeId=${programme.id}`;
  await page.goto(url);
  const recorded = [
    ...(await page.locator("select option").allInnerTexts()).map((c) => c.trim()),
    ...data.organisations.flatMap((o) =>
      o.organisation
        ? [
            o.organisation.acronym
              ? `${o.organisation.acronym} — ${o.organisation.name}`
              : o.organisation.name,
            o.organisation.acronym ?? o.organisation.name,
          ]
        : [],
    ),
  ];
  await checkScreen(page, "action-accountability", url, "Akuntabilitas", recorded);
  // The chart is drawn (recharts' SVG) and named as an image; the table beside it carries the figures.
  const chart = page.getByRole("img", { name: /Diagram batang tindak lanjut per instansi/ });
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  const table = page.getByRole("table", { name: "Tindak lanjut per instansi" });
  await expect(table.getByRole("row")).toHaveCount(data.organisations.length + 2);
  // A figure opens the register filtered to those items of the programme.
  const overdue = table.getByRole("link", { name: /tindak lanjut: Lewat tenggat/ }).first();
  if ((await overdue.count()) > 0) {
    expect(await overdue.getAttribute("href")).toMatch(
      /^\/actions\?programmeId=[^&]+(&organisationId=[^&]+)?&overdue=true$/,
    );
  }
});

/** A bilingual programme (issue 12), made by the administrator: programmes are theirs to manage. */
async function bilingualProgramme(page: Page) {
  await signedIn(page, "ADMIN");
  const api = async <T>(url: string, data?: object): Promise<T> => {
    const response = data
      ? await page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } })
      : await page.request.get(url);
    expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
    return (await response.json()) as T;
  };
  const stamp = Date.now().toString(36);
  const programme = await api<{ id: string; title: string }>("/api/v1/programmes", {
    title: `Bilingual screens ${stamp}`,
    country: "Indonesia",
    recordLanguage: "en",
    description: "Adaptive social protection.",
    descriptionTranslation: "Perlindungan sosial adaptif.",
  });
  return { api, stamp, programme };
}

test("the programme form: its record language, and each text beside its other wording", async ({ page }) => {
  const { programme } = await bilingualProgramme(page);
  await checkScreen(page, "bilingual-programme-edit", `/programmes/${programme.id}/edit`);
  await expect(page.getByRole("group", { name: "Bahasa catatan rapat" })).toBeVisible();
  await expect(page.getByLabel("Deskripsi — Bahasa Indonesia")).toHaveValue("Perlindungan sosial adaptif.");
});

test("the meeting form, co-chairs and capture screen, each text beside its other wording", async ({
  page,
}) => {
  // The administrator may do what the secretariat does, in the programme they just made.
  const { api, stamp, programme } = await bilingualProgramme(page);
  const recorded = {
    title: `Bilingual screens ${stamp} meeting`,
    capacity: "Minister of Finance",
    summary: "Presented the budget revision.",
    decision: "The Committee endorsed the budget.",
  };
  const meeting = await api<{ id: string }>("/api/v1/meetings", {
    programmeId: programme.id,
    title: recorded.title,
    purpose: "Review the workplan",
    purposeTranslation: "Meninjau rencana kerja",
    status: "SCHEDULED",
    startsAt: "2027-05-20T02:00:00.000Z",
    endsAt: "2027-05-20T05:00:00.000Z",
  });
  const person = await api<{ id: string; name: string }>("/api/v1/people", { name: `Sri Layar ${stamp}` });
  await api(`/api/v1/meetings/${meeting.id}/co-chairs`, {
    personId: person.id,
    capacity: recorded.capacity,
    capacityTranslation: "Menteri Keuangan",
  });
  await api(`/api/v1/meetings/${meeting.id}/invitations`, { personIds: [person.id] });
  await api(`/api/v1/meetings/${meeting.id}/remarks`, {
    speakerPersonId: person.id,
    summary: recorded.summary,
    summaryTranslation: "Memaparkan revisi anggaran.",
  });
  await checkScreen(page, "bilingual-meeting-edit", `/meetings/${meeting.id}/edit`, undefined, [
    recorded.title,
    recorded.capacity,
  ]);
  await expect(page.getByLabel("Tujuan — Bahasa Indonesia")).toHaveValue("Meninjau rencana kerja");
  await expect(page.getByLabel("Kapasitas — Bahasa Indonesia (opsional)")).toBeVisible();

  // A decision half typed with its Indonesian wording (a kept draft): the form opens with both.
  await page.evaluate(
    ([key, draft]) => window.localStorage.setItem(key, draft),
    [
      `notulen:capture-draft:${meeting.id}:decision-new`,
      JSON.stringify({ text: recorded.decision, textTranslation: "Komite menyetujui anggaran." }),
    ],
  );
  await checkScreen(page, "bilingual-capture", `/meetings/${meeting.id}/capture`, undefined, [
    recorded.title,
    recorded.summary,
    recorded.decision,
  ]);
  const decision = page.getByRole("form", { name: "Keputusan baru" });
  await expect(decision.getByLabel("Keputusan — Bahasa Indonesia")).toHaveValue(
    "Komite menyetujui anggaran.",
  );
  await expect(decision.getByRole("button", { name: "Sembunyikan versi Bahasa Indonesia" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(
    page.getByRole("form", { name: "Catatan pembicara baru" }).getByRole("button", {
      name: "Tambahkan versi Bahasa Indonesia",
    }),
  ).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator('span[lang="id"]', { hasText: "Memaparkan revisi anggaran." })).toBeVisible();
});
