// With the app switched to Bahasa Indonesia, an invalid submission on each form screen shows only
// Indonesian messages: every alert and field error (and the CSV import's row errors, the bundle
// import's problems) must be a message of the Indonesian catalogue, values filled in, and none may
// carry English-only wording. Nothing is saved by these submissions.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./fixtures";
import { DEMO_MEETINGS, DEMO_USERS } from "../../prisma/seed/demo-facts";
import { englishOnlyFinder, loadCatalogue, shownMessages } from "./catalogue";
import { ROOT, demoUser, logInAs, settle, type TRole } from "./helpers";

const indonesian = loadCatalogue("id");
const englishIn = englishOnlyFinder();

/** A demo organisation's full name, to try to create it a second time. */
const TAKEN_ORGANISATION_NAME: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "prisma", "seed", "directory.json"), "utf8"),
).organisations[0].name;

/** Signs in (the secretariat, unless said) and switches the UI to Bahasa Indonesia with the switch. */
async function startInIndonesian(page: Page, role: TRole = "SECRETARIAT"): Promise<void> {
  await logInAs(page, demoUser(role));
  await page
    .getByRole("form", { name: "Language" })
    .getByRole("button", { name: /Bahasa Indonesia/ })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapat");
}

/** The path of a demo meeting's page, from its link on the meetings list. */
async function meetingPath(page: Page, title: string): Promise<string> {
  await page.goto("/meetings");
  const href = await page.getByRole("link", { name: title }).getAttribute("href");
  expect(href).toMatch(/^\/meetings\/[^/]+$/);
  return href!;
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await settle(page);
}

/**
 * Collects the messages the page shows and checks each against the Indonesian catalogue; fails
 * listing those that are not Indonesian messages and those with English-only wording. `expected`:
 * keys that must be among them (the submission was refused for the reason the screen is about).
 */
async function expectOnlyIndonesian(
  page: Page,
  screen: string,
  options: { extra?: string[]; expected?: string[] } = {},
): Promise<void> {
  await settle(page);
  const shown = await shownMessages(page, options.extra);
  await test
    .info()
    .attach(`${screen}: messages shown`, { body: shown.join("\n"), contentType: "text/plain" });
  expect(shown, `${screen}: no message shown`).not.toEqual([]);
  const notIndonesian = shown.filter((text) => indonesian.partsOf(text) === null);
  expect(
    notIndonesian,
    `${screen}: messages not in the Indonesian catalogue:\n  ${notIndonesian.join("\n  ")}`,
  ).toEqual([]);
  const english = shown.flatMap((text) => englishIn(text).map((run) => `${text}  ←  “${run}”`));
  expect(english, `${screen}: messages with English-only wording:\n  ${english.join("\n  ")}`).toEqual([]);
  const keys = shown.flatMap((text) => (indonesian.partsOf(text) ?? []).flat());
  for (const key of options.expected ?? []) {
    expect(keys, `${screen}: expected the message ${key} among ${shown.join(" | ")}`).toContain(key);
  }
}

