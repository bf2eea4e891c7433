// Property-based fuzzing of every writing endpoint family of /api/v1 (and the RSVP link and the
// admin screen's token actions): generated bodies, path ids and query strings with NUL, control
// characters, lone surrogates, huge strings, out-of-range dates, numbers as strings and nested
// junk, sent in-process as the secretariat of the programme (an administrator for programmes).
// No request may answer 5xx, and after the run no row may hold what the app promises to refuse.
// Malformed %-encoding in a path is refused by proxy.ts with 400. Runs per family: FUZZ_RUNS
// (small in `npm test`; `npm run fuzz` runs 10,000 per family), seed: FUZZ_SEED.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Set before any app module reads (and caches) the environment: links in e-mails need an address.
vi.hoisted(() => {
  process.env.APP_URL = "https://psc.example.test";
  delete process.env.SMTP_URL;
});

// The server actions read the session cookie through next/headers (here the admin's), and refresh
// pages through next/cache, which needs Next's request store (absent in-process).
vi.mock("next/headers", () => import("../support/next-headers-mock"));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

import { browser } from "../support/next-headers-mock";
import fc from "fast-check";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { logger } from "@/lib/logger";
import { adminFamilies } from "../support/fuzz-families-admin";
import { directoryFamilies } from "../support/fuzz-families-directory";
import { invitationFamilies } from "../support/fuzz-families-invitation";
import { meetingFamilies } from "../support/fuzz-families-meeting";
import { recordFamilies } from "../support/fuzz-families-record";
import { allowedOddities, invalidRows, rowCounts } from "../support/fuzz-invariants";
import {
  failureMessage,
  fiveHundreds,
  runFamily,
  type TFamily,
  type TFamilyReport,
} from "../support/fuzz-run";
import { createFuzzWorld, fuzzResolvers, type TFuzzWorld } from "../support/fuzz-world";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
/** Generous: the full run sends 10,000 requests per family, some of them 300 kB. */
const FAMILY_TIMEOUT = 120_000 + RUNS * 150;

const reports: TFamilyReport[] = [];
let world: TFuzzWorld;
let families: TFamily<unknown>[];
const started = performance.now();
// The app logs each refused path (warn) and each unexpected error (error): counted, not printed.
const logged = { warn: 0, error: new Map<string, number>() };

beforeAll(async () => {
  vi.spyOn(logger, "warn").mockImplementation((() => void (logged.warn += 1)) as never);
  vi.spyOn(logger, "error").mockImplementation(((fields: unknown, message?: string) => {
    const text =
      `${message ?? ""} ${(fields as { err?: Error })?.err?.message?.split("\n").at(-1) ?? ""}`.slice(0, 160);
    logged.error.set(text, (logged.error.get(text) ?? 0) + 1);
  }) as never);
  vi.spyOn(logger, "info").mockImplementation((() => undefined) as never);
  world = await createFuzzWorld();
  browser.cookie = world.adminCookie;
  const resolvers = fuzzResolvers(world);
  families = [meetingFamilies, recordFamilies, invitationFamilies, directoryFamilies, adminFamilies].flatMap(
    (familiesOf) => familiesOf(world, resolvers),
  );
});

