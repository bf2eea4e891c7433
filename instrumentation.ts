// Next.js calls register() once when a server process starts: the job workers (reminder
// e-mails) run there, beside the app, wherever it is deployed (`npm start`, plain `next start`,
// standalone). NEXT_RUNTIME is inlined by Next at build time, so the Edge bundle leaves the
// Node-only worker out; it is the one process.env read outside lib/env.ts, and must be literal.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWorkers } = await import("@/lib/jobs/worker");
  const { logger } = await import("@/lib/logger");
  try {
    await startWorkers();
  } catch (error) {
    // The site still serves pages; reminders wait in the queue until a worker runs.
    logger.error({ err: error }, "job worker could not start: reminder e-mails are not sent");
  }
}
