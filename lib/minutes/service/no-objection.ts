// The written no-objection procedure: the secretariat puts the latest version to it with a deadline
// in working days; its reviewers (the version's, else those of the last circulated version) are
// told, each with their link; an organisation's objection halts it and tells the secretariat; at the
// deadline a job adopts the minutes if it was not halted, and the notice of adoption goes to every
// reviewer. The job re-reads the procedure under the meeting's row lock, so two workers, a retry or
// a stale job never adopt twice, and a notice is recorded per reviewer so none is sent twice.
import "server-only";
import { toLocale } from "@/i18n/locales";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TMinutesReviewJob } from "@/lib/jobs/queues";
import { appUrl } from "@/lib/link/service";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/transport";
import { moveMeetingStatus } from "@/lib/meeting/service/meetings";
import { parseInput } from "@/lib/validation";
import { reviewMail } from "../review-mail";
import { ZOpenNoObjection, type TOpenNoObjection } from "../review-schema";
import { adoptMinutesBySystem } from "./adoption";
import { mailReviewers, reviewDeadline, reviewersOf } from "./circulation";
import { queueReviewJob } from "./review-jobs";
import { lockMinutesMeeting } from "./versions";

export const NO_OBJECTION_ACTOR: TActor = { label: "no-objection-procedure" };
const NOTICE_ACTOR: TActor = { label: "adoption-notice" };

const refuse = (
  key: "notCirculated" | "notLatest" | "adopted" | "methodNotAllowed" | "noObjectionOpen",
  params?: Record<string, string | number>,
) => new AppError("CONFLICT", `minutesReview.errors.${key}`, { params });

export type TNoObjection = { meetingId: string; number: number; deadline: string; closesAt: string };

/**
 * Opens the procedure on version `number` (the latest). record:manage; 409 when the programme's
 * terms of reference do not use it, the minutes are adopted, the version is not the latest, no
 * version was circulated yet, or a procedure is already running on it.
 */
export async function openNoObjection(
  access: TAccess,
  meetingId: string,
  input: TOpenNoObjection,
  actor: TActor,
  now = new Date(),
): Promise<TNoObjection> {
  const { number, workingDays } = parseInput(ZOpenNoObjection, input);
  const opened = await db().$transaction(async (tx) => {
    const meeting = await lockMinutesMeeting(tx, access, meetingId);
    const minutes = meeting.minutes;
    if (minutes?.status === "ADOPTED" || meeting.status === "MINUTES_ADOPTED") throw refuse("adopted");
    const latest = minutes?.versions[0]?.number ?? 0;
    if (!minutes || latest === 0) throw AppError.notFound("minutesVersion");
    if (number !== latest) throw refuse("notLatest", { latest });
    const facts = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: {
        timeZone: true,
        programme: { select: { country: true, adoptionMethods: true } },
        minutes: { select: { noObjectionVersion: true, noObjectionHaltedAt: true } },
      },
    });
    if (!facts.programme.adoptionMethods.includes("NO_OBJECTION")) throw refuse("methodNotAllowed");
    if (facts.minutes?.noObjectionVersion === number && !facts.minutes.noObjectionHaltedAt)
      throw refuse("noObjectionOpen", { number });
    const versionId = await reviewedVersion(tx, minutes.id, number);
    const deadline = await reviewDeadline(now, facts.timeZone, workingDays, facts.programme.country);
    await tx.minutes.update({
      where: { id: minutes.id },
      data: {
        status: "IN_REVIEW",
        noObjectionVersion: number,
        noObjectionOpenedAt: now,
        noObjectionDeadline: deadline.closesAt,
        noObjectionHaltedAt: null,
      },
    });
    if (meeting.status === "MINUTES_DRAFT") await moveMeetingStatus(tx, meeting, "MINUTES_IN_REVIEW", actor);
    await recordAudit(tx, {
      actor,
      entity: "Minutes",
      entityId: minutes.id,
      action: "UPDATE",
      programmeId: meeting.programmeId,
      after: auditJson({ noObjection: { number, deadline: deadline.date, closesAt: deadline.closesAt } }),
    });
    return { minutesId: minutes.id, versionId, deadline };
  });
  await mailReviewers(opened.versionId, "noObjection", {
    deadline: opened.deadline.date,
    closesAt: opened.deadline.closesAt,
  });
  await queueReviewJob(
    {
      type: "no-objection",
      minutesId: opened.minutesId,
      number,
      deadline: opened.deadline.closesAt.toISOString(),
    },
    opened.deadline.closesAt,
  );
  return {
    meetingId,
    number,
    deadline: opened.deadline.date,
    closesAt: opened.deadline.closesAt.toISOString(),
  };
}

/**
 * The version the procedure is on, with reviewers: a version not circulated yet gets the reviewers
 * of the last circulated one (the same people answer for the same organisations).
 */
async function reviewedVersion(tx: TTx, minutesId: string, number: number): Promise<string> {
  const versions = await tx.minutesVersion.findMany({
    where: { minutesId, number: { lte: number } },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      reviewOpensAt: true,
      reviewers: { select: { personId: true, organisationId: true } },
    },
  });
  const target = versions[0];
  if (target.reviewers.length > 0) return target.id;
  const earlier = versions.find((v) => v.reviewers.length > 0);
  if (!earlier) throw refuse("notCirculated");
  await tx.minutesReviewer.createMany({
    data: earlier.reviewers.map((r) => ({
      minutesVersionId: target.id,
      personId: r.personId,
      organisationId: r.organisationId,
    })),
  });
  return target.id;
}

