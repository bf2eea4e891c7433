// The job queue: pg-boss on the app's own PostgreSQL, one instance per process, started on first
// use. Jobs live in the database (schema "pgboss"), so a reminder due next week survives restarts
// and runs once even with several servers. Not against the embedded PGlite database: it runs one
// query at a time over multiplexed connections, and pg-boss's polling would overlap the app's.
import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { ACTION_REMINDER_QUEUE, MINUTES_REVIEW_QUEUE, REMINDER_QUEUE } from "./queues";

const QUEUES: PgBoss.Queue[] = [
  {
    name: REMINDER_QUEUE,
    // "short": at most one waiting job per singletonKey (meeting + day).
    policy: "short",
    retryLimit: 5,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
  },
  {
    name: MINUTES_REVIEW_QUEUE,
    // One waiting job per key (version, reminder and deadline): circulating twice queues once.
    policy: "short",
    retryLimit: 5,
    retryDelay: 300,
    retryBackoff: true,
    // Adoption renders four documents under a lock.
    expireInSeconds: 15 * 60,
  },
  {
    name: ACTION_REMINDER_QUEUE,
    // One waiting sweep per day (singletonKey); a run mails everyone due that day, then stops.
    policy: "short",
    retryLimit: 5,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 30 * 60,
  },
];

const globalForJobs = globalThis as unknown as { notulenBoss?: Promise<PgBoss | null> };

/** Why there is no job queue in this process, or null when there is one. */
export function jobQueueUnavailable(): string | null {
  const { DATABASE_URL, NOTULEN_EMBEDDED_DB } = env();
  if (!DATABASE_URL) return "no DATABASE_URL";
  if (NOTULEN_EMBEDDED_DB) return "the embedded database serves one query at a time";
  return null;
}

async function startBoss(url: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    application_name: "notulen-jobs",
    // No cron schedules are used; maintenance (expiring, archiving) stays on.
    schedule: false,
  });
  boss.on("error", (err) => logger.error({ err }, "job queue error"));
  await boss.start();
  for (const queue of QUEUES) await boss.createQueue(queue.name, queue);
  return boss;
}

/** The started job queue, or null where there is none (embedded database, no database). */
export function jobQueue(): Promise<PgBoss | null> {
  if (!globalForJobs.notulenBoss) {
    const reason = jobQueueUnavailable();
    const url = env().DATABASE_URL;
    globalForJobs.notulenBoss = reason || !url ? Promise.resolve(null) : startBoss(url);
    // A failed start is not cached: the next caller tries again.
    globalForJobs.notulenBoss.catch(() => (globalForJobs.notulenBoss = undefined));
  }
  return globalForJobs.notulenBoss;
}

/** Stops workers (letting running jobs finish) and closes the queue's connections. */
export async function stopJobQueue(): Promise<void> {
  const pending = globalForJobs.notulenBoss;
  globalForJobs.notulenBoss = undefined;
  const boss = await pending?.catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
