// The pages half of the authorization matrix (issue 9): every page the file system declares ×
// every demo role and an anonymous visitor × a record of the user's own programme, of another
// programme and one that does not exist, against the HTTP status the permission table
// (lib/auth/permissions.ts) implies. Missing and forbidden answer the same real 404; anonymous
// visitors of the application's pages end on the login page. A page added without an entry here,
// or an entry whose page is gone, fails the first test. Only statuses and final URLs: what the
// refusal looks like on screen is tests/e2e/permissions.spec.ts's.
import { expect, test, type APIRequestContext, type BrowserContext } from "./fixtures";
import { demoUser, logInAs, type TRole } from "./helpers";
import {
  createRecords,
  discoverPagePatterns,
  SCOPES,
  type TRecordKind,
  type TRecords,
  type TScope,
} from "./page-matrix-fixture";

type TWho = TRole | "anonymous";
const WHO: TWho[] = ["ADMIN", "SECRETARIAT", "COORDINATOR", "MEMBER", "anonymous"];

/** 200 or 404 at the URL asked for, or `→/path`: redirected, ending with a 200 at /path. */
type TOutcome = 200 | 404 | `→/${string}`;
const LOGIN = "→/login";
/** For a page of one record: [own programme's, another programme's, missing]. */
type TByScope = readonly [TOutcome, TOutcome, TOutcome];
type TEntry =
  | { record: TRecordKind; expect: Record<TWho, TByScope> }
  /** A page of no record; `url` for a pattern that is not a URL as it stands ([...rest]). */
  | { record?: undefined; url?: string; expect: Record<TWho, TOutcome> };

const ALL_LOGIN = [LOGIN, LOGIN, LOGIN] as const;
const NONE = [404, 404, 404] as const;
/** Roles that hold the permission in the record's programme only: own 200, other and missing 404. */
const OWN = [200, 404, 404] as const;
/** A global role, or a record not bound to a programme (the directory is shared): both 200. */
const ANY = [200, 200, 404] as const;

/**
 * What each page answers, by pattern. Record pages list [own, other, missing]. The MEMBER demo user
 * is invited to both meetings; only the invitation in their own programme lets them read one.
 */
