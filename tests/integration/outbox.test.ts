// The outbox without SMTP: every e-mail is kept in PostgreSQL with its programme, so it survives a
// restart, and a secretariat user reads only the mail of programmes they manage (an administrator
// all), newest first, a page at a time. RSVP links never reach the log.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Before any app module reads (and caches) the environment: no SMTP_URL, so mail is kept.
vi.stubEnv("SMTP_URL", "");
vi.stubEnv("APP_URL", "https://psc.example.test");

const { db } = await import("@/lib/db");
const { inviteToMeeting } = await import("@/lib/invitation/service/invite");
const { stopJobQueue } = await import("@/lib/jobs/boss");
const { logger } = await import("@/lib/logger");
const { getUserWithAccess } = await import("@/lib/user/service");
const f = await import("../factories");

const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;

/** Everything the app logs while `run` runs, as the JSON it would write. */
async function logged(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const spies = LEVELS.map((level) =>
    vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => {
      lines.push(
        JSON.stringify(args, (_k, v: unknown) =>
          v instanceof Error ? { message: v.message, stack: v.stack } : v,
        ),
      );
    }) as never),
  );
  try {
    await run();
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
  return lines;
}

async function accessOf(role: "SECRETARIAT" | "ADMIN" | "COORDINATOR", programmeId?: string) {
  const user = await f.createUser({ role, programmeId });
  return (await getUserWithAccess(user.id))!;
}

let a: { programmeId: string; meetingId: string; invitee: { email: string | null } };
let b: { programmeId: string; meetingId: string; invitee: { email: string | null } };
let inviteLog: string[];

/** A programme whose secretariat invites one person to a meeting (mailed: kept in the outbox). */
async function programmeWithMail() {
  const programmeId = (await f.createProgramme()).id;
  const meetingId = (await f.createMeeting(programmeId, { startsAt: new Date(Date.now() + 10 * 86400_000) }))
    .id;
  const invitee = await f.createPerson((await f.createOrganisation()).id);
  const secretariat = await f.createUser({ role: "SECRETARIAT", programmeId });
  const { access } = (await getUserWithAccess(secretariat.id))!;
  let mailed = 0;
  inviteLog.push(
    ...(await logged(async () => {
      ({ mailed } = await inviteToMeeting(
        access,
        meetingId,
        { personIds: [invitee.id] },
        { userId: secretariat.id },
      ));
    })),
  );
  expect(mailed).toBe(1);
  return { programmeId, meetingId, invitee };
}

beforeAll(async () => {
  inviteLog = [];
  a = await programmeWithMail();
  b = await programmeWithMail();
});

afterAll(() => stopJobQueue());

describe("the outbox", () => {
  it("shows a secretariat user the mail of their programme, not another programme's", async () => {
    const { outboxPage } = await import("@/lib/mail/service");
    const secretariatOfA = await accessOf("SECRETARIAT", a.programmeId);
    const page = await outboxPage(secretariatOfA.access, 1);
    expect(page.data.map((m) => m.to)).toEqual([a.invitee.email]);
    expect(page.data[0]).toMatchObject({ status: "KEPT", hasCalendar: true });
    expect(page.data[0].text).toContain("https://psc.example.test/rsvp/");

    const coordinatorOfA = await accessOf("COORDINATOR", a.programmeId);
    expect((await outboxPage(coordinatorOfA.access, 1)).data).toEqual([]);

    const admin = await accessOf("ADMIN");
    const all = (await outboxPage(admin.access, 1)).data.map((m) => m.to);
    expect(all).toEqual([b.invitee.email, a.invitee.email]);
  });

  it("is kept in the database, so a restart loses nothing", async () => {
    const { outboxPage } = await import("@/lib/mail/service");
    // What a restarted process has: no mail in memory.
    delete (globalThis as { notulenOutbox?: unknown }).notulenOutbox;
    expect(
      await db().outboxMail.count({ where: { programmeId: { in: [a.programmeId, b.programmeId] } } }),
    ).toBe(2);
    const secretariatOfB = await accessOf("SECRETARIAT", b.programmeId);
    expect((await outboxPage(secretariatOfB.access, 1)).data.map((m) => m.to)).toEqual([b.invitee.email]);
  });

  it("pages newest first", async () => {
    const { outboxPage } = await import("@/lib/mail/service");
    const programmeId = (await f.createProgramme()).id;
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 8, i));
    await db().outboxMail.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        programmeId,
        to: `p${i}@example.test`,
        from: "Notulen <notulen@localhost>",
        subject: `Mail ${i}`,
        text: "Hello",
        status: "KEPT" as const,
        createdAt: at(i),
      })),
    });
    const { access } = await accessOf("SECRETARIAT", programmeId);
    const first = await outboxPage(access, 1);
    expect(first).toMatchObject({ total: 25, pageCount: 2 });
    expect(first.data[0].subject).toBe("Mail 24");
    expect(first.data).toHaveLength(20);
    expect((await outboxPage(access, 2)).data.map((m) => m.subject)).toEqual([
      "Mail 4",
      "Mail 3",
      "Mail 2",
      "Mail 1",
      "Mail 0",
    ]);
  });

  it("never writes an RSVP link to the log", () => {
    expect(inviteLog.length).toBeGreaterThan(0);
    for (const line of inviteLog) {
      expect(line).not.toContain("/rsvp/");
      expect(line).not.toMatch(/[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{43}/);
    }
    expect(inviteLog.join("\n")).toContain(a.invitee.email);
  });
});
