// A record kept in both languages (issue 12): the administrator chooses a programme's record
// language (programmes are theirs to manage); the secretariat enters a meeting's purpose, a
// co-chair's capacity, a person's position and, on the capture screen, a remark, a decision and an
// action item each with its wording in the other language — and the API returns each as saved.
import { expect, test, type Page } from "./fixtures";
import { demoUser, logInAs, settle } from "./helpers";

const stamp = Date.now().toString(36);

/** A JSON call to the API with the browser's session, as the app's own screens make it. */
async function api<T>(page: Page, url: string, data?: object): Promise<T> {
  const response = data
    ? await page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } })
    : await page.request.get(url);
  expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

type TProgramme = {
  id: string;
  recordLanguage: string;
  description: string | null;
  descriptionTranslation: string | null;
  nationalFramework: string | null;
  nationalFrameworkTranslation: string | null;
};

test("a programme kept in Bahasa Indonesia: the forms label both languages by it", async ({ page }) => {
  await logInAs(page, demoUser("ADMIN"));
  await page.goto("/programmes/new");
  await settle(page);
  await page.getByLabel("Title", { exact: true }).fill(`Perlindungan sosial adaptif ${stamp}`);
  await page.getByLabel("Country").fill("Indonesia");

  // English until chosen otherwise; the record language's field comes first.
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  await expect(page.locator('label[for="description"]')).toHaveText("Description — English");
  await expect(page.locator('label[for="descriptionTranslation"]')).toHaveText(
    "Description — Bahasa Indonesia",
  );
  await page.getByRole("radio", { name: "Bahasa Indonesia" }).check();
  await expect(page.locator('label[for="description"]')).toHaveText("Description — Bahasa Indonesia");
  await expect(page.locator('label[for="descriptionTranslation"]')).toHaveText("Description — English");
  await expect(page.locator("#descriptionTranslation")).toHaveAttribute("lang", "en");

  await page.getByLabel("National framework — Bahasa Indonesia").fill("RPJMN 2025–2029");
  await page
    .getByLabel("National framework — English")
    .fill("National Medium-Term Development Plan 2025–2029");
  await page
    .getByLabel("Description — Bahasa Indonesia")
    .fill(`Program perlindungan sosial adaptif ${stamp}.`);
  await page.getByLabel("Description — English").fill(`An adaptive social protection programme ${stamp}.`);
  await page.screenshot({ path: test.info().outputPath("bilingual-programme-form.png"), fullPage: true });
  await page.getByRole("button", { name: "Save programme" }).click();
  await expect(page).toHaveURL(/\/programmes\/[^/]+$/);
  await expect(page.locator("dd", { hasText: /^Bahasa Indonesia$/ })).toBeVisible();

  const id = new URL(page.url()).pathname.split("/").pop()!;
  expect(await api<TProgramme>(page, `/api/v1/programmes/${id}`)).toMatchObject({
    recordLanguage: "id",
    description: `Program perlindungan sosial adaptif ${stamp}.`,
    descriptionTranslation: `An adaptive social protection programme ${stamp}.`,
    nationalFramework: "RPJMN 2025–2029",
    nationalFrameworkTranslation: "National Medium-Term Development Plan 2025–2029",
  });

  // Edited again, the form opens in the saved language with both wordings.
  await page.goto(`/programmes/${id}/edit`);
  await settle(page);
  await expect(page.getByRole("radio", { name: "Bahasa Indonesia" })).toBeChecked();
  await expect(page.getByLabel("Description — English")).toHaveValue(
    `An adaptive social protection programme ${stamp}.`,
  );

  // Scheduling a meeting: the purpose's labels follow the programme chosen.
  await page.goto("/meetings/new");
  await settle(page);
  await page.getByLabel("Programme").selectOption(id);
  await expect(page.locator('label[for="purpose"]')).toHaveText("Purpose — Bahasa Indonesia");
  await expect(page.locator('label[for="purposeTranslation"]')).toHaveText("Purpose — English");
  // The demo programme, kept in English (the default).
  const demo = (await api<{ data: { id: string }[] }>(page, "/api/v1/programmes")).data.find(
    (p) => p.id !== id,
  );
  const english = await api<TProgramme>(page, `/api/v1/programmes/${demo!.id}`);
  expect(english.recordLanguage).toBe("en");
  await page.getByLabel("Programme").selectOption(english.id);
  await expect(page.locator('label[for="purpose"]')).toHaveText("Purpose — English");
});

