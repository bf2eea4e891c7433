// Circulation of a version of the draft minutes for review: the reviewers (by default every present
// participant with an e-mail address, grouped by organisation), the deadline in working days in the
// meeting's time zone (Saturdays, Sundays and the listed holidays skipped), one personal review
// link per reviewer (lib/link, purpose MINUTES_REVIEW) e-mailed in their language, and reminder
// jobs before the deadline and on the day. The mail goes out after the transaction: a circulation
// is saved whole or not at all, and a reviewer whose mail failed is listed so it can be resent.
import "server-only";
import { toLocale } from "@/i18n/locales";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { holidayDates } from "@/lib/holiday/service";
import { DEFAULT_HOLIDAY_COUNTRY } from "@/lib/holiday/schema";
import { appUrl, issueLink, linkUrl } from "@/lib/link/service";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/transport";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { moveMeetingStatus } from "@/lib/meeting/service/meetings";
import { utcToZoned, zonedToUtc } from "@/lib/meeting/zoned-time";
import { parseInput } from "@/lib/validation";
import { reviewMail, type TReviewMailKind } from "../review-mail";
import { ZCirculateMinutes, type TCirculateMinutes } from "../review-schema";
import { scheduleReviewReminders } from "./review-jobs";
import { lockMinutesMeeting } from "./versions";

/** A review link keeps working this long after the deadline, to read the replies. */
const LINK_GRACE_DAYS = 60;

/** The holiday list's country for a programme's country ("Indonesia" or "ID"). */
export function holidayCountry(country: string): string {
  const c = country.trim();
  if (/^[A-Za-z]{2}$/.test(c)) return c.toUpperCase();
  return c.toLowerCase() === "indonesia" ? "ID" : DEFAULT_HOLIDAY_COUNTRY;
}

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The deadline `workingDays` working days after `now`'s day in `timeZone`: its calendar date and the
 * instant it closes (the end of that day in the zone).
 */
export async function reviewDeadline(now: Date, timeZone: string, workingDays: number, country: string) {
  const today = utcToZoned(now, timeZone).date;
  // Generous bounds for the holidays read: n working days never span more than 3n + 30 days.
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + (3 * workingDays + 30) * 86_400_000);
  const holidays = await holidayDates(today, until.toISOString().slice(0, 10), holidayCountry(country));
  const date = addWorkingDays(today, workingDays, holidays);
  return { date, closesAt: zonedToUtc(nextDay(date), "00:00", timeZone), holidays };
}

export const linkExpiry = (closesAt: Date) => new Date(closesAt.getTime() + LINK_GRACE_DAYS * 86_400_000);

