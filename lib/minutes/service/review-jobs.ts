// The review cycle's jobs on the queue (pg-boss, so they survive restarts and run once with several
// servers): reminders to reviewers whose organisation has not answered — two working days before
// the deadline and on the day, at 09:00 in the meeting's zone — and the no-objection deadline. Each
// handler re-reads what it acts on and does nothing for a stale job; each reminder sent is an audit
// event (actor "review-reminder"), checked first, so a retried job never mails anyone twice.
import "server-only";
import { auditJson, recordAudit } from "@/lib/audit/service";
import type { TActor } from "@/lib/audit/actor";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { holidayDates } from "@/lib/holiday/service";
import { jobQueue } from "@/lib/jobs/boss";
import { MINUTES_REVIEW_QUEUE, minutesReviewJobKey, type TMinutesReviewJob } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { zonedToUtc } from "@/lib/meeting/zoned-time";
import { holidayCountry, mailReviewers } from "./circulation";
import { closeNoObjection } from "./no-objection";

export const REVIEW_REMINDER_ACTOR: TActor = { label: "review-reminder" };

/** Queues a job; never throws (what it follows is saved already): a failure is logged. */
export async function queueReviewJob(job: TMinutesReviewJob, startAfter: Date): Promise<boolean> {
  try {
    const boss = await jobQueue();
    if (!boss) return false;
    await boss.send(MINUTES_REVIEW_QUEUE, job, { startAfter, singletonKey: minutesReviewJobKey(job) });
    return true;
  } catch (error) {
    logger.error({ err: error, job }, "queueing a minutes review job failed");
    return false;
  }
}

/** The reminder times of a version: two working days before its deadline, and the day, at 09:00. */
export async function reviewReminderTimes(versionId: string, now = new Date()) {
  const version = await db().minutesVersion.findUnique({
    where: { id: versionId },
    select: {
      reviewDeadline: true,
      reviewClosesAt: true,
      minutes: {
        select: { meeting: { select: { timeZone: true, programme: { select: { country: true } } } } },
      },
    },
  });
  if (!version?.reviewDeadline || !version.reviewClosesAt) return [];
  const { timeZone, programme } = version.minutes.meeting;
  const deadline = version.reviewDeadline;
  const from = new Date(Date.parse(`${deadline}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  const holidays = await holidayDates(from, deadline, holidayCountry(programme.country));
  const times = [
    {
      when: "before" as const,
      sendAt: zonedToUtc(addWorkingDays(deadline, -2, holidays), "09:00", timeZone),
    },
    { when: "day" as const, sendAt: zonedToUtc(deadline, "09:00", timeZone) },
  ];
  return times
    .filter((t) => t.sendAt > now)
    .map((t) => ({ ...t, closesAt: version.reviewClosesAt!.toISOString() }));
}

export async function scheduleReviewReminders(versionId: string, now = new Date()) {
  for (const t of await reviewReminderTimes(versionId, now)) {
    await queueReviewJob({ type: "reminder", versionId, when: t.when, closesAt: t.closesAt }, t.sendAt);
  }
}

type TReminderRecord = { reminder: { when: string; closesAt: string; to: string } };

/** Mails a reminder to the reviewers whose organisation has not answered the version yet. */
export async function sendReviewReminders(job: Extract<TMinutesReviewJob, { type: "reminder" }>) {
  const version = await db().minutesVersion.findUnique({
    where: { id: job.versionId },
    select: {
      id: true,
      number: true,
      reviewClosesAt: true,
      answers: { select: { groupKey: true } },
      minutes: {
        select: {
          status: true,
          meeting: { select: { programmeId: true } },
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
        },
      },
    },
  });
  if (!version || version.reviewClosesAt?.toISOString() !== job.closesAt) return { status: "stale" as const };
  if (version.minutes.status === "ADOPTED") return { status: "stale" as const };
  if (version.minutes.versions[0]?.number !== version.number) return { status: "stale" as const };
  const answered = new Set(version.answers.map((a) => a.groupKey));
  const earlier = await db().auditEvent.findMany({
    where: { actorLabel: REVIEW_REMINDER_ACTOR.label, entity: "MinutesReviewer" },
    select: { entityId: true, after: true },
  });
  const reminded = new Set(
    earlier
      .filter((e) => {
        const r = (e.after as Partial<TReminderRecord> | null)?.reminder;
        return r?.when === job.when && r.closesAt === job.closesAt;
      })
      .map((e) => e.entityId),
  );
  const mailed = await mailReviewers(version.id, job.when === "before" ? "reminderBefore" : "reminderDay", {
    only: (r) => !reminded.has(r.id) && !answered.has(r.organisationId ?? `person:${r.personId}`),
    onSent: (reviewerId, to) =>
      recordAudit(db(), {
        actor: REVIEW_REMINDER_ACTOR,
        entity: "MinutesReviewer",
        entityId: reviewerId,
        action: "UPDATE",
        programmeId: version.minutes.meeting.programmeId,
        after: auditJson({
          reminder: { when: job.when, closesAt: job.closesAt, to },
        } satisfies TReminderRecord),
      }),
  });
  return { status: "sent" as const, mailed: mailed.size };
}

/**
 * The job handler: one queue, two kinds of job. The same job running twice at once (queued again,
 * or retried while the first run still mails) takes turns on a lock named by the job, so the second
 * run reads what the first recorded and mails no one twice. Only ever run by a worker, so never
 * against the embedded one-connection database.
 */
export async function runMinutesReviewJob(job: TMinutesReviewJob) {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${minutesReviewJobKey(job)}))`;
      if (job.type === "reminder") return sendReviewReminders(job);
      return closeNoObjection(job);
    },
    // As long as the queue lets a job run: an adoption renders four documents, then mails everyone.
    { timeout: 15 * 60_000 },
  );
}
