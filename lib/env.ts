// The one place that reads the environment: validated once, typed everywhere else.
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset = the embedded PGlite database started by `npm start` (it then sets this itself). */
  DATABASE_URL: z.string().url().optional(),
  /** "1" when DATABASE_URL points at the embedded PGlite server (pool of one connection). */
  NOTULEN_EMBEDDED_DB: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  APP_URL: z.string().url().optional(), // base of links in e-mails (RSVP); unset = NEXTAUTH_URL
  MAIL_FROM: z.string().default("Notulen <notulen@localhost>"),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /**
   * How often each server's job worker asks the queue for due jobs (reminder e-mails). A due job
   * waits at most this long; tests lower it so they need not wait half a minute.
   */
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(3600).default(30),
  /** Reminder e-mails go out this many days before a meeting ("3,1"); "" = no reminders. */
  REMINDER_DAYS_BEFORE: z
    .string()
    .regex(/^\s*(\d{1,2}\s*(,\s*\d{1,2}\s*)*)?$/, 'Whole numbers of days, comma-separated, e.g. "3,1"')
    .default("3,1")
    .transform((v) => [
      ...new Set(
        v
          .split(",")
          .filter((d) => d.trim() !== "")
          .map(Number),
      ),
    ]),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/** Read lazily so `next build` can import modules without a configured environment. */
export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
