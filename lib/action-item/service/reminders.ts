// The daily sweep of action items (issue 11), run by the job queue (pg-boss, so it survives restarts
// and runs once with several servers): at 08:00 in Asia/Jakarta it mails each open item's owner
// person 7 days before its due date, on the day and the day after — in their language, with their
// personal update link — and on Mondays the weekly digests (digests.ts). An item without an owner
// person with an e-mail address gets no reminder (its organisation sees it in the weekly digest).
// Each mail sent is an audit event, checked first, and a sweep takes a lock named by its day, so a
// retried sweep, a second worker or a restart never mails anyone twice. Each sweep queues the next.
import "server-only";
import { toLocale } from "@/i18n/locales";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { ACTION_REMINDER_QUEUE, actionSweepJobKey, type TActionSweepJob } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/transport";
import { DEFAULT_TIME_ZONE, utcToZoned, zonedToUtc } from "@/lib/meeting/zoned-time";
import { actionReminderMail, type TReminderKind } from "../action-mail";
import { CLOSED_STATUSES } from "../status";
import { actionLinkUrl } from "./act-link";
import { sendWeeklyDigests } from "./digests";

export const ACTION_REMINDER_ACTOR: TActor = { label: "action-reminder" };

/** The sweep's hour, in the programmes' default zone. */
export const SWEEP_TIME = "08:00";

/** Days from the sweep's day to the due date each reminder is for. */
export const REMINDER_OFFSETS: Record<TReminderKind, number> = { before: 7, day: 0, after: -1 };

const DAY = 86_400_000;

/** "YYYY-MM-DD" plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** The calendar day in Asia/Jakarta at `now`. */
export const sweepDay = (now = new Date()) => utcToZoned(now, DEFAULT_TIME_ZONE).date;

/** When a day's sweep runs: 08:00 in Asia/Jakarta. */
export const sweepTime = (day: string) => zonedToUtc(day, SWEEP_TIME, DEFAULT_TIME_ZONE);

/** Queues the sweep of `day` (once: one waiting job per day); never throws, a failure is logged. */
export async function scheduleActionSweep(day: string): Promise<boolean> {
  try {
    const boss = await jobQueue();
    if (!boss) return false;
    const data: TActionSweepJob = { day };
    await boss.send(ACTION_REMINDER_QUEUE, data, {
      startAfter: sweepTime(day),
      singletonKey: actionSweepJobKey(day),
    });
    return true;
  } catch (error) {
    logger.error({ err: error, day }, "queueing the action-item sweep failed");
    return false;
  }
}

/**
 * Starts the chain of daily sweeps when none is waiting, running or retrying (a new installation, or
 * a chain broken by a long outage): today's sweep, due now if 08:00 has passed — it sends only what
 * was not sent yet.
 */
export async function startActionSweeps(now = new Date()): Promise<void> {
  const boss = await jobQueue();
  if (!boss) return;
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT 1 FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active') LIMIT 1`,
      [ACTION_REMINDER_QUEUE],
    );
  if ((rows as unknown[]).length === 0) await scheduleActionSweep(sweepDay(now));
}

/** The audit record of one reminder: which kind, for which due date, to whom. */
type TReminderRecord = { reminder: { kind: TReminderKind; due: string; to: string } };

const KINDS = Object.keys(REMINDER_OFFSETS) as TReminderKind[];

export type TRemindersOutcome = {
  mailed: number;
  alreadyReminded: number;
  /** Due items no one can be reminded of: no owner person, or one without an e-mail address. */
  withoutAddress: number;
  failures: number;
};

