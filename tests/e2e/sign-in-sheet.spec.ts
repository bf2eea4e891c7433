// The printable sign-in sheet, served by the production build (pdfkit's fonts load at run time),
// read back with pdftotext: what the secretariat prints when the venue's network fails.
import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { DEMO_MEETINGS } from "../../prisma/seed/demo-facts";
import { demoUser, logInAs } from "./helpers";

test("the secretariat downloads the sign-in sheet of a scheduled meeting", async ({ page }) => {
  await logInAs(page, demoUser("SECRETARIAT"));
  await page.getByRole("link", { name: DEMO_MEETINGS.third.title }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/]+$/);
  const meetingId = new URL(page.url()).pathname.split("/").pop();
  const response = await page.request.get(`/api/v1/meetings/${meetingId}/sign-in-sheet.pdf?lang=id`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/pdf");
  const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: await response.body() }).toString();
  expect(text).toContain("PSC ke-3");
  expect(text).toContain("Kamis, 10 Desember 2026");
  expect(text).toMatch(/Halaman 1 dari \d+/);
  expect(text).toContain("Budi Santoso");
});
