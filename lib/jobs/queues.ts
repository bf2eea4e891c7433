// The job queues and what their jobs carry. One place, so the sender and the worker agree.

/** Reminder e-mails for one meeting, N days before it. */
export const REMINDER_QUEUE = "meeting-reminder";

export type TReminderJob = {
  meetingId: string;
  daysBefore: number;
  /** The meeting's start when the job was scheduled (ISO); a moved meeting makes the job stale. */
  startsAt: string;
};

/** One waiting job per meeting and day: rescheduling replaces it (queue policy "short"). */
export function reminderJobKey(meetingId: string, daysBefore: number): string {
  return `meeting:${meetingId}:days-before:${daysBefore}`;
}

/** The prefix shared by all reminder jobs of a meeting, to replace them in one go. */
export function reminderJobKeyPrefix(meetingId: string): string {
  return `meeting:${meetingId}:`;
}

/** The review cycle of draft minutes: reminders to reviewers, and the no-objection deadline. */
export const MINUTES_REVIEW_QUEUE = "minutes-review";

export type TMinutesReviewJob =
  | {
      type: "reminder";
      versionId: string;
      /** "before": two working days before the deadline; "day": on the deadline day. */
      when: "before" | "day";
      /** The version's deadline when the job was queued (ISO); another one makes the job stale. */
      closesAt: string;
    }
  | {
      type: "no-objection";
      minutesId: string;
      number: number;
      /** The procedure's deadline when the job was queued (ISO). */
      deadline: string;
    };

export function minutesReviewJobKey(job: TMinutesReviewJob): string {
  return job.type === "reminder"
    ? `review:${job.versionId}:${job.when}:${job.closesAt}`
    : `no-objection:${job.minutesId}:${job.number}:${job.deadline}`;
}

/**
 * The daily sweep of action items (issue 11): reminders to owners 7 days before a due date, on the
 * day and the day after, and on Mondays the weekly digests. One job per day, at 08:00 in Asia/Jakarta;
 * each run queues the next day's.
 */
export const ACTION_REMINDER_QUEUE = "action-reminder";

export type TActionSweepJob = {
  /** The calendar day swept, "YYYY-MM-DD" (Asia/Jakarta). */
  day: string;
};

/** One waiting sweep per day. */
export function actionSweepJobKey(day: string): string {
  return `action-sweep:${day}`;
}
