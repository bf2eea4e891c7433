// The meeting fields every description of a meeting is written from — its page header, calendar
// entries, invitations and reminders, the minutes, the sign-in sheet and the bundle — read with one
// select, so they always describe the meeting the same way.
import "server-only";
import type { Prisma } from "@/lib/db";

export const MEETING_FACTS_SELECT = {
  id: true,
  programmeId: true,
  kind: true,
  sequenceNumber: true,
  title: true,
  purpose: true,
  purposeTranslation: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueBuilding: true,
  venueRoom: true,
  venueAddress: true,
  onlineUrl: true,
  icsSequence: true,
} satisfies Prisma.MeetingSelect;

export type TMeetingFacts = Prisma.MeetingGetPayload<{ select: typeof MEETING_FACTS_SELECT }>;

/** The facts a document carries (the minutes' record, the bundle), instants as ISO strings. */
export function meetingFactsJson(m: TMeetingFacts) {
  return {
    kind: m.kind,
    sequenceNumber: m.sequenceNumber,
    title: m.title,
    purpose: m.purpose,
    purposeTranslation: m.purposeTranslation,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    venueBuilding: m.venueBuilding,
    venueRoom: m.venueRoom,
    venueAddress: m.venueAddress,
    onlineUrl: m.onlineUrl,
    status: m.status,
  };
}
