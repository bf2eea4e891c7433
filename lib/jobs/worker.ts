// Starts the job workers in the server process (called from instrumentation.ts). Each queue's
// handler lives with its domain; this file only wires queues to handlers.
import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { sendMeetingReminders } from "@/lib/invitation/service/reminders";
import { logger } from "@/lib/logger";
import { jobQueue, jobQueueUnavailable } from "./boss";
import { runMinutesReviewJob } from "@/lib/minutes/service/review-jobs";
import { runActionSweep, startActionSweeps } from "@/lib/action-item/service/reminders";
import {
  ACTION_REMINDER_QUEUE,
  MINUTES_REVIEW_QUEUE,
  REMINDER_QUEUE,
  type TActionSweepJob,
  type TMinutesReviewJob,
  type TReminderJob,
} from "./queues";

/** The queue instance that has our workers; a restarted queue (tests) gets them again. */
const globalForWorkers = globalThis as unknown as { notulenWorkerBoss?: PgBoss };

/** Registers the workers once per process; false (with a log line) where there is no queue. */
export async function startWorkers(options: { pollingIntervalSeconds?: number } = {}): Promise<boolean> {
  const unavailable = jobQueueUnavailable();
  if (unavailable) {
    logger.warn(`job worker not started (${unavailable}): reminder e-mails are not sent`);
    return false;
  }
  const boss = (await jobQueue())!;
  if (globalForWorkers.notulenWorkerBoss === boss) return true;
  globalForWorkers.notulenWorkerBoss = boss;
  await boss.work<TReminderJob>(
    REMINDER_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? env().JOB_POLL_SECONDS, batchSize: 1 },
    // A throw makes pg-boss retry later; recipients already reminded are skipped then.
    async ([job]) => {
      await sendMeetingReminders(job.data);
    },
  );
  await boss.work<TMinutesReviewJob>(
    MINUTES_REVIEW_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? env().JOB_POLL_SECONDS, batchSize: 1 },
    async ([job]) => {
      await runMinutesReviewJob(job.data);
    },
  );
  await boss.work<TActionSweepJob>(
    ACTION_REMINDER_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? env().JOB_POLL_SECONDS, batchSize: 1 },
    async ([job]) => {
      await runActionSweep(job.data);
    },
  );
  // The daily sweep keeps itself going (each run queues the next day's); the first is queued here.
  await startActionSweeps();
  logger.info(
    { queues: [REMINDER_QUEUE, MINUTES_REVIEW_QUEUE, ACTION_REMINDER_QUEUE] },
    "job worker started",
  );
  return true;
}