/** Mails the reminders of `day`: to owners of open items due 7 days later, that day, or the day before. */
export async function sendActionReminders(day: string, now = new Date()): Promise<TRemindersOutcome> {
  const kindOfDue = new Map(KINDS.map((kind) => [addDays(day, REMINDER_OFFSETS[kind]), kind]));
  const due = { in: [...kindOfDue.keys()].map((d) => new Date(`${d}T00:00:00Z`)) };
  const open = { notIn: [...CLOSED_STATUSES] };
  const [items, withoutAddress] = await Promise.all([
    db().actionItem.findMany({
      where: { status: open, dueDate: due, ownerPerson: { email: { not: null } } },
      select: {
        id: true,
        programmeId: true,
        number: true,
        title: true,
        dueDate: true,
        status: true,
        meeting: { select: { kind: true, sequenceNumber: true, title: true } },
        ownerPerson: { select: { id: true, name: true, email: true, language: true } },
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    }),
    db().actionItem.count({
      where: {
        status: open,
        dueDate: due,
        OR: [{ ownerPersonId: null }, { ownerPerson: { email: null } }],
      },
    }),
  ]);
  if (withoutAddress > 0) {
    logger.info({ day, withoutAddress }, "action items due without an owner person to remind");
  }
  const earlier = await db().auditEvent.findMany({
    where: {
      actorLabel: ACTION_REMINDER_ACTOR.label,
      entity: "ActionItem",
      entityId: { in: items.map((i) => i.id) },
    },
    select: { entityId: true, after: true },
  });
  const reminded = new Set(
    earlier.flatMap((e) => {
      const r = (e.after as Partial<TReminderRecord> | null)?.reminder;
      return r ? [`${e.entityId}:${r.kind}:${r.due}`] : [];
    }),
  );

  const outcome: TRemindersOutcome = { mailed: 0, alreadyReminded: 0, withoutAddress, failures: 0 };
  for (const item of items) {
    const person = item.ownerPerson!;
    const dueDay = item.dueDate!.toISOString().slice(0, 10);
    const kind = kindOfDue.get(dueDay)!;
    if (reminded.has(`${item.id}:${kind}:${dueDay}`)) {
      outcome.alreadyReminded += 1;
      continue;
    }
    const to = person.email!;
    try {
      const mail = actionReminderMail({
        kind,
        locale: toLocale(person.language),
        name: person.name,
        item: {
          ...item,
          dueDate: dueDay,
          url: await actionLinkUrl(item, person.id, now),
        },
      });
      await sendMail({ programmeId: item.programmeId, to, ...mail });
    } catch (error) {
      outcome.failures += 1;
      logger.warn({ err: error, actionItemId: item.id }, "an action-item reminder could not be sent");
      continue;
    }
    await recordAudit(db(), {
      actor: ACTION_REMINDER_ACTOR,
      entity: "ActionItem",
      entityId: item.id,
      action: "UPDATE",
      programmeId: item.programmeId,
      after: auditJson({ reminder: { kind, due: dueDay, to } } satisfies TReminderRecord),
    });
    outcome.mailed += 1;
  }
  return outcome;
}

/** Whether a calendar day "YYYY-MM-DD" is a Monday: the digests' day. */
export const isDigestDay = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1;

/**
 * The job handler: queues tomorrow's sweep first (so a failing day does not end the chain), then
 * under a lock named by the day — a second run of the same day waits, then finds everything
 * recorded — the reminders, and on Mondays the digests. Throws when some mail failed, so the queue
 * retries; what was sent is skipped then.
 */
export async function runActionSweep(job: TActionSweepJob, now = new Date()) {
  await scheduleActionSweep(addDays(job.day, 1));
  const outcome = await db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${actionSweepJobKey(job.day)}))`;
      const reminders = await sendActionReminders(job.day, now);
      const digests = isDigestDay(job.day) ? await sendWeeklyDigests(job.day, now) : null;
      return { reminders, digests };
    },
    { timeout: 30 * 60_000 },
  );
  const failures = outcome.reminders.failures + (outcome.digests?.failures ?? 0);
  if (failures > 0) throw new Error(`${failures} action-item e-mail(s) of ${job.day} could not be sent`);
  return outcome;
}
