// Adoption at the end of the review cycle, with a real SMTP server and real pg-boss workers: the
// written no-objection procedure (reviewers told; an objection halts it and tells the secretariat,
// after which the deadline job adopts nothing; without one the job adopts, every reviewer gets the
// notice once, and the adopted version takes no more comments), the reminder and deadline jobs run
// once with two workers polling, the co-chairs' approval (in the app and by link), adoption at a
// later meeting (its adoption item required) and the programme's adoption methods.
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer, type TReceivedMail } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");

const { db } = await import("@/lib/db");
const { jobQueue, stopJobQueue } = await import("@/lib/jobs/boss");
const { MINUTES_REVIEW_QUEUE } = await import("@/lib/jobs/queues");
const { closeNoObjection, haltOnObjection, openNoObjection } =
  await import("@/lib/minutes/service/no-objection");
const { runMinutesReviewJob } = await import("@/lib/minutes/service/review-jobs");
const { createMeeting } = await import("../factories");
const r = await import("../support/review-world");
const { APP_URL, REVIEWERS, circulatedWorld, mailSubject, mailText, reviewFootprint } = r;
const { mailsTo, linkOf } = r.mailboxes(smtp);
type TReviewWorld = import("../support/review-world").TReviewWorld;

const workers: PgBoss[] = [];

afterAll(async () => {
  for (const worker of workers) await worker.stop({ graceful: false, wait: true });
  await stopJobQueue();
  await smtp.close();
});

const DAY = 86_400_000;
const isAdoptionNotice = (m: TReceivedMail) => /^(Minutes adopted|Notulen disahkan): /.test(mailSubject(m));
const isReminder = (m: TReceivedMail) => /^(Today|Hari ini): /.test(mailSubject(m));
const noticesTo = (w: TReviewWorld, key: (typeof REVIEWERS)[number]) =>
  mailsTo(w, key).filter(isAdoptionNotice);

/** Opens the procedure on version 1 as if 40 days ago, so its deadline has passed. */
async function openedLongAgo(w: TReviewWorld) {
  const opened = await openNoObjection(
    w.secretariatAccess,
    w.meeting.id,
    { number: 1 },
    { userId: w.users.secretariat.id },
    new Date(Date.now() - 40 * DAY),
  );
  expect(Date.parse(opened.closesAt)).toBeLessThan(Date.now());
  const minutes = await db().minutes.findUniqueOrThrow({ where: { meetingId: w.meeting.id } });
  const job = {
    type: "no-objection" as const,
    minutesId: minutes.id,
    number: 1,
    deadline: opened.closesAt,
  };
  return { opened, minutes, job };
}

/** Audit events that adopted these minutes. */
const adoptions = async (minutesId: string) =>
  (
    await db().auditEvent.findMany({ where: { entity: "Minutes", entityId: minutesId, action: "UPDATE" } })
  ).filter((e) => (e.after as { status?: string } | null)?.status === "ADOPTED");

