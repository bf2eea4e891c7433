// Zod schemas for agenda items, shared by the agenda builder, the API routes and the OpenAPI document.
import { z } from "zod";
import { MEETING_KINDS, ZAgendaItem as ZMeetingAgendaItem } from "@/lib/meeting/schema";
import { ZDeleteRecord, ZVersion } from "@/lib/record/fields";
import { zLine, zOptionalId } from "@/lib/schema/fields";

/** Blank means "not planned"; forms send strings, the API numbers. */
const ZPlannedMinutes = z
  .union([z.number(), z.string().trim()])
  .transform((v) => (v === "" ? null : Number(v)))
  .pipe(
    z
      .number("meeting.errors.plannedMinutesNumber")
      .int("meeting.errors.plannedMinutesWhole")
      .min(1, "meeting.errors.plannedMinutesRange")
      .max(600, "meeting.errors.plannedMinutesRange")
      .nullable(),
  )
  .nullish();

const ZItemTitle = zLine(300).min(2, "meeting.errors.itemTitleRequired");

export const ZCreateAgendaItem = z.object({
  title: ZItemTitle,
  presenterPersonId: zOptionalId(),
  plannedMinutes: ZPlannedMinutes,
});
export type TCreateAgendaItem = z.input<typeof ZCreateAgendaItem>;

/**
 * Only the fields sent change; null clears presenter or planned minutes. `version` is the one the
 * editor saw: if someone changed the item since, nothing is saved (409 with the item as it is now).
 */
export const ZUpdateAgendaItem = z
  .object({
    version: ZVersion,
    title: ZItemTitle.optional(),
    presenterPersonId: zOptionalId(),
    plannedMinutes: ZPlannedMinutes,
  })
  .strict();
export type TUpdateAgendaItem = z.input<typeof ZUpdateAgendaItem>;

/** Removing an item: only if it is still at the version the editor saw. */
export const ZDeleteAgendaItem = ZDeleteRecord;
export type TDeleteAgendaItem = z.input<typeof ZDeleteAgendaItem>;

/** The whole agenda in its new order: every item id exactly once. */
export const ZReorderAgenda = z.object({
  itemIds: z.array(z.string().min(1).max(64)).min(1, "meeting.errors.agendaOrderRequired"),
});
export type TReorderAgenda = z.input<typeof ZReorderAgenda>;

/** An agenda item as the agenda builder and the agenda endpoints give it: with its version. */
export const ZAgendaItem = ZMeetingAgendaItem.extend({ version: z.number().int() });
export type TAgendaItem = z.infer<typeof ZAgendaItem>;

/** An open action item of an earlier meeting, listed under "Matters arising". */
export const ZMatterArising = z.object({
  id: z.string(),
  reference: z.string().describe('"PSC3/A/04"'),
  title: z.string(),
  status: z.enum(["OPEN", "IN_PROGRESS", "REPORTED_DONE"]).describe("As of the meeting's start"),
  dueDate: z.string().nullable(),
  owner: z.string().nullable(),
  meeting: z.object({
    id: z.string(),
    sequenceNumber: z.number().int(),
    kind: z.enum(MEETING_KINDS),
    title: z.string(),
  }),
});
export type TMatterArising = z.infer<typeof ZMatterArising>;
