// Shared by the end-to-end specs: the demo logins (prisma/demo-users.json, seeded by
// scripts/e2e.mjs through prisma/seed.ts) and the steps most journeys start with.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type TRole = "ADMIN" | "SECRETARIAT" | "COORDINATOR" | "MEMBER";
export type TDemoUser = { email: string; password: string; role: TRole; name: string };

export const DEMO_USERS: TDemoUser[] = JSON.parse(
  fs.readFileSync(path.join(ROOT, "prisma", "demo-users.json"), "utf8"),
);

/** The first demo login with this role. */
export function demoUser(role: TRole): TDemoUser {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`prisma/demo-users.json has no ${role} login`);
  return user;
}

/** What the main navigation shows each role, in order (lib/auth/permissions.ts). */
export const NAV_BY_ROLE: Record<TRole, string[]> = {
  ADMIN: ["Meetings", "Actions", "Programmes", "Directory", "Admin"],
  SECRETARIAT: ["Meetings", "Actions", "Programmes", "Directory"],
  COORDINATOR: ["Meetings", "Actions", "Programmes", "Directory"],
  MEMBER: ["Meetings", "Actions"],
};

/**
 * Waits until the page's scripts are loaded and idle, so the client components (login form,
 * account menu) are hydrated before we type into them or press keys on them.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
}

/** Fills and submits the login form that is on the page now. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await settle(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
}

/**
 * Logs in through the form and waits for the meetings page: a member lands on their home ("My
 * meetings", with the minutes awaiting their answer) and is then taken to the meetings list, where
 * everyone else lands.
 */
export async function logInAs(page: Page, user: TDemoUser): Promise<void> {
  await page.goto("/login");
  await submitLogin(page, user.email, user.password);
  if (user.role === "MEMBER") {
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My meetings");
    await page.goto("/meetings");
  }
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings");
}

/** The app's API with the session of the browser that logged in (each answer must be a 2xx). */
export type TApi = {
  get: <T>(url: string) => Promise<T>;
  post: <T>(url: string, data: object) => Promise<T>;
  patch: <T>(url: string, data: object) => Promise<T>;
  origin: string;
};

export function apiOf(page: Page): TApi {
  const origin = new URL(page.url()).origin;
  const check = async <T>(url: string, response: Awaited<ReturnType<Page["request"]["get"]>>) => {
    expect(response.ok(), `${url}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    origin,
    get: async (url) => check(url, await page.request.get(url)),
    // The Origin a page of the app sends with its writes (lib/api/same-origin.ts).
    post: async (url, data) => check(url, await page.request.post(url, { data, headers: { origin } })),
    patch: async (url, data) => check(url, await page.request.patch(url, { data, headers: { origin } })),
  };
}