const MATRIX: Record<string, TEntry> = {
  // A member's home is their own meetings; everyone who reads all meetings goes to the list.
  "/": {
    expect: {
      ADMIN: "→/meetings",
      SECRETARIAT: "→/meetings",
      COORDINATOR: "→/meetings",
      MEMBER: 200,
      anonymous: LOGIN,
    },
  },
  "/about": { expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 200, anonymous: 200 } },
  // The check of adopted minutes is public.
  "/verify": { expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 200, anonymous: 200 } },
  "/login": {
    expect: {
      ADMIN: "→/meetings",
      SECRETARIAT: "→/meetings",
      COORDINATOR: "→/meetings",
      MEMBER: "→/",
      anonymous: 200,
    },
  },
  "/logout": { expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 200, anonymous: LOGIN } },
  // Not a signed-in prefix: an unknown path is "not found" for everyone, without a login detour.
  "/[...rest]": {
    url: "/no-such-page",
    expect: { ADMIN: 404, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404, anonymous: 404 },
  },
  "/rsvp/[token]": {
    record: "rsvp",
    // The link is the credential: who is logged in does not matter.
    expect: { ADMIN: ANY, SECRETARIAT: ANY, COORDINATOR: ANY, MEMBER: ANY, anonymous: ANY },
  },
  // A review link opens for no one unless it is a live link of a reviewer (the reviewer's screen,
  // opened from the e-mail, is checked in screens.spec.ts); nobody's session stands in for it.
  "/review/[token]": {
    url: "/review/not-a-review-link",
    expect: { ADMIN: 404, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404, anonymous: 404 },
  },
  // An action item's update link and a digest's unsubscribe link: the link is the credential; a
  // token that is no live link is 404 for everyone (the live links: tests/integration/action-reminders).
  "/act/[token]": {
    url: "/act/not-an-action-link",
    expect: { ADMIN: 404, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404, anonymous: 404 },
  },
  "/unsubscribe/[token]": {
    url: "/unsubscribe/not-an-unsubscribe-link",
    expect: { ADMIN: 404, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404, anonymous: 404 },
  },

  "/meetings": { expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 200, anonymous: LOGIN } },
  "/meetings/new": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN },
  },
  "/meetings/import": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN },
  },
  "/meetings/[id]": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: OWN, MEMBER: OWN, anonymous: ALL_LOGIN },
  },
  "/meetings/[id]/outputs": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: OWN, MEMBER: OWN, anonymous: ALL_LOGIN },
  },
  // Only a member to whom the minutes were circulated reviews them in the app; the matrix's meetings
  // have no minutes, so 404 for every role (the reviewer's 200 is in screens.spec.ts).
  "/meetings/[id]/minutes/review": {
    record: "meeting",
    expect: { ADMIN: NONE, SECRETARIAT: NONE, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/meetings/[id]/agenda": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/meetings/[id]/edit": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/meetings/[id]/capture": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/meetings/[id]/invite": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/meetings/[id]/register": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/meetings/[id]/register/paper": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  // The secretariat's consolidation of the review (record:manage); a meeting without minutes shows
  // that nothing was circulated yet.
  "/meetings/[id]/minutes/consolidation": {
    record: "meeting",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },

  "/actions": { expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 200, anonymous: LOGIN } },
  // Accountability: every role reads some action items (a member those of the meetings they are
  // invited to and of their organisation), so the page shows a programme or its empty state.
  "/actions/accountability": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 200, anonymous: LOGIN },
  },
  // An action item's page: whoever reads its meeting (the member is invited to both meetings; only
  // the invitation in their own programme counts).
  "/actions/[id]": {
    record: "actionItem",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: OWN, MEMBER: OWN, anonymous: ALL_LOGIN },
  },
  "/outbox": { expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN } },

  "/programmes": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404, anonymous: LOGIN },
  },
  "/programmes/new": {
    expect: { ADMIN: 200, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN },
  },
  "/programmes/[id]": {
    record: "programme",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: OWN, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/programmes/[id]/attendance": {
    record: "programme",
    expect: { ADMIN: ANY, SECRETARIAT: OWN, COORDINATOR: OWN, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/programmes/[id]/edit": {
    record: "programme",
    expect: { ADMIN: ANY, SECRETARIAT: NONE, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },

  "/directory": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404, anonymous: LOGIN },
  },
  "/directory/people": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404, anonymous: LOGIN },
  },
  "/directory/people/new": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN },
  },
  "/directory/people/import": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN },
  },
  "/directory/organisations/new": {
    expect: { ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN },
  },
  // One directory for every programme: whoever keeps it edits the other programme's people too.
  "/directory/people/[id]/edit": {
    record: "person",
    expect: { ADMIN: ANY, SECRETARIAT: ANY, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
  "/directory/organisations/[id]/edit": {
    record: "organisation",
    expect: { ADMIN: ANY, SECRETARIAT: ANY, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },

  "/admin": { expect: { ADMIN: 200, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN } },
  // The public holidays serve every programme: only the (global) administrator keeps them.
  "/admin/holidays": {
    expect: { ADMIN: 200, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404, anonymous: LOGIN },
  },
  // Users belong to the instance; "other" is a user whose only role is in the second programme.
  "/admin/users/[id]": {
    record: "user",
    expect: { ADMIN: ANY, SECRETARIAT: NONE, COORDINATOR: NONE, MEMBER: NONE, anonymous: ALL_LOGIN },
  },
};

type TCase = { who: TWho; pattern: string; scope: TScope | null; url: string; expected: TOutcome };

function casesFor(who: TWho, records: TRecords): TCase[] {
  return Object.entries(MATRIX).flatMap(([pattern, entry]): TCase[] => {
    if (!entry.record)
      return [{ who, pattern, scope: null, url: entry.url ?? pattern, expected: entry.expect[who] }];
    const kind = entry.record;
    return SCOPES.map((scope, i) => ({
      who,
      pattern,
      scope,
      url: pattern.replace(/\[[^\]]+\]/, records[kind][scope]),
      expected: entry.expect[who][i],
    }));
  });
}

/**
 * The page gave up with notFound() but answered 200: as HTML, or — once it had started streaming
 * (a loading.tsx above it) — as the digest Next.js streams to show the 404 screen in the browser.
 */
const NOT_FOUND_SCREEN = /<h1[^>]*>Page not found<\/h1>|"NEXT_HTTP_ERROR_FALLBACK;404"/;

/** What the request ended on, in the table's terms (a 200 showing the 404 screen is a soft 404). */
async function outcomeOf(api: APIRequestContext, url: string): Promise<string> {
  const response = await api.get(url);
  const final = new URL(response.url());
  const status = response.status();
  if (final.pathname !== url) {
    // Anonymous visitors come back to the page they asked for after logging in.
    const back = final.pathname === "/login" ? final.searchParams.get("callbackUrl") : null;
    return `→${final.pathname}${back !== null && back !== url ? ` (callbackUrl ${back})` : ""}${status === 200 ? "" : ` ${status}`}`;
  }
  if (status === 200 && NOT_FOUND_SCREEN.test(await response.text())) return "200 (soft 404)";
  return String(status);
}

test("every page has an entry in the matrix, and every entry a page", () => {
  const pages = discoverPagePatterns();
  const entries = Object.keys(MATRIX);
  // Soft: a failing run names both the new pages and the stale entries.
  expect
    .soft(
      pages.filter((p) => !entries.includes(p)),
      "pages without an entry in MATRIX",
    )
    .toEqual([]);
  expect
    .soft(
      entries.filter((e) => !pages.includes(e)),
      "entries of MATRIX whose page is gone",
    )
    .toEqual([]);
});

// Requests only, hundreds of them: a trace would only slow the run down.
test.use({ trace: "off" });

// One test, not one per role: a failed test restarts the worker, and the records and logins made
// once are what keeps the run short. It lists every case that answers otherwise, by role.
test("every page answers every role and an anonymous visitor as the table says", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const contexts = new Map<TWho, BrowserContext>();
  try {
    await test.step("log in each demo role", async () => {
      for (const who of WHO) {
        const context = await browser.newContext();
        if (who !== "anonymous") await logInAs(await context.newPage(), demoUser(who));
        contexts.set(who, context);
      }
    });
    const records = await test.step("create a second programme and the records to try", () =>
      createRecords(
        contexts.get("ADMIN")!.request,
        contexts.get("SECRETARIAT")!.request,
        testInfo.project.use.baseURL!,
      ));
    const wrong: string[] = [];
    let total = 0;
    for (const who of WHO) {
      await test.step(who, async () => {
        const api = contexts.get(who)!.request;
        const cases = casesFor(who, records);
        total += cases.length;
        // A few at a time: the server renders in parallel, the run stays short.
        for (let i = 0; i < cases.length; i += 4) {
          await Promise.all(
            cases.slice(i, i + 4).map(async (c) => {
              const got = await outcomeOf(api, c.url);
              if (got !== String(c.expected))
                wrong.push(
                  `${who} ${c.pattern}${c.scope ? ` [${c.scope}]` : ""} GET ${c.url}: expected ${c.expected}, got ${got}`,
                );
            }),
          );
        }
      });
    }
    console.log(`${total} page × role × record cases, ${wrong.length} not as the table says`);
    for (const line of wrong) console.log(`  ${line}`);
    expect(wrong, "cases that answer otherwise than the table").toEqual([]);
  } finally {
    for (const context of contexts.values()) await context.close();
  }
});
