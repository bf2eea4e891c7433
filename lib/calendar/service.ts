// Calendar documents of meetings, read with the same access rules as the meeting pages:
// one meeting's invitation, and a programme's feed of the meetings the user may see, both in the
// language of whoever asks (an e-mailed invitation is in its invitee's: lib/invitation/mailer.ts).
import "server-only";
import { z } from "zod";
import type { TLocale } from "@/i18n/locales";
import { can, type TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { sender } from "@/lib/mail/transport";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { meetingFeed, meetingInvitation, type TCalendarAttendee } from "./ics";
import { fileSlug } from "@/lib/format/file-slug";
import { meetingName } from "@/lib/meeting/facts";
import type { TCalendarFile } from "./schema";
import { MEETING_FACTS_SELECT as MEETING_SELECT } from "@/lib/meeting/service/facts";

/** A programme feed holds a few meetings a year; the cap only guards against a runaway query. */
const FEED_LIMIT = 500;

/**
 * One meeting's invitation (or cancellation). Those who may see the whole programme get every
 * invitee; a member invited to the meeting sees only their own RSVP, as in the app.
 */
export async function meetingCalendar(
  access: TAccess,
  meetingId: string,
  locale: TLocale,
): Promise<TCalendarFile> {
  const row = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      ...MEETING_SELECT,
      coChairs: { select: { personId: true } },
      invitations: {
        where: { isWalkIn: false, person: { email: { not: null } } },
        orderBy: { person: { name: "asc" } },
        select: { rsvp: true, person: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!row) throw AppError.notFound("meeting");
  const { coChairs, invitations, ...meeting } = row;
  const canSeeAll = can(access, "meeting:read", meeting.programmeId);
  const chairIds = new Set(coChairs.map((c) => c.personId));
  const attendees: TCalendarAttendee[] = invitations
    .filter((i) => canSeeAll || i.person.id === access.personId)
    // One malformed stored address must not break everyone's invitation.
    .filter((i) => z.email().safeParse(i.person.email).success)
    .map((i) => ({
      name: i.person.name,
      email: i.person.email!,
      rsvp: i.rsvp,
      isCoChair: chairIds.has(i.person.id),
    }));
  const body = meetingInvitation(meeting, attendees, { organizer: sender(), locale });
  const stem = fileSlug(`${meetingName(meeting.kind, meeting.sequenceNumber, locale)} ${meeting.title}`);
  return { filename: `${stem}.ics`, body };
}

/**
 * A programme's meetings as a subscribable feed: all of them for those with meeting:read in the
 * programme, only the invited ones for members. Drafts are left out until they are scheduled.
 */
export async function programmeCalendar(
  access: TAccess,
  programmeId: string,
  locale: TLocale,
): Promise<TCalendarFile> {
  const mayRead =
    can(access, "meeting:read", programmeId) || can(access, "meeting:read-invited", programmeId);
  const programme = mayRead
    ? await db().programme.findUnique({
        where: { id: programmeId },
        select: { title: true, shortTitle: true },
      })
    : null;
  if (!programme) throw AppError.notFound("programme");
  const meetings = await db().meeting.findMany({
    where: { AND: [{ programmeId }, meetingAccessWhere(access), { status: { not: "DRAFT" } }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_LIMIT,
    select: MEETING_SELECT,
  });
  const name = programme.shortTitle ?? programme.title;
  const body = meetingFeed(meetings, {
    organizer: sender(),
    locale,
    calendarName: name,
    onSkipped: (meetingId, err) =>
      logger.warn({ err, meetingId, programmeId }, "meeting left out of the programme calendar"),
  });
  return { filename: `${fileSlug(name, "programme")}-meetings.ics`, body };
}
