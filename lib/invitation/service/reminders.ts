// Reminder e-mails N days before a meeting (REMINDER_DAYS_BEFORE), each in the invitee's
// language, run by the job queue rather than timers, so they survive restarts. Scheduling replaces
// a meeting's waiting jobs; the worker re-reads the meeting when a job runs and does nothing for a
// cancelled, past or moved meeting. Each reminder sent is an audit event (actor "reminder"),
// checked first, so a retried job never mails anyone twice.
import "server-only";
import { toLocale } from "@/i18n/locales";
import { auditJson, recordAudit } from "@/lib/audit/service";
import type { TActor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { jobQueue } from "@/lib/jobs/boss";
import { REMINDER_QUEUE, reminderJobKey, reminderJobKeyPrefix, type TReminderJob } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/transport";
import { reminderMail } from "../reminder-message";
import { reminderTimes } from "../reminder-times";
import { rsvpLinkUrl } from "./rsvp-link";
import { MEETING_FACTS_SELECT as MEETING_SELECT } from "@/lib/meeting/service/facts";

export const REMINDER_ACTOR: TActor = { label: "reminder" };

/** Invitees are reminded of meetings that are still to be held. */
const REMINDED_STATUSES: readonly MeetingStatus[] = ["DRAFT", "SCHEDULED"];

export type TScheduleResult =
  | { status: "scheduled"; reminders: { daysBefore: number; sendAt: Date }[] }
  | { status: "skipped"; reason: string }
  | { status: "failed" };

/**
 * (Re)schedules a meeting's reminder jobs: its waiting jobs are removed, then one job per day in
 * REMINDER_DAYS_BEFORE whose time is still ahead is queued. Call after a meeting is created,
 * moved, cancelled or gets invitees. Never throws: the meeting is saved already, so a failure is
 * logged (the next change schedules again).
 */
export async function scheduleMeetingReminders(
  meetingId: string,
  now = new Date(),
): Promise<TScheduleResult> {
  try {
    const boss = await jobQueue();
    if (!boss) return { status: "skipped", reason: "no job queue" };
    const meeting = await db().meeting.findUnique({
      where: { id: meetingId },
      select: { startsAt: true, timeZone: true, status: true },
    });
    // Waiting jobs only: a running one re-reads the meeting itself.
    await boss
      .getDb()
      .executeSql(`DELETE FROM pgboss.job WHERE name = $1 AND state = 'created' AND singleton_key LIKE $2`, [
        REMINDER_QUEUE,
        `${reminderJobKeyPrefix(meetingId).replace(/[\\%_]/g, "\\$&")}%`,
      ]);
    if (!meeting) return { status: "skipped", reason: "no such meeting" };
    if (!REMINDED_STATUSES.includes(meeting.status)) return { status: "skipped", reason: meeting.status };
    const times = reminderTimes({ ...meeting, daysBefore: env().REMINDER_DAYS_BEFORE, now });
    for (const { daysBefore, sendAt } of times) {
      const data: TReminderJob = { meetingId, daysBefore, startsAt: meeting.startsAt.toISOString() };
      await boss.send(REMINDER_QUEUE, data, {
        startAfter: sendAt,
        singletonKey: reminderJobKey(meetingId, daysBefore),
      });
    }
    return { status: "scheduled", reminders: times };
  } catch (error) {
    logger.error({ err: error, meetingId }, "scheduling meeting reminders failed");
    return { status: "failed" };
  }
}

export type TReminderOutcome =
  | { status: "sent"; mailed: number; alreadyReminded: number }
  | { status: "skipped"; reason: "gone" | "not-remindable" | "moved" | "past" };

/** The audit record of one reminder: which meeting date and which day, to recognise a repeat. */
type TReminderRecord = { reminder: { daysBefore: number; startsAt: string; to: string } };

const isRecordFor = (job: TReminderJob) => (after: unknown) => {
  const r = (after as Partial<TReminderRecord> | null)?.reminder;
  return r?.daysBefore === job.daysBefore && r.startsAt === job.startsAt;
};

/**
 * The job handler: mails the reminder to invitees who have not declined or delegated and have an
 * e-mail address. Throws when some mail could not be sent, so the queue retries; those already
 * reminded are skipped on the retry.
 */
export async function sendMeetingReminders(job: TReminderJob, now = new Date()): Promise<TReminderOutcome> {
  const meeting = await db().meeting.findUnique({ where: { id: job.meetingId }, select: MEETING_SELECT });
  if (!meeting) return { status: "skipped", reason: "gone" };
  if (!REMINDED_STATUSES.includes(meeting.status)) return { status: "skipped", reason: "not-remindable" };
  if (meeting.startsAt.toISOString() !== job.startsAt) return { status: "skipped", reason: "moved" };
  if (meeting.startsAt <= now) return { status: "skipped", reason: "past" };

  const invitations = await db().invitation.findMany({
    where: {
      meetingId: meeting.id,
      isWalkIn: false,
      rsvp: { in: ["PENDING", "ACCEPTED"] },
      person: { email: { not: null } },
    },
    select: {
      id: true,
      rsvp: true,
      person: { select: { id: true, name: true, email: true, language: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const earlier = await db().auditEvent.findMany({
    where: {
      actorLabel: REMINDER_ACTOR.label,
      entity: "Invitation",
      entityId: { in: invitations.map((i) => i.id) },
    },
    select: { entityId: true, after: true },
  });
  const reminded = new Set(earlier.filter((e) => isRecordFor(job)(e.after)).map((e) => e.entityId));

  let mailed = 0;
  let failures = 0;
  for (const invitation of invitations) {
    const email = invitation.person.email;
    if (!email || reminded.has(invitation.id)) continue;
    if (invitation.rsvp !== "PENDING" && invitation.rsvp !== "ACCEPTED") continue;
    try {
      const mail = reminderMail({
        meeting,
        inviteeName: invitation.person.name,
        rsvpUrl: await rsvpLinkUrl({ invitationId: invitation.id, personId: invitation.person.id, meeting }),
        daysBefore: job.daysBefore,
        rsvp: invitation.rsvp,
        locale: toLocale(invitation.person.language),
      });
      await sendMail({ programmeId: meeting.programmeId, to: email, ...mail });
    } catch (error) {
      failures += 1;
      logger.warn({ err: error, invitationId: invitation.id }, "a reminder e-mail could not be sent");
      continue;
    }
    const record: TReminderRecord = {
      reminder: { daysBefore: job.daysBefore, startsAt: job.startsAt, to: email },
    };
    await recordAudit(db(), {
      actor: REMINDER_ACTOR,
      entity: "Invitation",
      entityId: invitation.id,
      action: "UPDATE",
      programmeId: meeting.programmeId,
      after: auditJson(record),
    });
    mailed += 1;
  }
  if (failures > 0)
    throw new Error(`${failures} reminder e-mail(s) for meeting ${meeting.id} could not be sent`);
  return { status: "sent", mailed, alreadyReminded: reminded.size };
}
