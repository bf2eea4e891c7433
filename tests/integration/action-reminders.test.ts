// Reminders, update links and digests of the follow-up register (issue 11), with a real SMTP server
// and real pg-boss workers: the owner person of an open action item is mailed 7 days before its due
// date, on the day and the day after — once each, not for a done item, in their language, with their
// personal /act link; a sweep run twice, or by two workers polling, sends each mail once. The /act
// link updates the item as its person (authorPersonId, audited) and never verifies it; a tampered,
// expired, revoked or other person's link answers 404 and writes nothing. Monday's sweep sends each
// organisation's digest of its open and overdue items (a ministry's includes its directorates') in
// the recipient's language and the coordinators' overview; the unsubscribe link stops the next one.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpServer, type TReceivedMail } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_SECRET", "integration-test-secret-0123456789");
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");
// The link action reads the language cookie through next/headers and refreshes pages through
// next/cache, which need Next's request store (absent in-process).
vi.mock("next/headers", () => import("../support/next-headers-mock"));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

const { db } = await import("@/lib/db");
const { isAppError } = await import("@/lib/errors");
const { jobQueue, stopJobQueue } = await import("@/lib/jobs/boss");
const { ACTION_REMINDER_QUEUE } = await import("@/lib/jobs/queues");
const { issueLink } = await import("@/lib/link/service");
const { addDays, runActionSweep, startActionSweeps, sweepDay } =
  await import("@/lib/action-item/service/reminders");
const { sendWeeklyDigests } = await import("@/lib/action-item/service/digests");
const { actLinkPage, updateByLink } = await import("@/lib/action-item/service/act-link");
const { unsubscribeFromDigests, unsubscribePage } = await import("@/lib/action-item/service/unsubscribe");
const { updateByLinkAction } = await import("@/lib/action-item/link-actions");
const f = await import("../factories");
const { mailSubject, mailText } = await import("../support/review-world");

const workers: PgBoss[] = [];

afterAll(async () => {
  for (const worker of workers) await worker.stop({ graceful: false, wait: true });
  await stopJobQueue();
  await smtp.close();
});

/** The first day on or after `from` that falls on `weekday` (0 = Sunday). */
function nextWeekday(from: string, weekday: number): string {
  let day = from;
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== weekday) day = addDays(day, 1);
  return day;
}

// Days well ahead, so the next-day sweeps each run queues are never due during the test.
const TUESDAY = nextWeekday(addDays(sweepDay(), 40), 2);
const MONDAY = nextWeekday(addDays(sweepDay(), 80), 1);
const WORKER_MONDAY = nextWeekday(addDays(sweepDay(), 120), 1);

const dueOn = (day: string) => new Date(`${day}T00:00:00Z`);

/** A programme with a held meeting, a ministry with a directorate, and a way to add action items. */
async function world() {
  const programme = await f.createProgramme();
  const meeting = await f.createMeeting(programme.id, { status: "HELD" });
  const ministry = await f.createOrganisation();
  const directorate = await db().organisation.create({
    data: { name: `Directorate of ${ministry.name}`, kind: "GOVERNMENT_MINISTRY", parentId: ministry.id },
  });
  let number = 0;
  const item = (data: {
    title?: string;
    dueDate: Date;
    ownerPersonId?: string;
    ownerOrganisationId?: string;
    status?: "OPEN" | "IN_PROGRESS" | "REPORTED_DONE" | "DONE" | "DROPPED";
  }) => {
    number += 1;
    return db().actionItem.create({
      data: {
        programmeId: programme.id,
        meetingId: meeting.id,
        number,
        title: data.title ?? `Send the data ${number}`,
        dueDate: data.dueDate,
        ownerPersonId: data.ownerPersonId,
        ownerOrganisationId: data.ownerOrganisationId ?? directorate.id,
        status: data.status ?? "OPEN",
      },
    });
  };
  /** A person of `organisationId` in `language`, with a user account in the programme when asked. */
  const person = async (organisationId: string, language: "en" | "id", role?: "MEMBER" | "COORDINATOR") => {
    const p = await f.createPerson(organisationId);
    await db().person.update({ where: { id: p.id }, data: { language } });
    if (role) await f.createUser({ role, programmeId: programme.id, personId: p.id });
    return { ...p, language, email: p.email! };
  };
  return { programme, meeting, ministry, directorate, item, person };
}

const textOf = (m: TReceivedMail) => mailText(m);
const actTokenIn = (m: TReceivedMail) => /https:\/\/psc\.example\.test\/act\/(\S+)/.exec(textOf(m))![1];

