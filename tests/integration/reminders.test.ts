// Reminder e-mails end to end: scheduling puts one waiting pg-boss job per meeting and day in the
// test database (rescheduling replaces them), a real worker picks a due job up, and a real SMTP
// server receives reminders only for invitees who are pending or accepted — once, however often
// the job runs — and none for a cancelled or moved meeting.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mailParts, startSmtpServer } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_SECRET", "integration-test-secret-0123456789");
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");
vi.stubEnv("REMINDER_DAYS_BEFORE", "3,1");

const { db } = await import("@/lib/db");
const { jobQueue, stopJobQueue } = await import("@/lib/jobs/boss");
const { startWorkers } = await import("@/lib/jobs/worker");
const { REMINDER_QUEUE } = await import("@/lib/jobs/queues");
const { scheduleMeetingReminders, sendMeetingReminders } = await import("@/lib/invitation/service/reminders");
const f = await import("../factories");

type TInvitee = { email: string; invitationId: string };

/** A meeting 10 days ahead with one invitee per RSVP answer, and one without an e-mail address. */
async function meetingWithInvitees() {
  const programme = await f.createProgramme();
  const startsAt = new Date(Date.now() + 10 * 24 * 3600_000);
  startsAt.setUTCSeconds(0, 0);
  const meeting = await f.createMeeting(programme.id, { startsAt });
  const ministry = await f.createOrganisation();
  const invite = async (rsvp: "PENDING" | "ACCEPTED" | "DECLINED" | "DELEGATED", withEmail = true) => {
    const person = withEmail
      ? await f.createPerson(ministry.id)
      : await db().person.create({ data: { name: "No Mail", organisationId: ministry.id } });
    const invitation = await db().invitation.create({
      data: { meetingId: meeting.id, personId: person.id, invitedAt: new Date(), rsvp },
    });
    return { email: person.email ?? "", invitationId: invitation.id } satisfies TInvitee;
  };
  return {
    meeting,
    pending: await invite("PENDING"),
    accepted: await invite("ACCEPTED"),
    declined: await invite("DECLINED"),
    delegated: await invite("DELEGATED"),
    noEmail: await invite("PENDING", false),
  };
}

const jobData = (meeting: { id: string; startsAt: Date }, daysBefore = 1) => ({
  meetingId: meeting.id,
  daysBefore,
  startsAt: meeting.startsAt.toISOString(),
});

