// The language switch: Bahasa Indonesia for navigation, headings and <html lang>, kept while
// moving around and after a reload, and back to English.
import { expect, test } from "./fixtures";
import { demoUser, logInAs } from "./helpers";

test("switching to Bahasa Indonesia and back", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const language = page.getByRole("form", { name: "Language" });
  await expect(language.getByRole("button", { name: /English/ })).toHaveAttribute("aria-pressed", "true");

  await language.getByRole("button", { name: /Bahasa Indonesia/ }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  const navId = page.getByRole("navigation", { name: "Navigasi utama" });
  await expect(navId.getByRole("link")).toHaveText(["Rapat", "Tindak lanjut", "Program", "Direktori"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapat");
  const bahasa = page.getByRole("form", { name: "Bahasa" });
  await expect(bahasa.getByRole("button", { name: /Bahasa Indonesia/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Kept while navigating…
  await navId.getByRole("link", { name: "Tindak lanjut" }).click();
  await expect(page).toHaveURL(/\/actions$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tindak lanjut");
  await navId.getByRole("link", { name: "Program" }).click();
  await expect(page).toHaveURL(/\/programmes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Program");
  // …and on a fresh page load.
  await page.goto("/directory");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Direktori");

  await bahasa.getByRole("button", { name: /English/ }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link")).toHaveText(["Meetings", "Actions", "Programmes", "Directory"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Directory");
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings");
});
