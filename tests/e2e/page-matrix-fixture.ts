// For tests/e2e/page-matrix.spec.ts: the pages as the file system declares them (so a new page
// cannot slip past the matrix), and the records each page is tried with — one of the demo
// programme, one of a second programme in which no demo user but the admin holds a role, and one
// that does not exist.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import { mailParts } from "../support/smtp-server";
import { signLinkToken } from "../../lib/link/token";
import { demoUser, ROOT } from "./helpers";

/**
 * Every page of the App Router as a URL pattern: `app/(shell)/(app)/meetings/[id]/page.tsx` →
 * `/meetings/[id]`. Route groups `(x)` and parallel-route slots `@x` are not part of the URL.
 */
export function discoverPagePatterns(appDir = path.join(ROOT, "app")): string[] {
  const patterns: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === "page.tsx") {
        const url = segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
        patterns.push(`/${url.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return patterns.sort();
}

export const SCOPES = ["own", "other", "missing"] as const;
export type TScope = (typeof SCOPES)[number];
export type TRecordKind =
  "meeting" | "programme" | "organisation" | "person" | "user" | "rsvp" | "actionItem";
export type TRecords = Record<TRecordKind, Record<TScope, string>>;

/** The secret playwright.config.ts gives the app: RSVP tokens are signed with it. */
const E2E_SECRET = "e2e-only-secret-not-for-production";
/** Shaped like the app's ids (cuids), but no row has it. */
const MISSING_ID = "cmissing0000000000000000000";

/** The body of a write, checked; writes over the session cookie must say where they come from. */
async function send<T>(api: APIRequestContext, origin: string, url: string, data: unknown): Promise<T> {
  const response = await api.post(url, { data, headers: { Origin: origin } });
  expect(response.status(), `POST ${url}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

async function read<T>(api: APIRequestContext, url: string): Promise<T> {
  const response = await api.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** The RSVP link the SMTP sink received for `email` (scripts/e2e.mjs writes one .eml per mail). */
async function rsvpTokenMailedTo(email: string): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run through scripts/e2e.mjs");
  let token: string | undefined;
  await expect
    .poll(
      () => {
        for (const file of fs.readdirSync(dir)) {
          const raw = fs.readFileSync(path.join(dir, file), "utf8");
          if (!raw.startsWith(`X-Envelope-To: ${email}\r\n`)) continue;
          const text = mailParts(raw)
            .map((p) => p.body)
            .join("\n");
          token = /\/rsvp\/([A-Za-z0-9_.-]+)/.exec(text)?.[1];
          if (token) return token;
        }
        return undefined;
      },
      { message: `the invitation mailed to ${email}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return token!;
}

/** The id of the user with this e-mail, from the admin's user list (no API lists users). */
async function userIdFromAdminList(admin: APIRequestContext, email: string): Promise<string> {
  for (let page = 1; page <= 20; page++) {
    const html = await (await admin.get(`/admin?page=${page}`)).text();
    const rows = html.split("<tr").slice(1);
    const row = rows.find((r) => r.includes(`>${email}<`));
    if (row) return /href="\/admin\/users\/([^"]+)"/.exec(row)![1];
    if (rows.length <= 1) break;
  }
  throw new Error(`no user ${email} on /admin`);
}

/** A user who holds a role only in `programmeId`, made the way an operator would: with the CLI. */
function createUserWithCli(email: string, programmeId: string): void {
  const result = spawnSync(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    [
      "--conditions=react-server",
      "scripts/cli.ts",
      "user",
      "create",
      "--email",
      email,
      "--role",
      "MEMBER",
      "--programme",
      programmeId,
      "--password",
      `matrix-${Date.now()}`,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, LOG_LEVEL: "warn" },
    },
  );
  expect(result.status, `cli user create: ${result.stderr}${result.stdout}`).toBe(0);
}

/**
 * Makes the second programme (its convening agency, a person there, a meeting), a meeting and a
 * person in the demo programme, invites the MEMBER demo user to both meetings (only the invitation
 * in their own programme may count) and a fresh person to each (for their RSVP links).
 * `admin` is the ADMIN demo user's session; `secretariat` the SECRETARIAT's, who sees only the
 * demo programme.
 */
export async function createRecords(
  admin: APIRequestContext,
  secretariat: APIRequestContext,
  origin: string,
): Promise<TRecords> {
  const stamp = Date.now().toString(36);
  const own = await read<{ data: { id: string }[] }>(secretariat, "/api/v1/programmes");
  expect(own.data, "the demo users hold a role in the demo programme only").toHaveLength(1);
  const ownProgramme = await read<{ id: string; participatingOrganisations: { id: string }[] }>(
    admin,
    `/api/v1/programmes/${own.data[0].id}`,
  );
  const ownOrganisation = ownProgramme.participatingOrganisations[0].id;

  const otherOrganisation = await send<{ id: string }>(admin, origin, "/api/v1/organisations", {
    name: `Matrix Agency ${stamp}`,
    kind: "GOVERNMENT_AGENCY",
  });
  const otherProgramme = await send<{ id: string }>(admin, origin, "/api/v1/programmes", {
    title: `Matrix Programme ${stamp}`,
    country: "Indonesia",
    conveningAgencyId: otherOrganisation.id,
  });

  const person = (scope: string, organisationId: string) =>
    send<{ id: string; email: string }>(admin, origin, "/api/v1/people", {
      name: `Matrix ${scope} ${stamp}`,
      organisationId,
      email: `matrix.${scope}.${stamp}@matrix.example`,
    });
  const [ownPerson, otherPerson] = [
    await person("own", ownOrganisation),
    await person("other", otherOrganisation.id),
  ];

  const member = demoUser("MEMBER");
  const found = await read<{ data: { id: string; email: string | null }[] }>(
    admin,
    `/api/v1/people?q=${encodeURIComponent(member.name)}`,
  );
  const memberPerson = found.data.find((p) => p.email === member.email);
  expect(memberPerson, `${member.email} is a person of the directory`).toBeTruthy();

  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const meeting = async (programmeId: string, invitee: string) => {
    const created = await send<{ id: string }>(admin, origin, "/api/v1/meetings", {
      programmeId,
      title: `Matrix meeting ${stamp}`,
      // Scheduled at once: a draft takes no invitations.
      status: "SCHEDULED",
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    });
    const invited = await send<{ invited: number }>(
      admin,
      origin,
      `/api/v1/meetings/${created.id}/invitations`,
      {
        personIds: [invitee, memberPerson!.id],
      },
    );
    expect(invited.invited).toBe(2);
    return created.id;
  };
  const [ownMeeting, otherMeeting] = [
    await meeting(own.data[0].id, ownPerson.id),
    await meeting(otherProgramme.id, otherPerson.id),
  ];

  // One action item in each meeting, for the action item's page.
  const actionItem = async (meetingId: string) =>
    (
      await send<{ id: string }>(admin, origin, `/api/v1/meetings/${meetingId}/action-items`, {
        title: `Matrix action ${stamp}`,
      })
    ).id;
  const [ownActionItem, otherActionItem] = [await actionItem(ownMeeting), await actionItem(otherMeeting)];

  const otherUserEmail = `matrix.user.${stamp}@matrix.example`;
  createUserWithCli(otherUserEmail, otherProgramme.id);

  return {
    programme: { own: own.data[0].id, other: otherProgramme.id, missing: MISSING_ID },
    meeting: { own: ownMeeting, other: otherMeeting, missing: MISSING_ID },
    actionItem: { own: ownActionItem, other: otherActionItem, missing: MISSING_ID },
    organisation: { own: ownOrganisation, other: otherOrganisation.id, missing: MISSING_ID },
    person: { own: ownPerson.id, other: otherPerson.id, missing: MISSING_ID },
    user: {
      own: await userIdFromAdminList(admin, member.email),
      other: await userIdFromAdminList(admin, otherUserEmail),
      missing: MISSING_ID,
    },
    rsvp: {
      own: await rsvpTokenMailedTo(ownPerson.email),
      other: await rsvpTokenMailedTo(otherPerson.email),
      // Correctly signed, so only the missing link row can refuse it.
      missing: signLinkToken(MISSING_ID, "RSVP", E2E_SECRET),
    },
  };
}