async function waitingJobs(meetingId: string) {
  const boss = (await jobQueue())!;
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT singleton_key, start_after, data FROM pgboss.job WHERE name = $1 AND state = 'created' AND data->>'meetingId' = $2 ORDER BY start_after`,
      [REMINDER_QUEUE, meetingId],
    );
  return rows as { singleton_key: string; start_after: Date; data: { daysBefore: number } }[];
}

async function until<T>(check: () => T | Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

let fixture: Awaited<ReturnType<typeof meetingWithInvitees>>;

beforeAll(async () => {
  fixture = await meetingWithInvitees();
});

afterAll(async () => {
  await stopJobQueue();
  await smtp.close();
});

describe("scheduling reminders", () => {
  it("queues one job per day before, at 09:00 in the meeting's zone, and replaces them on rescheduling", async () => {
    const result = await scheduleMeetingReminders(fixture.meeting.id);
    expect(result.status).toBe("scheduled");
    const jobs = await waitingJobs(fixture.meeting.id);
    expect(jobs.map((j) => j.data.daysBefore)).toEqual([3, 1]);
    for (const job of jobs) {
      const local = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Asia/Jakarta",
        hour: "2-digit",
        minute: "2-digit",
      }).format(job.start_after);
      expect(local).toBe("09:00");
    }

    // Moving the meeting a day later and scheduling again leaves two jobs, at the new times.
    const later = new Date(fixture.meeting.startsAt.getTime() + 24 * 3600_000);
    await db().meeting.update({ where: { id: fixture.meeting.id }, data: { startsAt: later } });
    await scheduleMeetingReminders(fixture.meeting.id);
    const moved = await waitingJobs(fixture.meeting.id);
    expect(moved).toHaveLength(2);
    expect(moved[0].start_after.getTime() - jobs[0].start_after.getTime()).toBe(24 * 3600_000);
    await db().meeting.update({
      where: { id: fixture.meeting.id },
      data: { startsAt: fixture.meeting.startsAt },
    });
    await scheduleMeetingReminders(fixture.meeting.id);
  });

  it("removes the waiting jobs of a cancelled meeting", async () => {
    const other = await meetingWithInvitees();
    await scheduleMeetingReminders(other.meeting.id);
    expect(await waitingJobs(other.meeting.id)).toHaveLength(2);
    await db().meeting.update({ where: { id: other.meeting.id }, data: { status: "CANCELLED" } });
    expect(await scheduleMeetingReminders(other.meeting.id)).toEqual({
      status: "skipped",
      reason: "CANCELLED",
    });
    expect(await waitingJobs(other.meeting.id)).toHaveLength(0);
  });
});

describe("sending reminders", () => {
  it("mails pending and accepted invitees with an address, with their own RSVP link, once", async () => {
    const outcome = await sendMeetingReminders(jobData(fixture.meeting));
    expect(outcome).toEqual({ status: "sent", mailed: 2, alreadyReminded: 0 });
    expect(smtp.to(fixture.pending.email)).toHaveLength(1);
    expect(smtp.to(fixture.accepted.email)).toHaveLength(1);
    expect(smtp.to(fixture.declined.email)).toHaveLength(0);
    expect(smtp.to(fixture.delegated.email)).toHaveLength(0);
    expect(smtp.received).toHaveLength(2);

    const mail = smtp.to(fixture.pending.email)[0];
    expect(mail.subject).toMatch(/^(=\?UTF-8\?Q\?)?Reminder(:|=3A)/); // MIME-encoded: the title has a dash
    const text = mailParts(mail.raw).find((p) => p.contentType.startsWith("text/plain"))!.body;
    expect(text).toContain("tomorrow");
    // Their own RSVP link: the token names the link issued for their invitation.
    const link = await db().link.findFirstOrThrow({
      where: { purpose: "RSVP", subjectId: fixture.pending.invitationId },
    });
    expect(text).toContain(`https://psc.example.test/rsvp/${link.id}.`);

    const events = await db().auditEvent.findMany({
      where: {
        actorLabel: "reminder",
        entityId: { in: [fixture.pending.invitationId, fixture.accepted.invitationId] },
      },
    });
    expect(events).toHaveLength(2);

    // The same job again (a retry): nobody gets a second mail.
    const again = await sendMeetingReminders(jobData(fixture.meeting));
    expect(again).toEqual({ status: "sent", mailed: 0, alreadyReminded: 2 });
    expect(smtp.received).toHaveLength(2);
  });

  it("mails nobody for a cancelled or moved meeting", async () => {
    const cancelled = await meetingWithInvitees();
    await db().meeting.update({ where: { id: cancelled.meeting.id }, data: { status: "CANCELLED" } });
    expect(await sendMeetingReminders(jobData(cancelled.meeting))).toEqual({
      status: "skipped",
      reason: "not-remindable",
    });

    const moved = await meetingWithInvitees();
    const stale = jobData(moved.meeting);
    await db().meeting.update({
      where: { id: moved.meeting.id },
      data: { startsAt: new Date(moved.meeting.startsAt.getTime() + 3600_000) },
    });
    expect(await sendMeetingReminders(stale)).toEqual({ status: "skipped", reason: "moved" });
    expect(smtp.to(cancelled.pending.email)).toHaveLength(0);
    expect(smtp.to(moved.pending.email)).toHaveLength(0);
  });

  it("runs due jobs through the pg-boss worker: mails once, and nothing for a cancelled meeting", async () => {
    const due = await meetingWithInvitees();
    const cancelled = await meetingWithInvitees();
    await db().meeting.update({ where: { id: cancelled.meeting.id }, data: { status: "CANCELLED" } });
    const boss = (await jobQueue())!;
    expect(await startWorkers({ pollingIntervalSeconds: 0.5 })).toBe(true);

    const sent = await Promise.all([
      boss.send(REMINDER_QUEUE, jobData(cancelled.meeting), { singletonKey: `test-cancelled` }),
      boss.send(REMINDER_QUEUE, jobData(due.meeting), { singletonKey: `test-due` }),
      // The same reminder queued twice (as after a retry): still one mail each.
      boss.send(REMINDER_QUEUE, jobData(due.meeting), { singletonKey: `test-due-again` }),
    ]);
    const ids = sent.map((id) => id!);
    await until(async () => {
      const jobs = await Promise.all(ids.map((id) => boss.getJobById(REMINDER_QUEUE, id)));
      return jobs.every((j) => j?.state === "completed");
    });
    expect(smtp.to(due.pending.email)).toHaveLength(1);
    expect(smtp.to(due.accepted.email)).toHaveLength(1);
    expect(smtp.to(due.declined.email)).toHaveLength(0);
    expect(smtp.to(cancelled.pending.email)).toHaveLength(0);
    expect(smtp.to(cancelled.accepted.email)).toHaveLength(0);
  });
});