test.describe("in Bahasa Indonesia, an invalid submission shows only Indonesian messages", () => {
  test("schedule a meeting", async ({ page }) => {
    await startInIndonesian(page);
    await open(page, "/meetings/new");
    await page.locator("#endTime").fill("08:00");
    await page.getByLabel("Tautan daring").fill("bukan tautan");
    await page.getByRole("button", { name: "Jadwalkan rapat" }).click();
    await expect(page.locator("#title-error")).toBeVisible();
    await expectOnlyIndonesian(page, "meeting", {
      expected: [
        "errors.VALIDATION",
        "meeting.errors.titleRequired",
        "meeting.errors.dateRequired",
        "meeting.errors.endBeforeStart",
        "meeting.errors.onlineUrlInvalid",
      ],
    });
  });

  test("agenda item", async ({ page }) => {
    await startInIndonesian(page);
    await open(page, `${await meetingPath(page, DEMO_MEETINGS.third.title)}/agenda`);
    await page.locator("#new-item-minutes").fill("banyak");
    await page.getByRole("button", { name: "Tambah butir", exact: true }).click();
    await expect(page.locator("#new-item-title-error")).toBeVisible();
    await expectOnlyIndonesian(page, "agenda item", {
      expected: ["meeting.errors.itemTitleRequired", "meeting.errors.plannedMinutesNumber"],
    });
  });

  test("programme", async ({ page }) => {
    // Only an administrator may create a programme (canCreateProgramme).
    await startInIndonesian(page, "ADMIN");
    await open(page, "/programmes/new");
    await page.getByLabel("Durasi (bulan)").fill("0");
    await page.getByRole("button", { name: "Simpan program" }).click();
    await expect(page.locator("#title-error")).toBeVisible();
    await expectOnlyIndonesian(page, "programme", {
      expected: ["programme.form.fixErrors", "programme.errors.titleRequired", "errors.field.tooSmall"],
    });
  });

  test("organisation", async ({ page }) => {
    await startInIndonesian(page);
    await open(page, "/directory/organisations/new");
    const save = page.getByRole("button", { name: "Simpan organisasi" });
    await save.click();
    await expect(page.locator("#name-error")).toBeVisible();
    await expectOnlyIndonesian(page, "organisation (empty)", { expected: ["organisation.form.fixErrors"] });

    // What only the server knows: the name is taken.
    await page.locator("#name").fill(TAKEN_ORGANISATION_NAME);
    await page.locator("#kind").selectOption("GOVERNMENT_MINISTRY");
    await save.click();
    await expect(page.locator("#name-error")).toContainText("sudah");
    await expectOnlyIndonesian(page, "organisation (name taken)", {
      expected: ["organisation.errors.duplicateName"],
    });
  });

  test("person", async ({ page }) => {
    await startInIndonesian(page);
    await open(page, "/directory/people/new");
    await page.locator("#email").fill("bukan-email");
    const save = page.getByRole("button", { name: "Simpan", exact: true });
    await save.click();
    await expect(page.locator("#name-error")).toBeVisible();
    await expectOnlyIndonesian(page, "person (empty name, bad e-mail)", {
      expected: ["people.form.fixErrors", "people.errors.nameRequired", "errors.field.invalidEmail"],
    });

    // What only the server knows: another person has this e-mail.
    await page.locator("#name").fill("Orang Uji Bahasa");
    await page.locator("#email").fill(DEMO_USERS.bappenasMember);
    await save.click();
    await expect(page.locator("#name-error")).toBeHidden();
    await expect(page.locator("#email-error")).toBeVisible();
    await expectOnlyIndonesian(page, "person (e-mail taken)", { expected: ["people.errors.duplicateEmail"] });
  });

  test("CSV import of people", async ({ page }) => {
    await startInIndonesian(page);
    await open(page, "/directory/people/import");
    await page.getByLabel("Atau pilih berkas CSV").setInputFiles({
      name: "orang.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "nama,jabatan,organisasi,surel,jenis kelamin,bahasa\n" +
          "Putri Maharani,Analis,Bappenas,putri.uji@bappenas.example,perempuan,id\n" +
          ",Penasihat,Organisasi Tak Dikenal,bukan-email,tidak tahu,klingon\n",
      ),
    });
    await page.getByRole("button", { name: "Periksa berkas" }).click();
    const errors = page.locator('section[aria-labelledby="import-errors"]');
    await expect(errors.getByRole("row").nth(1)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Impor \d+ orang$/ })).toBeDisabled();
    await expectOnlyIndonesian(page, "CSV import", {
      extra: [
        'section[aria-labelledby="import-errors"] > h2',
        'section[aria-labelledby="import-errors"] > p',
        'section[aria-labelledby="import-errors"] tbody td:nth-child(2)',
        'section[aria-labelledby="import-errors"] tbody td:nth-child(3)',
      ],
      expected: [
        "people.importPage.errorsTitle",
        "people.errors.nameRequired",
        "errors.field.invalidEmail",
        "people.errors.import.sexUnknown",
        "people.errors.import.languageUnknown",
      ],
    });
  });

  test("capture entries", async ({ page }) => {
    await startInIndonesian(page);
    await open(page, `${await meetingPath(page, DEMO_MEETINGS.second.title)}/capture`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catat jalannya rapat");
    // A refused form moves focus to its first wrong field a frame or two later; each form's errors
    // are awaited before the next one is tried, or that move could take the focus from it.
    const remark = page.getByRole("form", { name: "Catatan pembicara baru" });
    await remark.getByLabel("Pokok yang disampaikan").focus();
    await page.keyboard.press("Control+Enter");
    await expect(remark.locator('[id$="-error"]').first()).toBeVisible();
    const decision = page.getByRole("form", { name: "Keputusan baru" });
    await decision.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(decision.locator('[id$="-error"]').first()).toBeVisible();
    await expect(decision.getByLabel("Keputusan", { exact: true })).toBeFocused();
    const action = page.getByRole("form", { name: "Tindak lanjut baru" });
    await action.getByLabel("Yang harus dilakukan").focus();
    await page.keyboard.press("Control+Enter");
    for (const form of [remark, decision, action]) {
      await expect(form.locator('[id$="-error"]').first()).toBeVisible();
    }
    await expectOnlyIndonesian(page, "capture entries", {
      expected: [
        "capture.errors.speakerRequired",
        "capture.errors.summaryRequired",
        "capture.errors.decisionRequired",
        "capture.errors.titleRequired",
      ],
    });
  });

  test("register walk-in", async ({ page }) => {
    await startInIndonesian(page);
    await open(page, `${await meetingPath(page, DEMO_MEETINGS.second.title)}/register`);
    await page.getByRole("button", { name: "Tambah peserta tanpa undangan" }).click();
    const dialog = page.getByRole("dialog", { name: "Tambah peserta tanpa undangan" });
    const save = dialog.getByRole("button", { name: "Tambah dan catat hadir" });
    // From the directory, nobody chosen.
    await save.click();
    await expect(dialog.locator("#walk-in-find-error")).toBeVisible();
    await expectOnlyIndonesian(page, "walk-in (nobody chosen)", {
      expected: ["register.errors.personRequired"],
    });

    // A new person without a name, a bad e-mail, and a new organisation without a name.
    await dialog.getByLabel("Orang baru").check();
    await dialog.getByLabel("E-mail (opsional)").fill("bukan-email");
    await dialog.getByLabel("Organisasi baru").check();
    await save.click();
    await expect(dialog.locator("#walk-in-name-error")).toBeVisible();
    await expectOnlyIndonesian(page, "walk-in (new person)", {
      expected: [
        "people.errors.nameRequired",
        "errors.field.invalidEmail",
        "register.errors.organisationNameRequired",
      ],
    });

    // What only the server knows: another person in the directory has this e-mail.
    await dialog.getByLabel("Nama", { exact: true }).fill("Orang Uji Bahasa");
    await dialog.getByLabel("E-mail (opsional)").fill(DEMO_USERS.bappenasMember);
    await dialog.getByLabel("Tidak ada", { exact: true }).check();
    await save.click();
    await expect(dialog.locator("#walk-in-email-error")).toContainText("sudah");
    await expect(dialog).toBeVisible();
    await expectOnlyIndonesian(page, "walk-in (e-mail taken)", { expected: ["register.errors.emailTaken"] });

    // The same submission with the network down: the browser's own words must not show. (Should
    // the request get through after all, the server refuses it as above: nothing is saved.)
    await page.route("**/api/v1/**", (route) =>
      route.request().method() === "GET" ? route.continue() : route.abort("internetdisconnected"),
    );
    await save.click();
    await expect(dialog.locator('[role="alert"]:not([id])')).toBeVisible();
    await expectOnlyIndonesian(page, "walk-in (network down)", { expected: ["common.error"] });
  });

  test("paper entry", async ({ page }) => {
    await startInIndonesian(page);
    // Nothing on this form can be invalid from the screen (checkboxes and two options), so the
    // submission is made invalid on its way: a row that is not on the sheet, which the server
    // refuses whole (nothing saved).
    const url = `${await meetingPath(page, DEMO_MEETINGS.second.title)}/register/paper`;
    let isTampered = false;
    await page.route(
      (target) => target.pathname === url,
      async (route) => {
        const request = route.request();
        const body = request.postData() ?? "";
        if (request.method() !== "POST" || !request.headers()["next-action"] || !/"presentIds":\[/.test(body))
          return route.continue();
        isTampered = true;
        const postData = body.replace(/"presentIds":\[(\]?)/, (_, isEmpty: string) =>
          isEmpty ? '"presentIds":["not-on-this-sheet"]' : '"presentIds":["not-on-this-sheet",',
        );
        return route.continue({ postData });
      },
    );
    await open(page, url);
    await page.getByRole("button", { name: "Simpan kehadiran" }).click();
    const alert = page.locator('form [role="alert"]');
    await expect(alert).toBeVisible();
    expect(isTampered, "the paper entry's server action request was not seen").toBe(true);
    await expectOnlyIndonesian(page, "paper entry", {
      expected: ["register.paperEntry.error"],
    });
    await expect(alert).toContainText(
      "Sebagian baris yang dicentang tidak ada dalam daftar hadir rapat ini.",
    );
  });

  test("bundle import", async ({ page }) => {
    await startInIndonesian(page);
    // A real bundle to spoil: the first demo meeting, exported.
    const meetingId = (await meetingPath(page, DEMO_MEETINGS.first.title)).split("/").pop();
    const exported = await page.request.get(`/api/v1/meetings/${meetingId}/export`);
    expect(exported.ok()).toBe(true);
    const real = await exported.json();
    expect(real.remarks.length).toBeGreaterThan(0);

    await open(page, "/meetings/import");
    const file = page.getByLabel("Bundel rapat (.json)");
    const submit = page.getByRole("button", { name: "Impor rapat" });
    const upload = async (text: string) => {
      await file.setInputFiles({
        name: "rapat.json",
        mimeType: "application/json",
        buffer: Buffer.from(text),
      });
      await submit.click();
    };
    const problems = page.locator('[role="alert"][aria-labelledby="bundle-import-problems"]');

    // Not JSON at all.
    await upload("{bukan");
    await expect(page.locator("#bundle-file-error")).toBeVisible();
    await expectOnlyIndonesian(page, "bundle import (not JSON)", { expected: ["bundle.import.notJson"] });

    // JSON, but not a bundle: parts missing, a bad key, an empty name, an unknown kind and field.
    await upload(
      JSON.stringify({
        format: "notulen.meeting-bundle",
        version: 1,
        organisations: [{ key: "bukan kunci!", name: "", kind: "KEMENTERIAN", tambahan: true }],
      }),
    );
    await expect(problems).toBeVisible();
    await expectOnlyIndonesian(page, "bundle import (not a bundle)", {
      expected: [
        "bundle.import.refused",
        "bundle.import.refusedHint",
        "bundle.errors.key",
        "errors.field.required",
        "errors.field.invalidChoice",
        "errors.field.unknownField",
      ],
    });

    // A whole bundle whose first remark is by someone the bundle does not list.
    const spoilt = {
      ...real,
      remarks: [{ ...real.remarks[0], speaker: "orang-tak-dikenal" }, ...real.remarks.slice(1)],
    };
    await upload(JSON.stringify(spoilt));
    await expect(problems).toContainText("orang-tak-dikenal");
    await expectOnlyIndonesian(page, "bundle import (unknown speaker)", {
      expected: ["bundle.import.refused", "bundle.errors.noPerson"],
    });

    // The meeting as exported: its programme already has a meeting with this number.
    await upload(JSON.stringify(real));
    await expect(problems).toHaveText(/nomor/);
    await expectOnlyIndonesian(page, "bundle import (number taken)", {
      expected: ["bundle.import.conflict", "bundle.import.conflictHint", "bundle.errors.numberTaken"],
    });
  });
});