/** The present participants with an e-mail address, grouped by organisation: the default reviewers. */
export async function defaultReviewers(access: TAccess, meetingId: string) {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      invitations: {
        where: { attendance: "PRESENT", person: { email: { not: null } } },
        select: {
          person: {
            select: {
              id: true,
              name: true,
              email: true,
              organisation: { select: { id: true, name: true, acronym: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting) throw AppError.notFound("meeting");
  return meeting.invitations
    .map((i) => i.person)
    .sort(
      (a, b) =>
        (a.organisation?.name ?? "\uffff").localeCompare(b.organisation?.name ?? "\uffff") ||
        a.name.localeCompare(b.name),
    );
}

const refuse = (
  key: "notDrafted" | "alreadyCirculated" | "notLatest" | "adopted" | "noEmail",
  params?: Record<string, string | number>,
) => new AppError("CONFLICT", `minutesReview.errors.${key}`, { params });

export type TCirculation = {
  meetingId: string;
  number: number;
  deadline: string;
  closesAt: string;
  reviewers: { personId: string; name: string; mailed: boolean }[];
};

/**
 * Circulates version `number` (the latest) for review. record:manage; 409 once adopted, for a
 * version that is not the latest, or one already circulated; a reviewer without an e-mail address
 * is a field error. The meeting moves to MINUTES_IN_REVIEW.
 */
export async function circulateMinutes(
  access: TAccess,
  meetingId: string,
  input: TCirculateMinutes,
  actor: TActor,
  now = new Date(),
): Promise<TCirculation> {
  const { number, reviewerIds, workingDays } = parseInput(ZCirculateMinutes, input);
  const chosen = reviewerIds ?? (await defaultReviewers(access, meetingId)).map((p) => p.id);
  if (chosen.length === 0) throw AppError.invalidField("reviewerIds", "minutesReview.errors.noReviewers");

  const saved = await db().$transaction(async (tx) => {
    const meeting = await lockMinutesMeeting(tx, access, meetingId);
    if (meeting.minutes?.status === "ADOPTED" || meeting.status === "MINUTES_ADOPTED")
      throw refuse("adopted");
    const latest = meeting.minutes?.versions[0]?.number ?? 0;
    if (!meeting.minutes || latest === 0) throw refuse("notDrafted");
    if (number !== latest) throw refuse("notLatest", { latest });
    const version = await tx.minutesVersion.findUniqueOrThrow({
      where: { minutesId_number: { minutesId: meeting.minutes.id, number } },
      select: { id: true, reviewOpensAt: true },
    });
    if (version.reviewOpensAt) throw refuse("alreadyCirculated", { number });
    const facts = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { timeZone: true, programme: { select: { country: true } } },
    });
    const deadline = await reviewDeadline(now, facts.timeZone, workingDays, facts.programme.country);
    const people = await tx.person.findMany({
      where: { id: { in: [...new Set(chosen)] } },
      select: { id: true, name: true, email: true, organisationId: true },
    });
    if (people.length !== new Set(chosen).size)
      throw AppError.invalidField("reviewerIds", "minutesReview.errors.unknownReviewer");
    const withoutEmail = people.find((p) => !p.email);
    if (withoutEmail) {
      throw AppError.invalidField("reviewerIds", "minutesReview.errors.reviewerWithoutEmail", {
        name: withoutEmail.name,
      });
    }
    await tx.minutesReviewer.createMany({
      data: people.map((p) => ({
        minutesVersionId: version.id,
        personId: p.id,
        organisationId: p.organisationId,
      })),
    });
    await tx.minutesVersion.update({
      where: { id: version.id },
      data: { reviewOpensAt: now, reviewClosesAt: deadline.closesAt, reviewDeadline: deadline.date },
    });
    await tx.minutes.update({ where: { id: meeting.minutes.id }, data: { status: "IN_REVIEW" } });
    if (meeting.status === "MINUTES_DRAFT") await moveMeetingStatus(tx, meeting, "MINUTES_IN_REVIEW", actor);
    await recordAudit(tx, {
      actor,
      entity: "MinutesVersion",
      entityId: version.id,
      action: "UPDATE",
      programmeId: meeting.programmeId,
      before: { reviewOpensAt: null },
      after: auditJson({
        circulated: {
          number,
          deadline: deadline.date,
          closesAt: deadline.closesAt,
          reviewers: people.map((p) => p.id),
        },
      }),
    });
    return { versionId: version.id, deadline, people };
  });

  const mailed = await mailReviewers(saved.versionId, "circulated");
  await scheduleReviewReminders(saved.versionId, now);
  return {
    meetingId,
    number,
    deadline: saved.deadline.date,
    closesAt: saved.deadline.closesAt.toISOString(),
    reviewers: saved.people.map((p) => ({ personId: p.id, name: p.name, mailed: mailed.has(p.id) })),
  };
}

/** A version's reviewers with what their e-mail needs. */
export async function reviewersOf(tx: Pick<TTx, "minutesReviewer">, versionId: string) {
  return tx.minutesReviewer.findMany({
    where: { minutesVersionId: versionId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      organisationId: true,
      person: {
        select: {
          id: true,
          name: true,
          email: true,
          language: true,
          organisation: { select: { name: true, acronym: true } },
        },
      },
    },
  });
}

/** The personal review link of a reviewer, to put in an e-mail. */
export async function reviewLinkUrl(
  reviewer: { id: string; person: { id: string } },
  programmeId: string,
  closesAt: Date,
): Promise<string> {
  const token = await issueLink({
    purpose: "MINUTES_REVIEW",
    personId: reviewer.person.id,
    subjectId: reviewer.id,
    programmeId,
    expiresAt: linkExpiry(closesAt),
  });
  return linkUrl("review", token);
}

type TMailOptions = {
  /** Only these reviewers (default: all). */
  only?: (reviewer: { id: string; organisationId: string | null; personId: string }) => boolean;
  deadline?: string;
  closesAt?: Date;
  adoption?: { method: "AT_MEETING" | "NO_OBJECTION" | "CO_CHAIRS"; adoptedAt: Date; fingerprint: string };
  /** Called after each mail sent, to record it (reminders, notices: never twice). */
  onSent?: (reviewerId: string, to: string) => Promise<void>;
};

/**
 * Mails `kind` to a version's reviewers, each in their language with their own link. Never throws
 * for one recipient: the set of persons mailed is returned, failures are logged.
 */
export async function mailReviewers(
  versionId: string,
  kind: TReviewMailKind,
  options: TMailOptions = {},
): Promise<Set<string>> {
  const version = await db().minutesVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      number: true,
      reviewDeadline: true,
      reviewClosesAt: true,
      minutes: {
        select: {
          meeting: {
            select: { kind: true, sequenceNumber: true, title: true, timeZone: true, programmeId: true },
          },
        },
      },
    },
  });
  const meeting = version.minutes.meeting;
  const closesAt = options.closesAt ?? version.reviewClosesAt ?? new Date();
  const mailed = new Set<string>();
  for (const reviewer of await reviewersOf(db(), versionId)) {
    const p = reviewer.person;
    if (!p.email) continue;
    if (
      options.only &&
      !options.only({ id: reviewer.id, organisationId: reviewer.organisationId, personId: p.id })
    )
      continue;
    try {
      const url =
        kind === "adopted" && options.adoption
          ? appUrl(`verify?fingerprint=${options.adoption.fingerprint}`)
          : await reviewLinkUrl(reviewer, meeting.programmeId, closesAt);
      const mail = reviewMail({
        kind,
        locale: toLocale(p.language),
        name: p.name,
        meeting,
        number: version.number,
        organisation: p.organisation ? (p.organisation.acronym ?? p.organisation.name) : null,
        deadline: options.deadline ?? version.reviewDeadline ?? undefined,
        url,
        adoption: options.adoption ? { ...options.adoption, timeZone: meeting.timeZone } : undefined,
      });
      await sendMail({ programmeId: meeting.programmeId, to: p.email, ...mail });
      mailed.add(p.id);
      await options.onSent?.(reviewer.id, p.email);
    } catch (error) {
      logger.warn({ err: error, reviewerId: reviewer.id, kind }, "a review e-mail could not be sent");
    }
  }
  return mailed;
}