async function footprint(itemId: string) {
  return {
    updates: await db().actionItemUpdate.count({ where: { actionItemId: itemId } }),
    audits: await db().auditEvent.count({ where: { entity: "ActionItem", entityId: itemId } }),
    item: await db().actionItem.findUniqueOrThrow({
      where: { id: itemId },
      select: { status: true, version: true },
    }),
  };
}

describe("reminders to an action item's owner", () => {
  let w: Awaited<ReturnType<typeof world>>;
  let owner: Awaited<ReturnType<Awaited<ReturnType<typeof world>>["person"]>>;
  let items: Record<"before" | "day" | "after" | "done" | "notDue" | "noOwner", { id: string }>;

  beforeAll(async () => {
    w = await world();
    owner = await w.person(w.directorate.id, "id");
    const mine = (dueDate: Date, status?: "DONE") => w.item({ dueDate, ownerPersonId: owner.id, status });
    items = {
      before: await mine(dueOn(addDays(TUESDAY, 7))),
      day: await mine(dueOn(TUESDAY)),
      after: await mine(dueOn(addDays(TUESDAY, -1))),
      done: await mine(dueOn(TUESDAY), "DONE"),
      notDue: await mine(dueOn(addDays(TUESDAY, 3))),
      noOwner: await w.item({ dueDate: dueOn(TUESDAY) }),
    };
  });

  it("mails 7 days before, on the day and the day after — once each, never for a done item", async () => {
    const first = await runActionSweep({ day: TUESDAY });
    expect(first.digests).toBeNull(); // not a Monday
    expect(first.reminders).toMatchObject({ mailed: 3, alreadyReminded: 0, withoutAddress: 1, failures: 0 });
    const mails = smtp.to(owner.email);
    expect(mails).toHaveLength(3);
    // In the owner's language (Indonesian), one per kind.
    const subjects = mails.map(mailSubject).sort();
    expect(subjects.some((s) => s.startsWith("Lewat tenggat: tindak lanjut"))).toBe(true);
    expect(subjects.some((s) => /^Tenggat tindak lanjut .* adalah hari ini$/.test(s))).toBe(true);
    expect(subjects.some((s) => /^Tindak lanjut .* bertenggat /.test(s))).toBe(true);
    const dayMail = mails.find((m) => mailSubject(m).endsWith("hari ini"))!;
    const text = textOf(dayMail);
    expect(text).toContain(`PSC${w.meeting.sequenceNumber}/A/02`);
    expect(text).toContain("Send the data 2");
    expect(text).toContain(w.meeting.title);
    // Their own update link for that item.
    const link = await db().link.findFirstOrThrow({
      where: { purpose: "ACTION_UPDATE", subjectId: items.day.id, personId: owner.id },
    });
    expect(actTokenIn(dayMail).startsWith(`${link.id}.`)).toBe(true);
    // Expiry: 30 days past the due date (the due date is more than 30 days ahead).
    expect(link.expiresAt.toISOString().slice(0, 10)).toBe(addDays(TUESDAY, 30));

    // Each mail is in the audit trail.
    const records = await db().auditEvent.findMany({
      where: { actorLabel: "action-reminder", entityId: { in: Object.values(items).map((i) => i.id) } },
    });
    expect(records.map((r) => r.entityId).sort()).toEqual(
      [items.before.id, items.day.id, items.after.id].sort(),
    );

    // The same day swept again (a retry, a restart): nothing more.
    const again = await runActionSweep({ day: TUESDAY });
    expect(again.reminders).toMatchObject({ mailed: 0, alreadyReminded: 3 });
    expect(smtp.to(owner.email)).toHaveLength(3);

    // The sweep queued the next day's, at 08:00 in Jakarta.
    const boss = (await jobQueue())!;
    const { rows } = await boss
      .getDb()
      .executeSql(`SELECT start_after FROM pgboss.job WHERE name = $1 AND singleton_key = $2`, [
        ACTION_REMINDER_QUEUE,
        `action-sweep:${addDays(TUESDAY, 1)}`,
      ]);
    expect(rows).toHaveLength(1);
    expect((rows[0] as { start_after: Date }).start_after.toISOString()).toBe(
      `${addDays(TUESDAY, 1)}T01:00:00.000Z`,
    );
  });

  describe("the personal update link", () => {
    let token: string;
    beforeAll(async () => {
      const mail = smtp.to(owner.email).find((m) => mailSubject(m).endsWith("hari ini"))!;
      token = actTokenIn(mail);
    });

    it("opens the item's page in the owner's language, each view audited", async () => {
      const page = await actLinkPage(token);
      expect(page).toMatchObject({
        locale: "id",
        personName: owner.name,
        reference: `PSC${w.meeting.sequenceNumber}/A/02`,
        title: "Send the data 2",
        status: "OPEN",
        dueDate: TUESDAY,
      });
      expect(page!.allowedStatuses).not.toContain("DONE");
      expect((await actLinkPage(token, "en"))!.locale).toBe("en");
      const link = await db().link.findFirstOrThrow({ where: { id: token.split(".")[0] } });
      expect(link.useCount).toBe(2);
    });

    it("records progress as the link's person, audited, through the public action", async () => {
      const form = new FormData();
      form.set("token", token);
      form.set("locale", "id");
      form.set("body", "Data dikirim ke Bappenas.");
      form.set("statusAfter", "REPORTED_DONE");
      form.set("evidenceUrl", "https://example.org/surat.pdf");
      const result = await updateByLinkAction(form);
      expect(result.ok).toBe(true);
      const update = await db().actionItemUpdate.findFirstOrThrow({ where: { actionItemId: items.day.id } });
      expect(update).toMatchObject({
        authorPersonId: owner.id,
        authorUserId: null,
        statusBefore: "OPEN",
        statusAfter: "REPORTED_DONE",
        body: "Data dikirim ke Bappenas.",
      });
      const audit = await db().auditEvent.findFirstOrThrow({
        where: {
          entity: "ActionItem",
          entityId: items.day.id,
          action: "UPDATE",
          actorLabel: "action-update-link",
        },
      });
      expect(audit.actorUserId).toBeNull();
      const uses = await db().auditEvent.findMany({
        where: { entity: "Link", entityId: token.split(".")[0] },
      });
      expect(uses.map((u) => (u.after as { use: string }).use)).toContain("update");
      expect((await actLinkPage(token))!.updates[0]).toMatchObject({ authorName: owner.name });
    });

    it("never verifies done", async () => {
      const before = await footprint(items.day.id);
      await expect(updateByLink(token, { body: "Selesai.", statusAfter: "DONE" })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldIssues: { statusAfter: [{ key: "actionItemPage.errors.verifyOnly" }] },
      });
      expect(await footprint(items.day.id)).toEqual(before);
    });

    it("answers 404 and writes nothing for a tampered, expired, revoked or other person's link", async () => {
      const itemId = items.before.id;
      const mail = smtp.to(owner.email).find((m) => mailSubject(m).startsWith("Tindak lanjut"))!;
      const good = actTokenIn(mail);
      const before = await footprint(itemId);
      const refused = async (t: string) => {
        expect(await actLinkPage(t)).toBeNull();
        const error = await updateByLink(t, { body: "Progress." }).catch((e: unknown) => e);
        expect(isAppError(error) && error.code).toBe("NOT_FOUND");
        expect(await footprint(itemId)).toEqual(before);
      };
      // Tampered: one character of the signature changed; the link id alone; another link's id.
      const last = good.at(-1) === "A" ? "B" : "A";
      await refused(`${good.slice(0, -1)}${last}`);
      await refused(good.split(".")[0]);
      await refused(`${token.split(".")[0]}.${good.split(".")[1]}`);
      // Another person's link for the item: someone of another ministry.
      const stranger = await w.person((await f.createOrganisation()).id, "en");
      const strangers = await issueLink({
        purpose: "ACTION_UPDATE",
        personId: stranger.id,
        subjectId: itemId,
        programmeId: w.programme.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      await refused(strangers);
      // Expired, then revoked.
      const linkId = good.split(".")[0];
      const { expiresAt } = await db().link.findUniqueOrThrow({ where: { id: linkId } });
      await db().link.update({ where: { id: linkId }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await refused(good);
      await db().link.update({ where: { id: linkId }, data: { expiresAt, revokedAt: new Date() } });
      await refused(good);
      // Still the owner's once live again: the link, not the item, was refused.
      await db().link.update({ where: { id: linkId }, data: { revokedAt: null } });
      expect(await actLinkPage(good)).not.toBeNull();
    });
  });
});

describe("the weekly digests", () => {
  let w: Awaited<ReturnType<typeof world>>;
  let people: Record<"head" | "staff" | "noAccount" | "coordinator", { id: string; email: string }>;
  let titles: Record<"overdue" | "open" | "ministryOwn" | "done" | "reported", string>;

  beforeAll(async () => {
    w = await world();
    people = {
      // The ministry's member (Indonesian) sees the directorate's items too.
      head: await w.person(w.ministry.id, "id", "MEMBER"),
      // The directorate's member (English) sees only the directorate's.
      staff: await w.person(w.directorate.id, "en", "MEMBER"),
      noAccount: await w.person(w.ministry.id, "en"),
      coordinator: await w.person((await f.createOrganisation()).id, "en", "COORDINATOR"),
    };
    titles = {
      overdue: "Submit the overdue report",
      open: "Draft the provincial plan",
      ministryOwn: "Sign the ministry's letter",
      done: "Finished long ago",
      reported: "Reported but not verified",
    };
    await w.item({ title: titles.overdue, dueDate: dueOn(addDays(MONDAY, -3)) });
    await w.item({ title: titles.open, dueDate: dueOn(addDays(MONDAY, 20)) });
    await w.item({
      title: titles.ministryOwn,
      dueDate: dueOn(addDays(MONDAY, 5)),
      ownerOrganisationId: w.ministry.id,
    });
    await w.item({ title: titles.done, dueDate: dueOn(addDays(MONDAY, -30)), status: "DONE" });
    await w.item({ title: titles.reported, dueDate: dueOn(addDays(MONDAY, -1)), status: "REPORTED_DONE" });
  });

  it("sends each organisation its open and overdue items in the reader's language, once", async () => {
    const outcome = await runActionSweep({ day: MONDAY });
    expect(outcome.digests).toMatchObject({ failures: 0 });
    const [head] = smtp.to(people.head.email);
    const [staff] = smtp.to(people.staff.email);
    expect(smtp.to(people.head.email)).toHaveLength(1);
    expect(smtp.to(people.staff.email)).toHaveLength(1);
    expect(smtp.to(people.noAccount.email)).toHaveLength(0);

    expect(mailSubject(head)).toMatch(/^Tindak lanjut mingguan .*: 4 terbuka, 2 lewat tenggat$/);
    const headText = textOf(head);
    for (const t of [titles.overdue, titles.open, titles.ministryOwn, titles.reported])
      expect(headText).toContain(t);
    expect(headText).not.toContain(titles.done);
    expect(headText.indexOf("Lewat tenggat (2)")).toBeLessThan(headText.indexOf(titles.overdue));
    expect(headText).toContain("/unsubscribe/");

    expect(mailSubject(staff)).toMatch(/^Weekly follow-up for .*: 3 open, 2 overdue$/);
    const staffText = textOf(staff);
    expect(staffText).toContain(titles.overdue);
    expect(staffText).not.toContain(titles.ministryOwn);

    // The coordinators' overview.
    const overview = smtp.to(people.coordinator.email);
    expect(overview).toHaveLength(1);
    const overviewText = textOf(overview[0]);
    expect(mailSubject(overview[0])).toBe(`Weekly overview of action items: ${w.programme.title}`);
    expect(overviewText).toMatch(/New this week \(5\)/);
    expect(overviewText).toMatch(/Due within 7 days \(1\)\r?\n- .*Sign the ministry's letter/);
    expect(overviewText).toMatch(/Overdue \(2\)/);
    expect(overviewText).toMatch(
      /Reported done, awaiting verification \(1\)\r?\n- .*Reported but not verified/,
    );

    // Again (a restart, a retry): nothing more.
    const again = await sendWeeklyDigests(MONDAY);
    expect(again).toMatchObject({ mailed: 0, failures: 0 });
    expect(again.alreadySent).toBe(3); // the two members and the coordinator
    expect(smtp.to(people.head.email)).toHaveLength(1);
    expect(smtp.to(people.coordinator.email)).toHaveLength(1);
  });

  it("stops the next digest once unsubscribed; a second click is harmless; reminders still go", async () => {
    const [head] = smtp.to(people.head.email);
    const token = /\/unsubscribe\/(\S+)/.exec(textOf(head))![1];
    expect(await unsubscribePage(`${token}x`)).toBeNull();
    expect(await unsubscribePage(token)).toMatchObject({ locale: "id", isUnsubscribed: false });
    // Viewing the page changed nothing.
    expect(
      (await db().person.findUniqueOrThrow({ where: { id: people.head.id } })).digestOptOutAt,
    ).toBeNull();
    const first = await unsubscribeFromDigests(token);
    const second = await unsubscribeFromDigests(token);
    expect(second.unsubscribedAt).toBe(first.unsubscribedAt);
    expect(await unsubscribePage(token)).toMatchObject({ isUnsubscribed: true });
    expect(
      await db().auditEvent.count({
        where: { entity: "Person", entityId: people.head.id, actorLabel: "digest-unsubscribe-link" },
      }),
    ).toBe(1);
    const tampered = `${token.slice(0, -1)}${token.at(-1) === "A" ? "B" : "A"}`;
    await expect(unsubscribeFromDigests(tampered)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const nextMonday = addDays(MONDAY, 7);
    await sendWeeklyDigests(nextMonday);
    expect(smtp.to(people.head.email)).toHaveLength(1);
    expect(smtp.to(people.staff.email)).toHaveLength(2);

    // Their own item's reminder still goes.
    await w.item({
      dueDate: dueOn(nextMonday),
      ownerPersonId: people.head.id,
      ownerOrganisationId: w.ministry.id,
    });
    await runActionSweep({ day: addDays(nextMonday, 0) });
    const mails = smtp.to(people.head.email);
    expect(mails).toHaveLength(2);
    expect(mailSubject(mails[1])).toMatch(/hari ini$/);
  });
});

describe("the sweep with two workers polling", () => {
  it("sends each reminder and digest once", async () => {
    const w = await world();
    const owner = await w.person(w.directorate.id, "en", "MEMBER");
    const coordinator = await w.person((await f.createOrganisation()).id, "id", "COORDINATOR");
    for (const offset of [7, 0, -1]) {
      await w.item({ dueDate: dueOn(addDays(WORKER_MONDAY, offset)), ownerPersonId: owner.id });
    }
    const boss = (await jobQueue())!;
    for (let i = 0; i < 2; i++) {
      const worker = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2, schedule: false });
      worker.on("error", () => undefined);
      await worker.start();
      await worker.work<import("@/lib/jobs/queues").TActionSweepJob>(
        ACTION_REMINDER_QUEUE,
        { pollingIntervalSeconds: 0.5, batchSize: 1 },
        async ([job]) => {
          await runActionSweep(job.data);
        },
      );
      workers.push(worker);
    }
    // The day's sweep, and the same sweep queued again (as after a restart that lost track of it).
    const ids = (await Promise.all([
      boss.send(
        ACTION_REMINDER_QUEUE,
        { day: WORKER_MONDAY },
        { singletonKey: `test-sweep-${WORKER_MONDAY}` },
      ),
      boss.send(
        ACTION_REMINDER_QUEUE,
        { day: WORKER_MONDAY },
        { singletonKey: `test-sweep-again-${WORKER_MONDAY}` },
      ),
    ])) as string[];
    expect(ids.every(Boolean)).toBe(true);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await boss
        .getDb()
        .executeSql(`SELECT state FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])`, [
          ACTION_REMINDER_QUEUE,
          ids,
        ]);
      const states = (rows as { state: string }[]).map((r) => r.state);
      if (states.some((s) => s === "failed" || s === "retry")) throw new Error(`a sweep failed: ${states}`);
      if (states.length === 2 && states.every((s) => s === "completed")) break;
      if (Date.now() > deadline) throw new Error(`timed out: ${states}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const ownerMails = smtp.to(owner.email);
    // Three reminders and the directorate's digest, each once.
    expect(ownerMails.filter((m) => /^(Action|Overdue)/.test(mailSubject(m)))).toHaveLength(3);
    expect(ownerMails.filter((m) => mailSubject(m).startsWith("Weekly follow-up"))).toHaveLength(1);
    expect(smtp.to(coordinator.email)).toHaveLength(1);
    expect(mailSubject(smtp.to(coordinator.email)[0])).toMatch(/^Ikhtisar mingguan tindak lanjut: /);
  });

  it("starts the chain of sweeps when none is waiting, and only then", async () => {
    for (const worker of workers.splice(0)) await worker.stop({ graceful: false, wait: true });
    const boss = (await jobQueue())!;
    const waiting = async () => {
      const { rows } = await boss
        .getDb()
        .executeSql(`SELECT singleton_key FROM pgboss.job WHERE name = $1 AND state = 'created'`, [
          ACTION_REMINDER_QUEUE,
        ]);
      return (rows as { singleton_key: string }[]).map((r) => r.singleton_key);
    };
    const before = await waiting();
    expect(before.length).toBeGreaterThan(0); // the next days' sweeps queued by the runs above
    await startActionSweeps();
    expect(await waiting()).toEqual(before);
    await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE name = $1`, [ACTION_REMINDER_QUEUE]);
    await startActionSweeps();
    expect(await waiting()).toEqual([`action-sweep:${sweepDay()}`]);
  });
});