/**
 * An objection to the version under the procedure halts it (in the caller's transaction); the
 * secretariat is told after the commit (`notifyObjection`). Answers whether it halted it now.
 */
export async function haltOnObjection(tx: TTx, minutesId: string, number: number): Promise<boolean> {
  const halted = await tx.minutes.updateMany({
    where: {
      id: minutesId,
      noObjectionVersion: number,
      noObjectionHaltedAt: null,
      status: { not: "ADOPTED" },
    },
    data: { noObjectionHaltedAt: new Date() },
  });
  return halted.count > 0;
}

/** Tells the programme's secretariat (its members with that role, else the instance's) of an objection. */
export async function notifyObjection(input: {
  meetingId: string;
  number: number;
  organisation: string | null;
  reason: string;
}) {
  const meeting = await db().meeting.findUniqueOrThrow({
    where: { id: input.meetingId },
    select: { id: true, kind: true, sequenceNumber: true, title: true, programmeId: true },
  });
  const members = await db().user.findMany({
    where: {
      disabledAt: null,
      OR: [
        { memberships: { some: { programmeId: meeting.programmeId, role: "SECRETARIAT" } } },
        { globalRole: "SECRETARIAT" },
      ],
    },
    select: { email: true, name: true, locale: true },
  });
  for (const user of members) {
    try {
      const mail = reviewMail({
        kind: "objection",
        locale: toLocale(user.locale),
        name: user.name,
        meeting,
        number: input.number,
        organisation: input.organisation,
        reason: input.reason,
        url: appUrl(`meetings/${meeting.id}/minutes/consolidation`),
      });
      await sendMail({ programmeId: meeting.programmeId, to: user.email, ...mail });
    } catch (error) {
      logger.warn({ err: error, meetingId: meeting.id }, "an objection notice could not be sent");
    }
  }
}

type TNoObjectionJob = Extract<TMinutesReviewJob, { type: "no-objection" }>;

/**
 * The deadline job: adopts the minutes by no objection when the procedure it was queued for is
 * still the one running (same version and deadline), not halted, and its deadline has passed; then
 * the notice of adoption goes to the reviewers who have not had it (also on a retry after adoption).
 */
export async function closeNoObjection(job: TNoObjectionJob, now = new Date()) {
  const minutes = await db().minutes.findUnique({
    where: { id: job.minutesId },
    select: {
      meetingId: true,
      status: true,
      adoptionMethod: true,
      adoptedVersion: { select: { number: true } },
      noObjectionVersion: true,
      noObjectionDeadline: true,
      noObjectionHaltedAt: true,
    },
  });
  const isCurrent =
    minutes?.noObjectionVersion === job.number && minutes.noObjectionDeadline?.toISOString() === job.deadline;
  if (!minutes || !isCurrent) return { status: "stale" as const };
  if (minutes.noObjectionHaltedAt) return { status: "halted" as const };
  if (new Date(job.deadline) > now) throw new Error("the no-objection deadline has not passed yet");
  if (minutes.status !== "ADOPTED") {
    try {
      await adoptMinutesBySystem(minutes.meetingId, job.number, "NO_OBJECTION", NO_OBJECTION_ACTOR);
    } catch (error) {
      // Halted, adopted otherwise or superseded meanwhile: the lock decided, nothing to do.
      if (error instanceof AppError && error.code === "CONFLICT") return { status: "stale" as const };
      throw error;
    }
  } else if (minutes.adoptionMethod !== "NO_OBJECTION" || minutes.adoptedVersion?.number !== job.number) {
    return { status: "stale" as const };
  }
  const notices = await sendAdoptionNotices(job.minutesId);
  return { status: "adopted" as const, notices };
}

/** The notice of adoption to every reviewer of the adopted version who has not had it. */
export async function sendAdoptionNotices(minutesId: string): Promise<number> {
  const minutes = await db().minutes.findUniqueOrThrow({
    where: { id: minutesId },
    select: {
      adoptedAt: true,
      adoptionMethod: true,
      fingerprint: true,
      adoptedVersionId: true,
      meeting: { select: { programmeId: true } },
    },
  });
  if (!minutes.adoptedAt || !minutes.adoptionMethod || !minutes.fingerprint || !minutes.adoptedVersionId)
    return 0;
  const reviewers = await reviewersOf(db(), minutes.adoptedVersionId);
  const done = await db().auditEvent.findMany({
    where: {
      actorLabel: NOTICE_ACTOR.label,
      entity: "MinutesReviewer",
      entityId: { in: reviewers.map((r) => r.id) },
    },
    select: { entityId: true },
  });
  const noticed = new Set(done.map((d) => d.entityId));
  const mailed = await mailReviewers(minutes.adoptedVersionId, "adopted", {
    only: (r) => !noticed.has(r.id),
    adoption: {
      method: minutes.adoptionMethod,
      adoptedAt: minutes.adoptedAt,
      fingerprint: minutes.fingerprint,
    },
    onSent: (reviewerId, to) =>
      recordAudit(db(), {
        actor: NOTICE_ACTOR,
        entity: "MinutesReviewer",
        entityId: reviewerId,
        action: "UPDATE",
        programmeId: minutes.meeting.programmeId,
        after: auditJson({ notice: { adopted: minutes.fingerprint, to } }),
      }),
  });
  return mailed.size;
}
