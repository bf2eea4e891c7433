// The secretariat imports people from CSV: a bad row is named with its field and nothing is
// saved; once fixed, the import runs and the new person can be found by search.
import { expect, test } from "./fixtures";
import { demoUser, logInAs, settle } from "./helpers";

const BAD =
  "name,position,organisation,email,sex\nPutri Maharani,Analyst,Bappenas,putri.maharani@bappenas.example,perempuan\n,Adviser,KemenPPPA,no-name@example.org,female\n";
const GOOD =
  "name,position,organisation,email,sex\nPutri Maharani,Analyst,Bappenas,putri.maharani@bappenas.example,perempuan\n";

test("a CSV with a bad row is refused whole; the fixed file imports", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  await page.goto("/directory/people/import");
  await settle(page);
  await page.getByLabel("Paste CSV").fill(BAD);
  await page.getByRole("button", { name: "Check the file" }).click();
  const errors = page.getByRole("table").filter({ hasText: "Problem" });
  await expect(errors.getByRole("row").filter({ hasText: "3" }).filter({ hasText: "name" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ (person|people)$/ })).toBeDisabled();

  await page.getByLabel("Paste CSV").fill(GOOD);
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("button", { name: "Import 1 person" }).click();
  await expect(page.getByText("1 person added, 0 updated.")).toBeVisible();

  await page.goto("/directory/people");
  await settle(page);
  await page.getByLabel("Search people").fill("Maharani");
  await expect(page.getByRole("cell", { name: "Putri Maharani Analyst" })).toBeVisible();
});
