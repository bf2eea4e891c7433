// The accountability view's answer (the /actions/accountability page and
// GET /api/v1/programmes/{id}/accountability): one programme's action items by organisation and over
// its meetings. Definitions: docs/action-items.md ("Accountability"). Safe for the browser.
import { z } from "zod";
import { MEETING_KINDS } from "@/lib/meeting/schema";

const ZOrganisationRef = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });

export const ZAccountabilityCounts = z.object({
  total: z.number().int().describe("Action items owned (dropped included)"),
  open: z.number().int().describe("Not done or dropped (reported done counts as open), overdue included"),
  overdue: z.number().int(),
  done: z.number().int().describe("Verified done (on time, late, or without a due date)"),
  doneOnTime: z.number().int().describe("Verified done on or before the due date"),
  doneLate: z.number().int().describe("Verified done after the due date"),
  dropped: z.number().int(),
  medianDaysOverdue: z.number().nullable().describe("Median days past the due date of the overdue items"),
  oldestOverdue: z
    .object({ id: z.string(), reference: z.string(), dueDate: z.string(), daysOverdue: z.number().int() })
    .nullable(),
});

export const ZAccountabilityOrganisation = ZAccountabilityCounts.extend({
  organisation: ZOrganisationRef.nullable().describe(
    "The top-level owner organisation (a directorate's items count for its ministry); null: no owner",
  ),
});

export const ZAccountabilityMeeting = z.object({
  meeting: z.object({
    id: z.string(),
    kind: z.enum(MEETING_KINDS),
    sequenceNumber: z.number().int(),
    startsAt: z.string(),
    timeZone: z.string(),
  }),
  raised: z.number().int().describe("Action items raised at the meeting"),
  closed: z
    .number()
    .int()
    .describe("Action items of the programme closed from this meeting's start until the next one's"),
  stillOpen: z.number().int().describe("Of the items raised at the meeting, those still open"),
});

export const ZAccountability = z.object({
  programme: z.object({ id: z.string(), title: z.string() }),
  today: z.string().describe("The day the figures are judged on (Asia/Jakarta), YYYY-MM-DD"),
  totals: ZAccountabilityCounts,
  organisations: z.array(ZAccountabilityOrganisation),
  meetings: z.array(ZAccountabilityMeeting),
});

export type TAccountabilityCounts = z.infer<typeof ZAccountabilityCounts>;
export type TAccountabilityOrganisation = z.infer<typeof ZAccountabilityOrganisation>;
export type TAccountabilityMeeting = z.infer<typeof ZAccountabilityMeeting>;
export type TAccountability = z.infer<typeof ZAccountability>;

export const ZAccountabilityQuery = z.object({
  programmeId: z
    .string()
    .trim()
    .max(64)
    .transform((v) => (v === "" ? undefined : v))
    .optional(),
});
