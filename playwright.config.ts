// End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here),
// against the production build served by `next start` on a throwaway database prepared by
// scripts/e2e.mjs (migrated and seeded with the demo data). E-mail goes to the SMTP sink that
// scripts/e2e.mjs starts (E2E_SMTP_URL); specs read the messages from E2E_MAIL_DIR.
//
// Two instances of the app run on that one database, as a deployment with two servers behind a
// load balancer would: A on E2E_PORT (every spec's baseURL) and B on E2E_PORT + 1, which only
// tests/e2e/two-instances.spec.ts talks to (sessions, login throttling, versions and jobs shared).
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Instance A: the address every spec uses. */
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Instance B: the same build, database, secret and mail server, another process and port. */
export const SECOND_BASE_URL = `http://127.0.0.1:${PORT + 1}`;

/**
 * What the servers of one deployment share. NEXTAUTH_URL is the deployment's public address, the
 * same on every server: it is where e-mailed links (RSVP, reminders) point whichever server wrote
 * them, what the API's same-origin check accepts, and whether the app says it is on https (HSTS,
 * secure cookies) — none of which may depend on the server a request happened to reach. Here A
 * stands in for that public address; the session cookie is host-only on 127.0.0.1, and cookies
 * ignore the port, so a browser sends it to both instances as it would to one name.
 */
const deployment = {
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
  NEXTAUTH_URL: BASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "warn",
  // Due jobs (reminder e-mails) are picked up within a second, not half a minute: the
  // two-instance spec waits for them, and both workers then really compete for each job.
  JOB_POLL_SECONDS: "1",
  ...(process.env.E2E_SMTP_URL ? { SMTP_URL: process.env.E2E_SMTP_URL } : {}),
  ...(process.env.E2E_MAIL_DIR ? { E2E_MAIL_DIR: process.env.E2E_MAIL_DIR } : {}),
};

/**
 * The sender's display name on B's mail, so a spec can tell which instance ran a job. (No
 * parentheses: nodemailer reads them as an address comment and drops them.)
 */
export const SECOND_INSTANCE_MAIL_FROM = "Notulen instance B <notulen@localhost>";

const nextStart = (port: number) => `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Playwright starts these one after the other; B costs the suite one more `next start`.
  webServer: [
    {
      name: "A",
      command: nextStart(PORT),
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: deployment,
    },
    {
      name: "B",
      command: nextStart(PORT + 1),
      url: `${SECOND_BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      // The one difference from A: the sender's display name (the address is the same).
      env: { ...deployment, MAIL_FROM: SECOND_INSTANCE_MAIL_FROM },
    },
  ],
});