async function until<T>(check: () => Promise<T>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the written no-objection procedure", () => {
  it("tells the reviewers; an objection halts it, tells the secretariat, and the deadline job adopts nothing", async () => {
    const w = await circulatedWorld();
    const { opened, minutes, job } = await openedLongAgo(w);
    for (const key of REVIEWERS) expect(mailsTo(w, key), key).toHaveLength(2);
    expect(mailSubject(mailsTo(w, "ana")[1])).toMatch(/^No-objection procedure: /);
    expect(mailSubject(mailsTo(w, "budi")[1])).toMatch(/^Prosedur tanpa keberatan: /);
    // The deadline job waits in the queue, keyed by the procedure it was queued for.
    const boss = (await jobQueue())!;
    const { rows } = await boss
      .getDb()
      .executeSql(`SELECT start_after, data FROM pgboss.job WHERE name = $1 AND data->>'minutesId' = $2`, [
        MINUTES_REVIEW_QUEUE,
        minutes.id,
      ]);
    expect(rows).toHaveLength(1);
    expect((rows[0] as { start_after: Date }).start_after.toISOString()).toBe(opened.closesAt);
    expect((rows[0] as { data: unknown }).data).toEqual(job);

    const res = await r.answerByLink(linkOf(w, "budi"), {
      answer: "OBJECTION",
      reason: "Keputusan 1 belum disepakati.",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ answer: "OBJECTION", haltedNoObjection: true });
    const halted = await db().minutes.findUniqueOrThrow({ where: { id: minutes.id } });
    expect(halted.noObjectionHaltedAt).not.toBeNull();

    // Both secretariat users are told, once; nobody else is.
    for (const user of [w.users.secretariat, w.users.secretariat2]) {
      const told = smtp.to(user.email);
      expect(told).toHaveLength(1);
      expect(mailSubject(told[0])).toMatch(/^Objection lodged: /);
      expect(mailText(told[0])).toContain("Keputusan 1 belum disepakati.");
      expect(mailText(told[0])).toContain("The no-objection procedure is halted.");
    }
    expect(smtp.to(w.users.coordinator.email)).toHaveLength(0);
    // A second objection halts nothing more and tells no one again.
    const second = await r.answerByLink(linkOf(w, "ana"), { answer: "OBJECTION", reason: "Also." });
    expect(await second.json()).toMatchObject({ haltedNoObjection: false });
    expect(smtp.to(w.users.secretariat.email)).toHaveLength(1);

    expect(await runMinutesReviewJob(job)).toEqual({ status: "halted" });
    const after = await db().minutes.findUniqueOrThrow({ where: { id: minutes.id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", adoptedAt: null, fingerprint: null });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: w.meeting.id } })).status).toBe(
      "MINUTES_IN_REVIEW",
    );
    for (const key of REVIEWERS) expect(noticesTo(w, key), key).toHaveLength(0);
  });

  it("without an objection the deadline job adopts; each reviewer gets the notice once; nothing more is taken", async () => {
    const w = await circulatedWorld();
    expect((await r.answerByLink(linkOf(w, "ana"), { answer: "NO_COMMENTS" })).status).toBe(200);
    const { minutes, job } = await openedLongAgo(w);

    // Before its deadline the job does not act (the worker retries it); a job of another deadline is stale.
    await expect(closeNoObjection(job, new Date(Date.parse(job.deadline) - 60_000))).rejects.toThrow();
    const otherDeadline = new Date(Date.parse(job.deadline) + 1000).toISOString();
    expect(await runMinutesReviewJob({ ...job, deadline: otherDeadline })).toEqual({ status: "stale" });
    expect((await db().minutes.findUniqueOrThrow({ where: { id: minutes.id } })).status).toBe("IN_REVIEW");

    expect(await runMinutesReviewJob(job)).toEqual({ status: "adopted", notices: REVIEWERS.length });
    const adopted = await db().minutes.findUniqueOrThrow({
      where: { id: minutes.id },
      include: { files: true, adoptedVersion: { select: { number: true } } },
    });
    expect(adopted).toMatchObject({ status: "ADOPTED", adoptionMethod: "NO_OBJECTION" });
    expect(adopted.adoptedVersion?.number).toBe(1);
    expect(adopted.files).toHaveLength(4);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: w.meeting.id } })).status).toBe(
      "MINUTES_ADOPTED",
    );
    const fingerprint = adopted.fingerprint!;
    for (const key of REVIEWERS) {
      const notices = noticesTo(w, key);
      expect(notices, key).toHaveLength(1);
      expect(mailText(notices[0])).toContain(fingerprint);
      expect(mailText(notices[0])).toContain(`${APP_URL}/verify?fingerprint=${fingerprint}`);
    }
    expect(mailText(noticesTo(w, "ana")[0])).toContain("by written no-objection procedure");
    expect(mailText(noticesTo(w, "budi")[0])).toContain("melalui prosedur tertulis tanpa keberatan");

    // The job again (a retry): adopted already, nobody mailed twice.
    expect(await runMinutesReviewJob(job)).toEqual({ status: "adopted", notices: 0 });
    for (const key of REVIEWERS) expect(noticesTo(w, key), key).toHaveLength(1);
    const events = await adoptions(minutes.id);
    expect(events).toHaveLength(1);
    expect(events[0].actorLabel).toBe("no-objection-procedure");

    // The adopted version is locked: read-only to its reviewers, a comment or an answer is 409.
    const page = await (await r.openReview(linkOf(w, "citra"))).json();
    expect(page.closed).toBe("adopted");
    const before = await reviewFootprint();
    const comment = await r.commentByLink(linkOf(w, "citra"), { anchor: w.anchors.decision, body: "Late." });
    expect(comment.status).toBe(409);
    expect((await comment.json()).error.messageKey).toBe("minutesReview.errors.versionClosed");
    expect((await r.answerByLink(linkOf(w, "citra"), { answer: "NO_COMMENTS" })).status).toBe(409);
    expect(await reviewFootprint()).toEqual(before);
  });

  it("an objection saved while the deadline job waits for the meeting still stops the adoption", async () => {
    const w = await circulatedWorld();
    const { minutes, job } = await openedLongAgo(w);
    // An objection being saved as answerReview saves it: the meeting's row held, then the halt.
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const objection = db().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${w.meeting.id} FOR SHARE`;
        holding();
        await released;
        expect(await haltOnObjection(tx, minutes.id, 1)).toBe(true);
      },
      { timeout: 30_000 },
    );
    await held;
    // The job has read the procedure (not halted yet) and waits for the meeting's row.
    const running = runMinutesReviewJob(job);
    await until(async () => {
      const [{ waiting }] = await db().$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%FOR UPDATE%'`;
      return waiting > 0;
    });
    release();
    await objection;
    expect(await running).not.toMatchObject({ status: "adopted" });
    const after = await db().minutes.findUniqueOrThrow({ where: { id: minutes.id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", adoptedAt: null });
    expect(after.noObjectionHaltedAt).not.toBeNull();
    for (const key of REVIEWERS) expect(noticesTo(w, key), key).toHaveLength(0);
  });

  it("is refused where the programme's terms of reference do not use it (409)", async () => {
    const w = await circulatedWorld({ adoptionMethods: ["AT_MEETING"] });
    await expect(
      openNoObjection(w.secretariatAccess, w.meeting.id, { number: 1 }, { userId: w.users.secretariat.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", key: "minutesReview.errors.methodNotAllowed" });
  });
});

describe("the review jobs with two workers polling", () => {
  it("send each reminder once and adopt once, each reviewer noticed once", async () => {
    const w = await circulatedWorld();
    const boss = (await jobQueue())!;
    // Two more processes' worth of workers on the same queue, polling fast.
    for (let i = 0; i < 2; i++) {
      const worker = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2, schedule: false });
      worker.on("error", () => undefined);
      await worker.start();
      await worker.work<import("@/lib/jobs/queues").TMinutesReviewJob>(
        MINUTES_REVIEW_QUEUE,
        { pollingIntervalSeconds: 0.5, batchSize: 1 },
        async ([job]) => {
          await runMinutesReviewJob(job.data);
        },
      );
      workers.push(worker);
    }
    const statesOf = async (key: "versionId" | "minutesId", id: string, ids: string[]) => {
      const { rows } = await boss
        .getDb()
        .executeSql(`SELECT id, state FROM pgboss.job WHERE name = $1 AND data->>'${key}' = $2`, [
          MINUTES_REVIEW_QUEUE,
          id,
        ]);
      return (rows as { id: string; state: string }[]).filter((j) => ids.includes(j.id));
    };
    const allCompleted = (key: "versionId" | "minutesId", id: string, ids: string[]) =>
      until(async () => {
        const jobs = await statesOf(key, id, ids);
        if (jobs.some((j) => j.state === "failed" || j.state === "retry")) {
          throw new Error(`a job failed: ${JSON.stringify(jobs)}`);
        }
        return jobs.length === ids.length && jobs.every((j) => j.state === "completed");
      });

    // Ministry A has answered: only Budi (ministry B) and Dina are reminded.
    expect((await r.answerByLink(linkOf(w, "ana"), { answer: "NO_COMMENTS" })).status).toBe(200);
    const v1 = await db().minutesVersion.findFirstOrThrow({
      where: { minutes: { meetingId: w.meeting.id }, number: 1 },
    });
    const reminder = {
      type: "reminder" as const,
      versionId: v1.id,
      when: "day" as const,
      closesAt: v1.reviewClosesAt!.toISOString(),
    };
    // The reminder due now, and the same reminder queued again (as after a retry).
    const reminders = await Promise.all([
      boss.send(MINUTES_REVIEW_QUEUE, reminder, { singletonKey: `test-reminder-${v1.id}` }),
      boss.send(MINUTES_REVIEW_QUEUE, reminder, { singletonKey: `test-reminder-again-${v1.id}` }),
    ]);
    await allCompleted("versionId", v1.id, reminders as string[]);
    const remindedOnce = { ana: 0, citra: 0, budi: 1, dina: 1 };
    for (const key of REVIEWERS) {
      expect(mailsTo(w, key).filter(isReminder), key).toHaveLength(remindedOnce[key]);
    }

    // The procedure's deadline passed: its job is due now; and queued again.
    const { minutes, job } = await openedLongAgo(w);
    const again = await boss.send(MINUTES_REVIEW_QUEUE, job, { singletonKey: `test-adoption-${minutes.id}` });
    const { rows } = await boss
      .getDb()
      .executeSql(`SELECT id FROM pgboss.job WHERE name = $1 AND data->>'minutesId' = $2`, [
        MINUTES_REVIEW_QUEUE,
        minutes.id,
      ]);
    const adoptionJobs = (rows as { id: string }[]).map((x) => x.id);
    expect(adoptionJobs).toHaveLength(2);
    expect(adoptionJobs).toContain(again);
    await allCompleted("minutesId", minutes.id, adoptionJobs);

    expect(await adoptions(minutes.id)).toHaveLength(1);
    expect(await db().minutesFile.count({ where: { minutesId: minutes.id } })).toBe(4);
    for (const key of REVIEWERS) expect(noticesTo(w, key), key).toHaveLength(1);
    // Nothing else was sent twice either.
    for (const key of REVIEWERS) {
      expect(mailsTo(w, key).filter(isReminder), key).toHaveLength(remindedOnce[key]);
    }
  });
});