afterAll(() => {
  const histogram = new Map<number, number>();
  for (const r of reports)
    for (const [status, n] of r.statuses) histogram.set(status, (histogram.get(status) ?? 0) + n);
  const total = reports.reduce((sum, r) => sum + r.runs, 0);
  const lines = [
    `fuzz: ${reports.length} families, ${RUNS} runs each, seed ${SEED}, ${total} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ...reports.map(
      (r) =>
        `  ${r.name.padEnd(22)} ${String(r.runs).padStart(6)} in ${(r.ms / 1000).toFixed(1).padStart(6)} s  ` +
        [...r.statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}:${n}`)
          .join(" "),
    ),
    `  statuses: ${[...histogram]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}:${n}`)
      .join(" ")}`,
    `  5xx: ${reports.reduce((sum, r) => sum + fiveHundreds(r), 0)}; app log lines: ${logged.warn} warn, errors:`,
    ...[...logged.error].sort(([, a], [, b]) => b - a).map(([text, n]) => `    ${n} × ${text}`),
  ];
  console.log(lines.join("\n"));
});

// The families are made in beforeAll (they need the seeded ids); their names are fixed here.
const FAMILY_NAMES = [
  "meetings",
  "meeting status",
  "agenda",
  "co-chairs",
  "remarks",
  "decisions",
  "action items",
  "register",
  "invitations",
  "links",
  "rsvp link",
  "organisations",
  "organisation merge",
  "people",
  "people import",
  "programmes",
  "bundle import",
  "tokens and sessions",
];

describe(`${RUNS} generated requests per endpoint family answer no 5xx`, () => {
  it("covers every family it names", () => {
    expect(families.map((f) => f.name)).toEqual(FAMILY_NAMES);
  });

  it.each(FAMILY_NAMES)(
    "%s",
    async (name) => {
      const family = families.find((f) => f.name === name)!;
      const report = await runFamily(family, RUNS, SEED);
      reports.push(report);
      expect(fiveHundreds(report), failureMessage(report)).toBe(0);
    },
    FAMILY_TIMEOUT,
  );
});

/** A path with at least one piece that does not decode, or decodes to a control character. */
const malformedPath = fc
  .record({
    prefix: fc.constantFrom(
      "/",
      "/meetings/",
      "/programmes/",
      "/directory/people/",
      "/rsvp/",
      "/login/",
      "/api/v1/meetings/",
      "/api/v1/people/",
      "/api/health/",
      "/api/auth/",
    ),
    // No dots: a "/../" after the bad piece would remove its segment before the proxy sees it.
    before: fc.stringMatching(/^[A-Za-z0-9_~-]{0,12}$/),
    bad: fc.constantFrom(
      "%",
      "%Z",
      "%zz",
      "%E0%A4%A",
      "%ED%A0%80",
      "%C0%80",
      "%C0%AF",
      "%FF",
      "%F4%90%80%80",
      "%00",
      "%0A",
      "%0d",
      "%1F",
      "%7F",
      "%80",
      "%%30",
      "%u0041",
      "\u0000",
      "\u001b",
    ),
    after: fc.stringMatching(/^[A-Za-z0-9_~/-]{0,12}$/),
    query: fc.constantFrom("", "?page=%ZZ", "?q=%00", "?next=/meetings"),
    method: fc.constantFrom("GET", "POST", "HEAD"),
  })
  // "_" after the bad piece, so what follows never completes it ("%E0%A4%A" + "8" is a letter) and a
  // raw control character is never at the end (where the URL parser strips it).
  .map(({ prefix, before, bad, after, query, method }) => ({
    path: `${prefix}${before}${bad}_${after}${query}`,
    method,
  }));

it(
  "refuses a path with bad %-encoding with 400, pages and API alike",
  async () => {
    const statuses = new Map<number, number>();
    const wrong: string[] = [];
    const tried = performance.now();
    await fc.assert(
      fc.asyncProperty(malformedPath, async ({ path, method }) => {
        const request = new NextRequest(`http://localhost${path}`, { method });
        const response = await proxy(request);
        const status = response?.status ?? 200;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== 400 && wrong.length < 5) wrong.push(`${method} ${JSON.stringify(path)} → ${status}`);
      }),
      { numRuns: RUNS * 5, seed: SEED },
    );
    reports.push({
      name: "paths (proxy.ts)",
      runs: RUNS * 5,
      seed: SEED,
      ms: performance.now() - tried,
      statuses,
      failures: [],
    });
    expect(wrong, `paths not refused with 400 (seed ${SEED}):\n${wrong.join("\n")}`).toEqual([]);
  },
  FAMILY_TIMEOUT,
);

it("leaves no row holding what the app refuses", async () => {
  const { violations, columnsChecked } = await invalidRows();
  const counts = await rowCounts();
  const oddities = await allowedOddities();
  console.log(
    [
      `fuzz: ${columnsChecked} columns checked; rows now: ${JSON.stringify(counts)}`,
      "  stored and allowed:",
      ...oddities.map((o) => `    ${o}`),
    ].join("\n"),
  );
  // The run did write: invalid rows could not hide behind a run that refused everything.
  expect(counts.meetings).toBeGreaterThan(Object.keys(world.meetings).length);
  expect(
    violations,
    violations
      .map((v) => `${v.column}: ${v.rule} in ${v.rows} rows, e.g. ${JSON.stringify(v.example)}`)
      .join("\n"),
  ).toEqual([]);
});
