// Zod schemas of the draft minutes' versions, shared by the versions screen, the server action, the
// API routes and openapi.json. A version is a frozen snapshot of the meeting record (the data the
// PDF/DOCX outline is built from, not their wording), so either language can render any version.
import { z } from "zod";
import { formTexts, zOptionalText } from "@/lib/schema/fields";

/** A version number as a client sends it: at most what the int4 column holds. */
const zVersionNumber = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * Create the draft (version 1, from a held meeting) or cut the next version. `note` says what
 * changed and is required from version 2 on. `number` is the number the caller expects the new
 * version to get (the screen sends it): if someone cut a version meanwhile, nothing is saved (409).
 */
export const ZCutMinutesVersion = z.object({
  note: zOptionalText(500).describe("What changed since the previous version; required from version 2 on"),
  number: zVersionNumber
    .optional()
    .describe(
      "The number the new version should get; another one means someone cut a version meanwhile (409)",
    ),
});
export type TCutMinutesVersion = z.input<typeof ZCutMinutesVersion>;

/** The versions screen's form, read the same way in the browser and in the server action. */
export const ZCutMinutesVersionForm = ZCutMinutesVersion.extend({
  meetingId: z.string().trim().min(1).max(64),
});
export const cutVersionFormValues = (form: FormData) => formTexts(form, ["meetingId", "note", "number"]);

export const ZMinutesDiffQuery = z.object({
  from: zVersionNumber.describe("The earlier version's number"),
  to: zVersionNumber.describe("The later version's number"),
});
export type TMinutesDiffQuery = z.input<typeof ZMinutesDiffQuery>;

export const ZMinutesVersionSummary = z.object({
  number: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string().describe("ISO instant"),
  createdBy: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe("Who cut it (null: user deleted)"),
});
export type TMinutesVersionSummary = z.infer<typeof ZMinutesVersionSummary>;

export const ZMinutesVersionList = z.object({
  meetingId: z.string(),
  status: z
    .enum(["DRAFT", "IN_REVIEW", "ADOPTED"])
    .nullable()
    .describe("The minutes' status; null before the draft"),
  data: z.array(ZMinutesVersionSummary).describe("Oldest first"),
});
export type TMinutesVersionList = z.infer<typeof ZMinutesVersionList>;

export const ZMinutesVersion = ZMinutesVersionSummary.extend({
  content: z
    .record(z.string(), z.unknown())
    .describe(
      "The meeting record as it was when the version was cut: programme, meeting, co-chairs, agenda, attendance, remarks, decisions, action items, next meeting — the data the minutes (PDF/DOCX) are rendered from, in either language",
    ),
});

const zDiffValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const zDiffEntry = z.object({
  id: z.string().describe("The record's stable id"),
  label: z.string(),
  fields: z.record(z.string(), zDiffValue),
});
export const ZMinutesDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  isSame: z.boolean(),
  sections: z.array(
    z.object({
      section: z.enum(["attendance", "agenda", "remarks", "decisions", "actionItems"]),
      added: z.array(zDiffEntry),
      removed: z.array(zDiffEntry),
      changed: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          changes: z.array(z.object({ field: z.string(), before: zDiffValue, after: zDiffValue })),
        }),
      ),
    }),
  ),
});
