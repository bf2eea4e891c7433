// Zod schemas for action items raised in a meeting, shared by the capture screen, API and OpenAPI.
import { z } from "zod";
import { ZClientId, ZVersion } from "@/lib/record/fields";
import { zCalendarDate, zOptionalId, zOptionalText } from "@/lib/schema/fields";

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "REPORTED_DONE", "DONE", "DROPPED"] as const;
export type TActionStatus = (typeof ACTION_STATUSES)[number];

const ZTitle = z
  .string({ error: "capture.errors.titleRequired" })
  .trim()
  .min(2, "capture.errors.titleRequired")
  .max(500);

/** A calendar date "YYYY-MM-DD" in the years dates may have; blank means no due date. */
const ZDueDate = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .pipe(zCalendarDate("capture.errors.dueDate").nullable())
  .nullish();

const fields = {
  titleTranslation: zOptionalText(500).describe(
    "The same text in the other language than the programme's record language (docs/bilingual-record.md)",
  ),
  agendaItemId: zOptionalId(),
  description: zOptionalText(5000),
  ownerOrganisationId: zOptionalId(),
  ownerPersonId: zOptionalId(),
  dueDate: ZDueDate,
  remarkId: zOptionalId(),
  decisionId: zOptionalId(),
};

const ZStatus = z.enum(ACTION_STATUSES, "capture.errors.actionStatus");

export const ZCreateActionItem = z.object({
  id: ZClientId,
  title: ZTitle,
  status: ZStatus.default("OPEN"),
  ...fields,
});
export type TCreateActionItem = z.input<typeof ZCreateActionItem>;

export const ZUpdateActionItem = z
  .object({
    version: ZVersion,
    title: ZTitle.optional(),
    status: ZStatus.optional(),
    ...fields,
  })
  .strict();
export type TUpdateActionItem = z.input<typeof ZUpdateActionItem>;

export const ZActionItem = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: z.string().nullable(),
  title: z.string(),
  titleTranslation: z.string().nullable(),
  description: z.string().nullable(),
  ownerOrganisation: z
    .object({ id: z.string(), name: z.string(), acronym: z.string().nullable() })
    .nullable(),
  ownerPerson: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueDate: z.string().nullable().describe("YYYY-MM-DD"),
  status: z.enum(ACTION_STATUSES),
  remarkId: z.string().nullable(),
  decisionId: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().datetime({ offset: true }),
});
export type TActionItem = z.infer<typeof ZActionItem>;
