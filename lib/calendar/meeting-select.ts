// The meeting fields an invitation, reminder or calendar entry is written from: one select, so
// the mail, the ICS and the feed always describe the meeting the same way.
import type { Prisma } from "@/lib/generated/prisma/client";

export const CALENDAR_MEETING_SELECT = {
  id: true,
  programmeId: true,
  kind: true,
  sequenceNumber: true,
  title: true,
  purpose: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueBuilding: true,
  venueRoom: true,
  venueAddress: true,
  onlineUrl: true,
  status: true,
  icsSequence: true,
} satisfies Prisma.MeetingSelect;
