// The routes the benchmark loads, in one list: add a route here and it is checked, loaded and
// reported like the others. A path may hold `:name` placeholders, filled from what the route's
// setup hook returns (e.g. an id it picked from the seeded database).
//
//   {
//     name: "meeting page",
//     path: "/meetings/:meetingId",
//     auth: "session",
//     setup: async ({ queryOne }) => ({
//       meetingId: (await queryOne<{ id: string }>(`SELECT id FROM "Meeting" WHERE status = 'MINUTES_ADOPTED'
//         ORDER BY "startsAt" DESC LIMIT 1`)).id,
//     }),
//   },
import type pg from "pg";
import type { TAuthKind } from "./auth";
import type { TDatasetSizes } from "./config";
import { SHOWCASE_MEETING_ID } from "./seed-sql-showcase";

export type TRouteContext = {
  /** The seeded database (read-only use, please: every route sees the same data). */
  pool: pg.Pool;
  /** First row of a query; throws when there is none, so a bad pick fails loudly. */
  queryOne: <T extends Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T>;
  sizes: TDatasetSizes;
  /** A call to /api/v1 with the bench user's API token (for setup that goes through the app). */
  api: (method: "GET" | "POST", path: string, body?: unknown) => Promise<unknown>;
};

export type TBenchRoute = {
  /** Short, unique; also what `--route` matches. */
  name: string;
  /** Path and query; `:name` placeholders are filled from setup's result. */
  path: string;
  auth: TAuthKind;
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** JSON body for non-GET routes (sent with Content-Type: application/json). */
  body?: unknown;
  /** The static page every other route's throughput is compared with (exactly one route). */
  isBaseline?: boolean;
  /**
   * At most this many connections (else --connections). For a document of ~0.5 s of CPU: 32 in
   * flight on 2 cores share the CPU so evenly that a 6 s window can end before any is finished.
   */
  maxConnections?: number;
  setup?: (ctx: TRouteContext) => Promise<Record<string, string>>;
};

/** Connections for the PDF and DOCX routes (see maxConnections). */
const DOCUMENT_CONNECTIONS = 4;

/** The connections a route is loaded with: --connections, or fewer where the route says so. */
export function connectionsFor(route: TBenchRoute, connections: number): number {
  return Math.min(connections, route.maxConnections ?? connections);
}

export const ROUTES: TBenchRoute[] = [
  { name: "static /about", path: "/about", auth: "none", isBaseline: true },
  { name: "/api/health", path: "/api/health", auth: "none" },
  // The shell and one form, no records read: what every signed-in page costs before its data.
  {
    name: "page /directory/people/import (bare: shell, no data)",
    path: "/directory/people/import",
    auth: "session",
  },
  { name: "page /meetings", path: "/meetings", auth: "session" },
  { name: "GET /api/v1/meetings", path: "/api/v1/meetings", auth: "token" },
  { name: "page /meetings/{id}", path: "/meetings/:meetingId", auth: "session", setup: busiestHeldMeeting },
  {
    name: "page /meetings/{id}/register",
    path: "/meetings/:meetingId/register",
    auth: "session",
    setup: busiestHeldMeeting,
  },
  {
    name: "GET /api/v1/meetings/{id}/attendance/stats",
    path: "/api/v1/meetings/:meetingId/attendance/stats",
    auth: "token",
    setup: busiestHeldMeeting,
  },
  {
    name: "page /meetings/{id}/capture",
    path: "/meetings/:meetingId/capture",
    auth: "session",
    setup: showcaseMeeting,
  },
  {
    name: "GET /api/v1/meetings/{id}/summary (60 present, 40 remarks)",
    path: "/api/v1/meetings/:meetingId/summary?lang=en&format=html",
    auth: "token",
    setup: showcaseMeeting,
  },
  {
    name: "GET /api/v1/meetings/{id}/minutes.pdf (60 present, 40 remarks)",
    path: "/api/v1/meetings/:meetingId/minutes.pdf?lang=id",
    auth: "token",
    maxConnections: DOCUMENT_CONNECTIONS,
    setup: showcaseMeeting,
  },
  {
    name: "GET /api/v1/meetings/{id}/minutes.docx (60 present, 40 remarks)",
    path: "/api/v1/meetings/:meetingId/minutes.docx?lang=en",
    auth: "token",
    maxConnections: DOCUMENT_CONNECTIONS,
    setup: showcaseMeeting,
  },
  {
    name: "page /actions (one ministry, open and in progress)",
    path: "/actions?organisationId=:organisationId&status=OPEN,IN_PROGRESS&sort=due",
    auth: "session",
    setup: busiestOwner,
  },
  {
    name: "GET /api/v1/action-items (one ministry, open and in progress)",
    path: "/api/v1/action-items?organisationId=:organisationId&status=OPEN,IN_PROGRESS&sort=due",
    auth: "token",
    setup: busiestOwner,
  },
  {
    name: "page /actions/accountability (the programme with most action items)",
    path: "/actions/accountability?programmeId=:programmeId",
    auth: "session",
    setup: busiestProgramme,
  },
  {
    name: "GET /api/v1/programmes/{id}/accountability (the programme with most action items)",
    path: "/api/v1/programmes/:programmeId/accountability",
    auth: "token",
    setup: busiestProgramme,
  },
  {
    name: "page /actions/{id} (the item with most progress updates)",
    path: "/actions/:actionItemId",
    auth: "session",
    setup: mostUpdatedItem,
  },
  {
    name: "page /review/{token} (60 present, 40 remarks)",
    path: "/review/:token",
    auth: "none",
    setup: circulatedShowcase,
  },
];

