// Zod schemas for agenda items, shared by the agenda builder, the API routes and the OpenAPI document.
import { z } from "zod";
import { AGENDA_ITEM_KINDS } from "@/lib/meeting/schema";

const ZPresenter = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .nullish();

/** Blank means "not planned"; forms send strings, the API numbers. */
const ZPlannedMinutes = z
  .union([z.number(), z.string().trim()])
  .transform((v) => (v === "" ? null : Number(v)))
  .pipe(
    z
      .number({ message: "Enter a number of minutes" })
      .int("Enter whole minutes")
      .min(1, "At least 1 minute")
      .max(600, "At most 600 minutes")
      .nullable(),
  )
  .nullish();

const ZItemTitle = z.string().trim().min(2, "Give the item a title").max(300, "At most 300 characters");

export const ZCreateAgendaItem = z.object({
  title: ZItemTitle,
  presenterPersonId: ZPresenter,
  plannedMinutes: ZPlannedMinutes,
});
export type TCreateAgendaItem = z.input<typeof ZCreateAgendaItem>;

/** Only the fields sent change; null clears presenter or planned minutes. */
export const ZUpdateAgendaItem = z
  .object({
    title: ZItemTitle.optional(),
    presenterPersonId: ZPresenter,
    plannedMinutes: ZPlannedMinutes,
  })
  .strict();
export type TUpdateAgendaItem = z.input<typeof ZUpdateAgendaItem>;

/** The whole agenda in its new order: every item id exactly once. */
export const ZReorderAgenda = z.object({
  itemIds: z.array(z.string().min(1)).min(1, "Send the ids of all agenda items in their new order"),
});
export type TReorderAgenda = z.input<typeof ZReorderAgenda>;

export const ZAgendaItem = z.object({
  id: z.string(),
  order: z.number().int(),
  kind: z.enum(AGENDA_ITEM_KINDS),
  title: z.string(),
  presenter: z.object({ id: z.string(), name: z.string() }).nullable(),
  plannedMinutes: z.number().int().nullable(),
});
export type TAgendaItem = z.infer<typeof ZAgendaItem>;

/** An open action item of an earlier meeting, listed under "Matters arising". */
export const ZMatterArising = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(["OPEN", "IN_PROGRESS"]),
  dueDate: z.string().nullable(),
  owner: z.string().nullable(),
  meeting: z.object({
    id: z.string(),
    sequenceNumber: z.number().int(),
    kind: z.string(),
    title: z.string(),
  }),
});
export type TMatterArising = z.infer<typeof ZMatterArising>;

/** Titles of generated items, in the language of whoever adds them. */
export type TGeneratedTitles = { adoption: string; mattersArising: string };
export const DEFAULT_GENERATED_TITLES: TGeneratedTitles = {
  adoption: "Adoption of the minutes of the previous meeting",
  mattersArising: "Matters arising",
};
