// A member's home: the meetings they are invited to that are still to come, each with their own
// answer and whether the app may still take one, and the last few meetings they attended. Only
// their own invitations (own-invitation.ts): never a colleague's, nor another programme's.
import "server-only";
import { can, type TAccess } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db";
import type { AttendanceStatus, InvitedVia, RsvpStatus } from "@/lib/generated/prisma/enums";
import { ownInvitationWhere } from "@/lib/invitation/service/own-invitation";
import { isOpenForAnswers } from "@/lib/invitation/rsvp-rules";
import { isConfirmedInvitation } from "@/lib/meeting/service/access";
import { venueLine } from "@/lib/meeting/venue";

/** How many meetings each list shows: the home is a summary; /meetings lists them all. */
export const HOME_UPCOMING_LIMIT = 20;
export const HOME_ATTENDED_LIMIT = 5;

const MEETING_SELECT = {
  id: true,
  programmeId: true,
  kind: true,
  sequenceNumber: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueBuilding: true,
  venueRoom: true,
  venueAddress: true,
  onlineUrl: true,
  programme: { select: { title: true } },
} satisfies Prisma.MeetingSelect;

type TMeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>;

export type THomeMeeting = Omit<TMeetingRow, "venueBuilding" | "venueRoom" | "venueAddress" | "programme"> & {
  programmeTitle: string;
  /** Room, building and address as one line; null when not recorded. */
  venue: string | null;
};

export type TUpcomingInvitation = {
  invitationId: string;
  rsvp: RsvpStatus;
  delegatedToName: string | null;
  /** The meeting still takes answers (draft or scheduled, not over): the form is offered. */
  canAnswer: boolean;
  /**
   * The invitation lets the member open the meeting's page: not a colleague's delegation through
   * a link that the secretariat has not confirmed yet (meetingAccessWhere).
   */
  canOpen: boolean;
  meeting: THomeMeeting;
};

/** Draft minutes circulated to the member, not adopted, in their latest version. */
export type TAwaitingReview = {
  meeting: THomeMeeting;
  number: number;
  /** Calendar date in the meeting's time zone. */
  deadline: string | null;
  /** Their organisation's answer so far (null: none yet). */
  answer: "NO_COMMENTS" | "COMMENTS_SUBMITTED" | "OBJECTION" | null;
};

export type TMemberHome = {
  /** The account is linked to a person of the directory: without one it has no invitations. */
  isLinked: boolean;
  upcoming: TUpcomingInvitation[];
  attended: THomeMeeting[];
  /** Minutes awaiting their organisation's answer (or answered, until adopted or superseded). */
  reviews: TAwaitingReview[];
};

function homeMeeting({ venueBuilding, venueRoom, venueAddress, programme, ...m }: TMeetingRow): THomeMeeting {
  return {
    ...m,
    programmeTitle: programme.title,
    venue: venueLine({ venueBuilding, venueRoom, venueAddress }),
  };
}

const canOpenMeeting = (
  access: TAccess,
  invitation: {
    invitedVia: InvitedVia;
    attendance: AttendanceStatus | null;
    meeting: { programmeId: string };
  },
) => isConfirmedInvitation(invitation) || can(access, "meeting:read", invitation.meeting.programmeId);

/** The minutes circulated to the member (minutes:review) whose latest version is still under review. */
async function awaitingReview(access: TAccess): Promise<TAwaitingReview[]> {
  if (!access.personId) return [];
  const rows = await db().minutesReviewer.findMany({
    where: { personId: access.personId, minutesVersion: { minutes: { status: { not: "ADOPTED" } } } },
    orderBy: { minutesVersion: { number: "desc" } },
    take: 50,
    select: {
      organisationId: true,
      minutesVersion: {
        select: {
          number: true,
          reviewDeadline: true,
          answers: { select: { groupKey: true, answer: true } },
          minutes: {
            select: {
              versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
              meeting: { select: MEETING_SELECT },
            },
          },
        },
      },
    },
  });
  const groupKey = (organisationId: string | null) => organisationId ?? `person:${access.personId}`;
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const v = row.minutesVersion;
    const meeting = v.minutes.meeting;
    const isLatest = v.minutes.versions[0]?.number === v.number;
    if (!isLatest || seen.has(meeting.id) || !can(access, "minutes:review", meeting.programmeId)) return [];
    seen.add(meeting.id);
    const answer = v.answers.find((a) => a.groupKey === groupKey(row.organisationId))?.answer ?? null;
    return [{ meeting: homeMeeting(meeting), number: v.number, deadline: v.reviewDeadline, answer }];
  });
}

export async function memberHome(access: TAccess, now = new Date()): Promise<TMemberHome> {
  const own = ownInvitationWhere(access);
  const [upcoming, attended] = await Promise.all([
    db().invitation.findMany({
      where: { AND: [own, { meeting: { endsAt: { gt: now } } }] },
      orderBy: [{ meeting: { startsAt: "asc" } }, { id: "asc" }],
      take: HOME_UPCOMING_LIMIT,
      select: {
        id: true,
        rsvp: true,
        invitedVia: true,
        attendance: true,
        delegatedTo: { select: { person: { select: { name: true } } } },
        meeting: { select: MEETING_SELECT },
      },
    }),
    db().invitation.findMany({
      where: { AND: [own, { attendance: "PRESENT", meeting: { endsAt: { lte: now } } }] },
      orderBy: [{ meeting: { startsAt: "desc" } }, { id: "asc" }],
      take: HOME_ATTENDED_LIMIT,
      select: { meeting: { select: MEETING_SELECT } },
    }),
  ]);
  const reviews = await awaitingReview(access);
  return {
    isLinked: access.personId !== null,
    reviews,
    upcoming: upcoming.map((invitation) => ({
      invitationId: invitation.id,
      rsvp: invitation.rsvp,
      delegatedToName: invitation.delegatedTo?.person.name ?? null,
      canAnswer: isOpenForAnswers(invitation.meeting, now),
      canOpen: canOpenMeeting(access, invitation),
      meeting: homeMeeting(invitation.meeting),
    })),
    attended: attended.map((invitation) => homeMeeting(invitation.meeting)),
  };
}