test("a meeting of a programme kept in English, captured with its Indonesian wording", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  // The demo programme, kept in English (the default).
  const { id: programmeId } = (await api<{ data: { id: string }[] }>(page, "/api/v1/programmes")).data[0];
  const programme = await api<TProgramme>(page, `/api/v1/programmes/${programmeId}`);
  expect(programme.recordLanguage).toBe("en");
  const speaker = await api<{ id: string; name: string }>(page, "/api/v1/people", {
    name: `Sri Mulyani Bilingual ${stamp}`,
    email: `sri.${stamp}@example.org`,
    language: "id",
  });

  await page.goto("/meetings/new");
  await settle(page);
  await page.getByLabel("Programme").selectOption(programme.id);
  await expect(page.locator('label[for="purpose"]')).toHaveText("Purpose — English");
  await page.getByLabel("Title").fill(`Bilingual ${stamp} steering meeting`);
  await page.getByLabel("Purpose — English").fill(`Review the workplan ${stamp}`);
  await page.getByLabel("Purpose — Bahasa Indonesia").fill(`Meninjau rencana kerja ${stamp}`);
  await page.getByLabel("Date").fill("2027-05-20");
  await page.getByLabel("Starts").fill("09:00");
  await page.getByLabel("Ends").fill("12:00");
  await page.getByRole("button", { name: "Schedule meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/?]+\?saved=1$/);
  const meetingId = new URL(page.url()).pathname.split("/").pop()!;

  // Editing: the purpose comes back in both languages; a co-chair gets a capacity in both.
  await page.goto(`/meetings/${meetingId}/edit`);
  await settle(page);
  await expect(page.getByLabel("Purpose — Bahasa Indonesia")).toHaveValue(`Meninjau rencana kerja ${stamp}`);
  await page.getByLabel("Person", { exact: true }).fill(speaker.name);
  await page.getByRole("button", { name: speaker.name }).click();
  await page.getByLabel("Capacity — English").fill("Minister of Finance");
  await page.getByLabel("Capacity — Bahasa Indonesia (optional)").fill("Menteri Keuangan");
  await page.getByRole("button", { name: "Add co-chair" }).click();
  await expect(page.getByText("Co-chair added.")).toBeVisible();
  await expect(page.getByText("Menteri Keuangan", { exact: true })).toBeVisible();

  const meeting = await api<{
    purpose: string;
    purposeTranslation: string;
    programme: { recordLanguage: string };
    coChairs: { capacity: string; capacityTranslation: string | null }[];
  }>(page, `/api/v1/meetings/${meetingId}`);
  expect(meeting).toMatchObject({
    purpose: `Review the workplan ${stamp}`,
    purposeTranslation: `Meninjau rencana kerja ${stamp}`,
    programme: { recordLanguage: "en" },
    coChairs: [{ capacity: "Minister of Finance", capacityTranslation: "Menteri Keuangan" }],
  });

  // The capture screen: each form's Indonesian wording opens beside the English text.
  await api(page, `/api/v1/meetings/${meetingId}/invitations`, { personIds: [speaker.id] });
  await page.goto(`/meetings/${meetingId}/capture`);
  await settle(page);
  const said = {
    summary: `Presented the budget revision ${stamp}.`,
    summaryId: `Memaparkan revisi anggaran ${stamp}.`,
    quote: `Every rupiah counts ${stamp}`,
    quoteId: `Setiap rupiah berarti ${stamp}`,
    decision: `The Committee endorsed the revised budget ${stamp}.`,
    decisionId: `Komite menyetujui revisi anggaran ${stamp}.`,
    action: `Publish the revised budget ${stamp}`,
    actionId: `Menerbitkan revisi anggaran ${stamp}`,
  };

  const remark = page.getByRole("form", { name: "New remark" });
  await remark.getByRole("combobox", { name: "Speaker" }).fill("Sri Mulyani");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await remark.getByLabel("What was said", { exact: true }).fill(said.summary);
  const addWording = remark.getByRole("button", { name: "Add Bahasa Indonesia wording" });
  await expect(addWording).toHaveAttribute("aria-expanded", "false");
  await expect(remark.getByLabel("What was said — Bahasa Indonesia")).toHaveCount(0);
  await addWording.click();
  await expect(remark.getByRole("button", { name: "Hide Bahasa Indonesia wording" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(remark.getByLabel("What was said — English")).toHaveValue(said.summary);
  await remark.getByLabel("What was said — Bahasa Indonesia").fill(said.summaryId);
  await remark.getByLabel("Verbatim quote — English (optional)").fill(said.quote);
  await remark.getByLabel("Verbatim quote — Bahasa Indonesia (optional)").fill(said.quoteId);
  await page.screenshot({ path: test.info().outputPath("bilingual-capture-remark.png"), fullPage: true });
  await page.keyboard.press("Control+Enter");
  // Queued and emptied; the Indonesian fields stay open for the next remark.
  await expect(remark.getByLabel("What was said — Bahasa Indonesia")).toHaveValue("");

  // The decision's wording opened by keyboard alone: Tab to the button, Enter.
  const decision = page.getByRole("form", { name: "New decision" });
  await decision.getByLabel("Decision", { exact: true }).fill(said.decision);
  await page.keyboard.press("Tab");
  await expect(decision.getByRole("button", { name: "Add Bahasa Indonesia wording" })).toBeFocused();
  await page.keyboard.press("Enter");
  await decision.getByLabel("Decision — Bahasa Indonesia").fill(said.decisionId);
  await page.keyboard.press("Control+Enter");
  await expect(decision.getByLabel("Decision — Bahasa Indonesia")).toHaveValue("");

  const action = page.getByRole("form", { name: "New action item" });
  await action.getByLabel("What has to be done", { exact: true }).fill(said.action);
  await action.getByRole("button", { name: "Add Bahasa Indonesia wording" }).click();
  await action.getByLabel("What has to be done — Bahasa Indonesia").fill(said.actionId);
  await page.keyboard.press("Control+Enter");
  await expect(action.getByLabel("What has to be done — Bahasa Indonesia")).toHaveValue("");
  await expect(page.getByTestId("capture-status")).toHaveText(/^All changes saved/);

  // The entries show their Indonesian wording, marked as Indonesian.
  for (const text of [said.summaryId, said.decisionId, said.actionId]) {
    await expect(page.locator('span[lang="id"]', { hasText: text })).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath("bilingual-capture-entries.png"), fullPage: true });

  // An edit opens with the wording shown and sends the changed translation.
  await page.locator("[data-entry-open]", { hasText: said.decision }).click();
  const edit = page.getByRole("form", { name: "Edit decision" });
  await expect(edit.getByLabel("Decision — Bahasa Indonesia")).toHaveValue(said.decisionId);
  // The form takes the keyboard to its first field once shown; type only after that.
  await expect(edit.getByLabel("Decision — English")).toBeFocused();
  await edit.getByLabel("Decision — Bahasa Indonesia").fill(`${said.decisionId} Dengan catatan.`);
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("capture-status")).toHaveText(/^All changes saved/);

  type TList<T> = { data: T[] };
  const remarks = await api<TList<{ summary: string; summaryTranslation: string; quoteTranslation: string }>>(
    page,
    `/api/v1/meetings/${meetingId}/remarks`,
  );
  expect(remarks.data).toEqual([
    expect.objectContaining({
      summary: said.summary,
      summaryTranslation: said.summaryId,
      quote: said.quote,
      quoteTranslation: said.quoteId,
    }),
  ]);
  await expect
    .poll(async () => (await api<TList<object>>(page, `/api/v1/meetings/${meetingId}/decisions`)).data)
    .toEqual([
      expect.objectContaining({ text: said.decision, textTranslation: `${said.decisionId} Dengan catatan.` }),
    ]);
  const actions = await api<TList<object>>(page, `/api/v1/meetings/${meetingId}/action-items`);
  expect(actions.data).toEqual([
    expect.objectContaining({ title: said.action, titleTranslation: said.actionId }),
  ]);
});

test("a person's position in the other language", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  const person = await api<{ id: string }>(page, "/api/v1/people", {
    name: `Position Bilingual ${stamp}`,
    position: "Director of Social Protection",
  });
  await page.goto(`/directory/people/${person.id}/edit`);
  await settle(page);
  const other = page.getByLabel("Position — other language (optional)");
  await expect(other).toHaveAccessibleDescription(
    /written in the language other than the programme's record language/,
  );
  await other.fill("Direktur Perlindungan Sosial");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page).toHaveURL(/\/directory\/people$/);
  expect(await api<{ positionTranslation: string }>(page, `/api/v1/people/${person.id}`)).toMatchObject({
    position: "Director of Social Protection",
    positionTranslation: "Direktur Perlindungan Sosial",
  });
});
