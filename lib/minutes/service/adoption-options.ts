// What the secretariat may choose from when recording adoption at a later meeting: the meetings of
// the same programme that start after this one, are not cancelled and have the agenda item
// "adoption of the minutes of the previous meeting" — the same rule adoptMinutesVersion checks.
import "server-only";
import { can, type TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";

/** record:manage; 404 alike for a meeting that is missing or not theirs. Soonest first. */
export async function laterMeetingsForAdoption(access: TAccess, meetingId: string) {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { programmeId: true, startsAt: true },
  });
  if (!meeting || !can(access, "record:manage", meeting.programmeId)) throw AppError.notFound("meeting");
  return db().meeting.findMany({
    where: {
      programmeId: meeting.programmeId,
      startsAt: { gt: meeting.startsAt },
      status: { not: "CANCELLED" },
      agendaItems: { some: { kind: "ADOPTION_OF_PREVIOUS_MINUTES" } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, sequenceNumber: true, title: true, startsAt: true, timeZone: true },
  });
}