describe("adoption by the co-chairs' approval", () => {
  it("each co-chair approves, in the app or by link; the last one adopts, with names and times", async () => {
    const w = await circulatedWorld({
      adoptionMethods: ["AT_MEETING", "NO_OBJECTION", "CO_CHAIRS"],
      coChairs: ["ana", "budi"],
    });
    const page = async (key: "ana" | "citra") => (await r.openReview(linkOf(w, key))).json();
    expect((await page("ana")).coChair).toEqual({ canApprove: true, hasApproved: false });
    expect((await page("citra")).coChair).toBeNull();

    const before = await reviewFootprint();
    const notCoChair = await r.approveByLink(linkOf(w, "citra"), { number: 1 });
    expect(notCoChair.status).toBe(409);
    expect((await notCoChair.json()).error.messageKey).toBe("minutesReview.errors.notCoChair");
    expect(await reviewFootprint()).toEqual(before);

    const start = Date.now();
    // Ana in the app (the member user is Ana), Budi by his link.
    const first = await r.approveInApp(w, { number: 1 });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ adopted: false });
    const twice = await r.approveInApp(w, { number: 1 });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.messageKey).toBe("minutesReview.errors.alreadyApproved");
    expect((await db().minutes.findUniqueOrThrow({ where: { meetingId: w.meeting.id } })).status).toBe(
      "IN_REVIEW",
    );

    const last = await r.approveByLink(linkOf(w, "budi"), { number: 1 });
    expect(last.status).toBe(200);
    expect(await last.json()).toMatchObject({ adopted: true });
    const minutes = await db().minutes.findUniqueOrThrow({ where: { meetingId: w.meeting.id } });
    expect(minutes).toMatchObject({ status: "ADOPTED", adoptionMethod: "CO_CHAIRS" });
    expect(await adoptions(minutes.id)).toHaveLength(1);

    const state = await (await r.reviewState(w)).json();
    expect(state.approvals.map((a: { person: { name: string } }) => a.person.name)).toEqual([
      w.people.ana.name,
      w.people.budi.name,
    ]);
    for (const approval of state.approvals) {
      expect(Date.parse(approval.approvedAt)).toBeGreaterThanOrEqual(start);
      expect(Date.parse(approval.approvedAt)).toBeLessThanOrEqual(Date.now());
    }
    const rows = await db().coChairApproval.findMany({
      where: { minutesVersion: { minutesId: minutes.id } },
    });
    expect(rows.find((a) => a.personId === w.people.ana.id)?.userId).toBe(w.users.member.id);
    expect(rows.find((a) => a.personId === w.people.budi.id)?.userId).toBeNull();
    for (const key of REVIEWERS) expect(noticesTo(w, key), key).toHaveLength(1);
    expect(mailText(noticesTo(w, "ana")[0])).toContain("by the co-chairs' approval");
  });

  it("is refused where the programme's terms of reference do not use it (409)", async () => {
    const w = await circulatedWorld({ coChairs: ["ana", "budi"] });
    const res = await r.approveByLink(linkOf(w, "budi"), { number: 1 });
    expect(res.status).toBe(409);
    expect((await res.json()).error.messageKey).toBe("minutesReview.errors.methodNotAllowed");
    expect(await db().coChairApproval.count({ where: { personId: w.people.budi.id } })).toBe(0);
  });
});

