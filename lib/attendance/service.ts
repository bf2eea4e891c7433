// Attendance statistics: the only place that reads the attendance register for them. A fixed
// number of queries per call (register rows, co-chairs, speakers, organisation ancestry).
import "server-only";
import { db, type Prisma } from "@/lib/db";
import { can, type TAccess } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { organisationsWithAncestors } from "@/lib/organisation/service";
import type { TAttendanceStats, TMeetingAttendanceStats, TProgrammeAttendanceStats } from "./schema";
import { attendanceStats, programmeAttendanceStats, type TStatsRow } from "./stats";

const MEETING_SELECT = {
  id: true,
  kind: true,
  sequenceNumber: true,
  title: true,
  status: true,
  startsAt: true,
  timeZone: true,
} satisfies Prisma.MeetingSelect;

type TMeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>;

const toMeetingRef = (m: TMeetingRow) => ({ ...m, startsAt: m.startsAt.toISOString() });

/** The register rows of the meetings matched by `meeting`, flagged with co-chair and speaker. */
async function loadRegister(meeting: Prisma.MeetingWhereInput) {
  const [invitations, coChairs, speakers] = await Promise.all([
    db().invitation.findMany({
      where: { meeting },
      select: {
        meetingId: true,
        personId: true,
        attendance: true,
        isWalkIn: true,
        delegateOfPersonId: true,
        person: { select: { sex: true, organisationId: true } },
      },
    }),
    db().coChair.findMany({ where: { meeting }, select: { meetingId: true, personId: true } }),
    db().remark.findMany({
      where: { meeting },
      distinct: ["meetingId", "speakerPersonId"],
      select: { meetingId: true, speakerPersonId: true },
    }),
  ]);
  const key = (meetingId: string, personId: string) => `${meetingId} ${personId}`;
  const coChairKeys = new Set(coChairs.map((c) => key(c.meetingId, c.personId)));
  const speakerKeys = new Set(speakers.map((s) => key(s.meetingId, s.speakerPersonId)));
  const rows: TStatsRow[] = invitations.map((i) => ({
    meetingId: i.meetingId,
    personId: i.personId,
    sex: i.person.sex,
    organisationId: i.person.organisationId,
    attendance: i.attendance,
    isWalkIn: i.isWalkIn,
    isDelegate: i.delegateOfPersonId !== null,
    isCoChair: coChairKeys.has(key(i.meetingId, i.personId)),
    isSpeaker: speakerKeys.has(key(i.meetingId, i.personId)),
  }));
  const organisationIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
  return { rows, organisations: await organisationsWithAncestors(organisationIds) };
}

/** Statistics of one meeting whose access the caller has already checked (e.g. the minutes' loader). */
export async function attendanceStatsOfMeeting(meetingId: string): Promise<TAttendanceStats> {
  const { rows, organisations } = await loadRegister({ id: meetingId });
  return attendanceStats(rows, organisations);
}

/** Statistics of one meeting the user may see; "not found" also when it is not theirs. */
export async function getMeetingAttendanceStats(
  access: TAccess,
  meetingId: string,
): Promise<TMeetingAttendanceStats> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: MEETING_SELECT,
  });
  if (!meeting) throw AppError.notFound("meeting");
  const { rows, organisations } = await loadRegister({ id: meeting.id });
  return { meeting: toMeetingRef(meeting), stats: attendanceStats(rows, organisations) };
}

/** Statistics of every meeting of a programme that is not cancelled, and over time. */
export async function getProgrammeAttendanceStats(
  access: TAccess,
  programmeId: string,
): Promise<TProgrammeAttendanceStats> {
  if (!can(access, "meeting:read", programmeId)) throw AppError.notFound("programme");
  const programme = await db().programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      title: true,
      meetings: {
        where: { status: { not: "CANCELLED" } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: MEETING_SELECT,
      },
    },
  });
  if (!programme) throw AppError.notFound("programme");
  const { rows, organisations } = await loadRegister({ programmeId, status: { not: "CANCELLED" } });
  const result = programmeAttendanceStats(programme.meetings.map(toMeetingRef), rows, organisations);
  return { programme: { id: programme.id, title: programme.title }, ...result };
}
