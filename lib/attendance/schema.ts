// Zod schemas of attendance statistics: the API response shapes, the OpenAPI document and the types
// the pure calculation (stats.ts) returns all come from here.
import { z } from "zod";
import { MEETING_KINDS, MEETING_STATUSES } from "@/lib/meeting/schema";
import { ORGANISATION_KINDS } from "@/lib/organisation/schema";

/** A person's organisation kind, or none recorded. */
export const KIND_BUCKETS = [...ORGANISATION_KINDS, "NOT_RECORDED"] as const;
export type TKindBucket = (typeof KIND_BUCKETS)[number];

export const SEX_BUCKETS = ["FEMALE", "MALE", "PREFER_NOT_TO_SAY", "NOT_RECORDED"] as const;
export type TSexBucket = (typeof SEX_BUCKETS)[number];

/** In order of precedence: a co-chair who also spoke is counted as a co-chair. */
export const ATTENDANCE_ROLES = ["CO_CHAIR", "SPEAKER", "PARTICIPANT"] as const;
export type TAttendanceRole = (typeof ATTENDANCE_ROLES)[number];

const count = z.number().int().nonnegative();

export const ZOrganisationCount = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  invited: count.describe("Persons of the organisation (or its directorates) invited"),
  participants: count.describe("Persons of the organisation (or its directorates) present"),
});
export type TOrganisationCount = z.infer<typeof ZOrganisationCount>;

/** Counts of persons; in a meeting each person appears once, across meetings each is counted once. */
export const ZAttendanceStats = z.object({
  invited: count.describe("Persons invited (walk-ins are not invited)"),
  participants: count.describe("Persons present, walk-ins and delegates included"),
  invitedPresent: count.describe("Invited persons who were present"),
  walkIns: count.describe("Persons present without an invitation"),
  delegates: count.describe("Persons present as delegate of someone else"),
  organisations: count.describe("Top-level organisations with at least one participant"),
  ministries: count.describe(
    "Government ministries with at least one participant (directorates count under their ministry)",
  ),
  byOrganisationKind: z.array(z.object({ kind: z.enum(KIND_BUCKETS), participants: count })),
  bySex: z.array(z.object({ sex: z.enum(SEX_BUCKETS), participants: count })),
  byRole: z.array(z.object({ role: z.enum(ATTENDANCE_ROLES), participants: count })),
  byOrganisation: z.array(ZOrganisationCount),
});
export type TAttendanceStats = z.infer<typeof ZAttendanceStats>;

const ZMeetingRef = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  sequenceNumber: z.number().int(),
  title: z.string(),
  status: z.enum(MEETING_STATUSES),
  startsAt: z.string().datetime({ offset: true }),
  timeZone: z.string(),
});

export const ZMeetingAttendanceStats = z.object({ meeting: ZMeetingRef, stats: ZAttendanceStats });
export type TMeetingAttendanceStats = z.infer<typeof ZMeetingAttendanceStats>;

export const ZProgrammeAttendanceStats = z.object({
  programme: z.object({ id: z.string(), title: z.string() }),
  meetings: z.array(ZMeetingAttendanceStats).describe("Every meeting that is not cancelled, oldest first"),
  totals: ZAttendanceStats.extend({
    meetingsWithAttendance: count.describe("Meetings with at least one participant"),
    attendances: count.describe(
      "Participants summed over meetings (a person at three meetings counts three times)",
    ),
  }).describe("Unique persons over all meetings; a person's role is the highest held in any meeting"),
});
export type TProgrammeAttendanceStats = z.infer<typeof ZProgrammeAttendanceStats>;