describe("adoption at a later meeting", () => {
  it("needs a later meeting of the programme with the item 'adoption of the previous minutes' (400 otherwise)", async () => {
    const w = await circulatedWorld();
    const meetingWith = async (programmeId: string, days: number, item: boolean, cancelled = false) => {
      const startsAt = new Date(w.meeting.startsAt.getTime() + days * DAY);
      const m = await createMeeting(programmeId, { startsAt, status: cancelled ? "CANCELLED" : "SCHEDULED" });
      if (item) {
        await db().agendaItem.create({
          data: {
            meetingId: m.id,
            order: 1,
            kind: "ADOPTION_OF_PREVIOUS_MINUTES",
            title: "Adoption of the minutes of the previous meeting",
          },
        });
      }
      return m.id;
    };
    const otherProgramme = await db().programme.create({ data: { title: "Other", country: "Indonesia" } });
    const refused = {
      none: undefined,
      earlier: await meetingWith(w.programme.id, -90, true),
      withoutItem: await meetingWith(w.programme.id, 90, false),
      otherProgramme: await meetingWith(otherProgramme.id, 90, true),
      cancelled: await meetingWith(w.programme.id, 90, true, true),
      missing: "cmnosuchmeeting000000000",
    };
    for (const [why, atMeetingId] of Object.entries(refused)) {
      const res = await r.adopt(w, { number: 1, method: "AT_MEETING", atMeetingId });
      expect(res.status, why).toBe(400);
      expect(Object.keys((await res.json()).error.fieldErrors), why).toEqual(["atMeetingId"]);
    }
    expect((await db().minutes.findUniqueOrThrow({ where: { meetingId: w.meeting.id } })).status).toBe(
      "IN_REVIEW",
    );

    const later = await meetingWith(w.programme.id, 90, true);
    const res = await r.adopt(w, { number: 1, method: "AT_MEETING", atMeetingId: later });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ method: "AT_MEETING", atMeetingId: later });
    const minutes = await db().minutes.findUniqueOrThrow({ where: { meetingId: w.meeting.id } });
    expect(minutes).toMatchObject({
      status: "ADOPTED",
      adoptionMethod: "AT_MEETING",
      adoptedAtMeetingId: later,
    });
  });

  it("refuses a method the programme's terms of reference do not use (409)", async () => {
    const w = await circulatedWorld();
    const res = await r.adopt(w, { number: 1, method: "CO_CHAIRS" });
    expect(res.status).toBe(409);
    expect((await res.json()).error.messageKey).toBe("minutesAdoption.errors.methodNotAllowed");
    expect((await db().minutes.findUniqueOrThrow({ where: { meetingId: w.meeting.id } })).status).toBe(
      "IN_REVIEW",
    );
  });
});
