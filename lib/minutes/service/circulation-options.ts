// What the circulation form offers: the reviewers to tick (the present participants with an e-mail
// address, ticked; the other invitees with one, not ticked), grouped by organisation, and what the
// browser needs to show the deadline a number of working days gives — today in the meeting's time
// zone and the holidays of the span the longest allowed deadline can cover.
import "server-only";
import { can, type TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { utcToZoned } from "@/lib/meeting/zoned-time";
import { reviewDeadline } from "./circulation";

/** The most working days a circulation allows (ZCirculateMinutes). */
const MAX_WORKING_DAYS = 60;

export type TCirculationReviewer = { id: string; name: string; isPresent: boolean };
export type TCirculationGroup = {
  organisation: { id: string; name: string; acronym: string | null } | null;
  reviewers: TCirculationReviewer[];
};
export type TCirculationOptions = { groups: TCirculationGroup[]; today: string; holidays: string[] };

/** record:manage; 404 alike for a meeting that is missing or not theirs. */
export async function circulationOptions(
  access: TAccess,
  meetingId: string,
  now = new Date(),
): Promise<TCirculationOptions> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      programmeId: true,
      timeZone: true,
      programme: { select: { country: true } },
      invitations: {
        where: { person: { email: { not: null } } },
        select: {
          attendance: true,
          person: {
            select: {
              id: true,
              name: true,
              organisation: { select: { id: true, name: true, acronym: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting || !can(access, "record:manage", meeting.programmeId)) throw AppError.notFound("meeting");
  const groups = new Map<string, TCirculationGroup>();
  for (const { person, attendance } of meeting.invitations) {
    const key = person.organisation?.id ?? "";
    const group = groups.get(key) ?? { organisation: person.organisation, reviewers: [] };
    group.reviewers.push({ id: person.id, name: person.name, isPresent: attendance === "PRESENT" });
    groups.set(key, group);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const sorted = [...groups.values()]
    .map((g) => ({ ...g, reviewers: g.reviewers.sort(byName) }))
    // Organisations alphabetically; people without one last.
    .sort((a, b) => (a.organisation?.name ?? "\uffff").localeCompare(b.organisation?.name ?? "\uffff"));
  const span = await reviewDeadline(now, meeting.timeZone, MAX_WORKING_DAYS, meeting.programme.country);
  return {
    groups: sorted,
    today: utcToZoned(now, meeting.timeZone).date,
    holidays: [...span.holidays].sort(),
  };
}