/**
 * The showcase meeting's minutes drafted and circulated through the API (once), and the review
 * link of one reviewer, read from the e-mail kept in the outbox (the bench server has no SMTP).
 */
async function circulatedShowcase(ctx: TRouteContext): Promise<Record<string, string>> {
  const meetingId = SHOWCASE_MEETING_ID;
  const base = `/meetings/${encodeURIComponent(meetingId)}/minutes`;
  const versions = (await ctx.api("GET", `${base}/versions`)) as { data: { number: number }[] };
  if (versions.data.length === 0) await ctx.api("POST", `${base}/versions`, { number: 1 });
  const mailed = await ctx.pool.query(`SELECT text FROM "OutboxMail" WHERE text LIKE '%/review/%' LIMIT 1`);
  if (mailed.rows.length === 0) await ctx.api("POST", `${base}/circulate`, { number: 1 });
  const { text } = await ctx.queryOne<{ text: string }>(
    `SELECT text FROM "OutboxMail" WHERE text LIKE '%/review/%' ORDER BY "createdAt" LIMIT 1`,
  );
  const token = /\/review\/([A-Za-z0-9_.-]+)/.exec(text)?.[1];
  if (!token) throw new Error("no review link in the circulated e-mail");
  return { token };
}

/** The meeting of exactly 60 participants and 40 remarks (bench/seed-sql-showcase.ts). */
async function showcaseMeeting({ queryOne }: TRouteContext): Promise<Record<string, string>> {
  const row = await queryOne<{ id: string }>(`SELECT id FROM "Meeting" WHERE id = $1`, [SHOWCASE_MEETING_ID]);
  return { meetingId: row.id };
}

/** The organisation owning the most action items: the register's worst case for one ministry. */
async function busiestOwner({ queryOne }: TRouteContext): Promise<Record<string, string>> {
  const row = await queryOne<{ id: string }>(
    `SELECT "ownerOrganisationId" AS id FROM "ActionItem" WHERE "ownerOrganisationId" IS NOT NULL
     GROUP BY "ownerOrganisationId" ORDER BY count(*) DESC, "ownerOrganisationId" LIMIT 1`,
  );
  return { organisationId: row.id };
}

/** The programme with the most action items: the accountability view's worst case. */
async function busiestProgramme({ queryOne }: TRouteContext): Promise<Record<string, string>> {
  const row = await queryOne<{ id: string }>(
    `SELECT "programmeId" AS id FROM "ActionItem" GROUP BY "programmeId" ORDER BY count(*) DESC, "programmeId" LIMIT 1`,
  );
  return { programmeId: row.id };
}

/** The action item with the most progress updates: its page lists its history. */
async function mostUpdatedItem({ queryOne }: TRouteContext): Promise<Record<string, string>> {
  const row = await queryOne<{ id: string }>(
    `SELECT "actionItemId" AS id FROM "ActionItemUpdate" GROUP BY "actionItemId"
     ORDER BY count(*) DESC, "actionItemId" LIMIT 1`,
  );
  return { actionItemId: row.id };
}

/** The held meeting with the most attendance rows: the worst case for meeting-level pages. */
async function busiestHeldMeeting({ queryOne }: TRouteContext): Promise<Record<string, string>> {
  const row = await queryOne<{ id: string }>(
    `SELECT "meetingId" AS id FROM "Invitation" WHERE attendance IS NOT NULL
     GROUP BY "meetingId" ORDER BY count(*) DESC, "meetingId" LIMIT 1`,
  );
  return { meetingId: row.id };
}

/** Fills `:name` placeholders; throws when the setup hook did not provide one. */
export function resolvePath(route: TBenchRoute, params: Record<string, string>): string {
  return route.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, key: string) => {
    if (!(key in params)) throw new Error(`route "${route.name}": setup gave no value for :${key}`);
    return encodeURIComponent(params[key]);
  });
}

export function selectRoutes(filter: string[]): TBenchRoute[] {
  if (filter.length === 0) return ROUTES;
  const wanted = filter.map((f) => f.toLowerCase());
  // "=NAME" is the route of exactly that name; anything else, every route whose name contains it.
  const matches = (name: string, w: string) => (w.startsWith("=") ? name === w.slice(1) : name.includes(w));
  const selected = ROUTES.filter((r) => wanted.some((w) => matches(r.name.toLowerCase(), w)));
  if (selected.length === 0) throw new Error(`no route matches --route ${filter.join(", ")}`);
  return selected;
}
