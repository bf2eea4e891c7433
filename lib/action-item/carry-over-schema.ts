// Carry-over (issue 11, item 5): the open action items of earlier meetings that a meeting's
// "Matters arising" reviews, each with its status as of the meeting's start (the cut-off), and the
// progress recorded for it at this meeting. Shared by the API, openapi.json and the capture screen's
// carry-over form. Safe for the browser.
import { z } from "zod";
import { ACTION_STATUSES } from "./schema";
import { ZActionUpdateOut } from "./update-schema";

const ZStatus = z.enum(ACTION_STATUSES);
/** What counts as still open at the cut-off: reported done is open until it is verified. */
export const CARRIED_STATUSES = ["OPEN", "IN_PROGRESS", "REPORTED_DONE"] as const;

export const ZCarriedOverItem = z.object({
  id: z.string(),
  reference: z.string().describe('"PSC3/A/04": meeting kind and number, running number in the meeting'),
  title: z.string(),
  ownerOrganisation: z
    .object({ id: z.string(), name: z.string(), acronym: z.string().nullable() })
    .nullable(),
  ownerPerson: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueDate: z.string().nullable().describe("YYYY-MM-DD"),
  statusAtCutOff: z
    .enum(CARRIED_STATUSES)
    .describe("The status as of the meeting's start: what the meeting was told was still open"),
  status: ZStatus.describe("The status now (after what was recorded at this meeting)"),
  version: z.number().int().describe("The item's version, for a progress update's `version`"),
  meeting: z.object({
    id: z.string(),
    kind: z.enum(["PSC", "TECHNICAL_COMMITTEE", "AD_HOC"]),
    sequenceNumber: z.number().int(),
    title: z.string(),
  }),
  recordedHere: z
    .array(ZActionUpdateOut)
    .describe("Progress updates recorded at this meeting (meetingId = this meeting), oldest first"),
  allowedStatuses: z
    .array(ZStatus)
    .describe("The statuses you may record for it at this meeting (empty: you may not record here)"),
});
export type TCarriedOverItem = z.infer<typeof ZCarriedOverItem>;

export const ZCarriedOver = z.object({
  meeting: z.object({
    id: z.string(),
    cutOff: z.string().describe("ISO instant: the meeting's start; statuses are as of then"),
    day: z.string().describe("YYYY-MM-DD in the meeting's time zone: the date of updates recorded here"),
    canRecord: z
      .boolean()
      .describe("You may record progress at this meeting (record:manage, and its record is still open)"),
  }),
  data: z.array(ZCarriedOverItem).describe("Oldest meeting first, then by running number"),
});
export type TCarriedOver = z.infer<typeof ZCarriedOver>;
