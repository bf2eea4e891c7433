// Demo data for a fresh Notulen database: one joint programme in Indonesia with its directory,
// users and three PSC meetings (adopted, draft minutes, scheduled). Run once after migrating:
//   DATABASE_URL=… tsx prisma/seed.ts      (NOTULEN_EMBEDDED_DB=1 for the embedded PGlite)
// It writes nothing if a programme already exists, writes everything in one transaction, and
// uses no randomness, so tests can rely on prisma/seed/demo-facts.ts.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import type { Prisma } from "../lib/generated/prisma/client";
import { env } from "../lib/env";
import {
  DEMO_ACTIONS,
  DEMO_COUNTS,
  DEMO_MEETINGS,
  DEMO_REFERENCE_DATE,
  SEED_SKIP_MESSAGE,
} from "./seed/demo-facts";
import { writeHolidays } from "./seed/holidays";
import { MEETING_1 } from "./seed/meeting-1";
import { MEETING_2 } from "./seed/meeting-2";
import { MEETING_3 } from "./seed/meeting-3";
import { loadDemoUsers } from "./seed/users";
import { writeDirectory, type TDirectoryIds, type TTx } from "./seed/write-directory";
import { createMeetings, writeMeetingRecord } from "./seed/write-meeting";
import { writeAuditEvents, writeMinutes } from "./seed/write-minutes";

const MEETINGS = [MEETING_1, MEETING_2, MEETING_3];

class AlreadySeeded extends Error {}

/** Fails the transaction (so nothing is kept) if the data written disagree with demo-facts.ts. */
async function checkFacts(tx: TTx, ids: TDirectoryIds, meetingIds: Map<number, string>): Promise<void> {
  const problems: string[] = [];
  const expect = (what: string, actual: number, expected: number) => {
    if (actual !== expected) problems.push(`${what}: ${actual}, demo-facts says ${expected}`);
  };
  expect("organisations", await tx.organisation.count(), DEMO_COUNTS.organisations);
  expect("people", await tx.person.count(), DEMO_COUNTS.people);
  expect("demo users", ids.users.size, DEMO_COUNTS.users);
  for (const facts of Object.values(DEMO_MEETINGS)) {
    const meetingId = meetingIds.get(facts.sequenceNumber)!;
    const label = `meeting ${facts.sequenceNumber}`;
    expect(`${label} invitations`, await tx.invitation.count({ where: { meetingId } }), facts.invitations);
    expect(
      `${label} present`,
      await tx.invitation.count({ where: { meetingId, attendance: "PRESENT" } }),
      facts.present,
    );
    expect(`${label} decisions`, await tx.decision.count({ where: { meetingId } }), facts.decisions);
    expect(`${label} action items`, await tx.actionItem.count({ where: { meetingId } }), facts.actionItems);
  }
  const actions = (where: Prisma.ActionItemWhereInput) => tx.actionItem.count({ where });
  const open = { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } };
  expect("action items", await actions({}), DEMO_ACTIONS.total);
  expect("open action items", await actions(open), DEMO_ACTIONS.openOrInProgress);
  expect(
    "overdue action items",
    await actions({ ...open, dueDate: { lt: new Date(DEMO_REFERENCE_DATE) } }),
    DEMO_ACTIONS.overdue,
  );
  expect("done action items", await actions({ status: "DONE" }), DEMO_ACTIONS.done);
  expect("dropped action items", await actions({ status: "DROPPED" }), DEMO_ACTIONS.dropped);
  if (problems.length) throw new Error(`seed data and demo-facts.ts disagree:\n  ${problems.join("\n  ")}`);
}

async function main(): Promise<void> {
  const { DATABASE_URL, NOTULEN_EMBEDDED_DB } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const prisma = createPrismaClient({ url: DATABASE_URL, isEmbedded: NOTULEN_EMBEDDED_DB });
  try {
    if ((await prisma.programme.count()) > 0) {
      console.log(SEED_SKIP_MESSAGE);
      return;
    }
    const demoUsers = await loadDemoUsers();
    const started = Date.now();
    await prisma.$transaction(
      async (tx) => {
        if ((await tx.programme.count()) > 0) throw new AlreadySeeded();
        const ids = await writeDirectory(tx, demoUsers);
        // The holidays migration inserted them already (then this skips them); written here too so
        // the demo has them however its schema was made.
        await writeHolidays(tx);
        // The secretariat drafted the minutes and logged the action updates.
        const secretariatEmail = demoUsers.find((u) => u.role === "SECRETARIAT")?.email;
        const authorId = secretariatEmail ? ids.users.get(secretariatEmail) : undefined;
        const meetingIds = await createMeetings(tx, ids, MEETINGS);
        const records = [];
        for (const seed of MEETINGS) {
          records.push({ seed, invitations: await writeMeetingRecord(tx, ids, seed, meetingIds, authorId) });
        }
        const firstMinutesId = await writeMinutes(tx, ids, meetingIds, [records[0], records[1]], authorId);
        await writeAuditEvents(tx, ids, meetingIds, MEETINGS, firstMinutesId);
        await checkFacts(tx, ids, meetingIds);
      },
      // Generous: over the embedded PGlite (one connection) every statement is a socket round trip.
      { maxWait: 30_000, timeout: 300_000 },
    );
    await prisma.$disconnect();
    snapshotMinutes();
    const [meetings, invitations, remarks, actionItems] = await Promise.all([
      prisma.meeting.count(),
      prisma.invitation.count(),
      prisma.remark.count(),
      prisma.actionItem.count(),
    ]);
    console.log(
      `demo data written in ${Date.now() - started} ms: 1 programme, ${DEMO_COUNTS.organisations} organisations, ` +
        `${DEMO_COUNTS.people} people, ${demoUsers.length} users, ${meetings} meetings, ${invitations} invitations, ` +
        `${remarks} remarks, ${actionItems} action items`,
    );
  } catch (error) {
    if (!(error instanceof AlreadySeeded)) throw error;
    console.log(SEED_SKIP_MESSAGE);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * The demo's minutes as the app makes them (prisma/seed/snapshot-minutes.ts): it uses the app's
 * services, which load only under the react-server condition, hence a child process. A failure
 * leaves the demo usable (older version format) and is reported.
 */
function snapshotMinutes(): void {
  const root = path.resolve(import.meta.dirname, "..");
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      "--conditions=react-server",
      "prisma/seed/snapshot-minutes.ts",
    ],
    { cwd: root, stdio: "inherit", env: process.env },
  );
  if (result.status !== 0) console.error("demo minutes were not turned into snapshots (see above)");
}

main().catch((error: unknown) => {
  console.error("seed failed, nothing was written:", error);
  process.exitCode = 1;
});
