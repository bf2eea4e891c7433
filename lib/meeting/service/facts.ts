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
