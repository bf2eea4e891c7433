// Zod schemas for the co-chairs of a meeting, shared by the co-chair editor, API routes and OpenAPI.
import { z } from "zod";
import { zLine, zOptionalLine } from "@/lib/schema/fields";

export const ZAddCoChair = z.object({
  personId: z.string().trim().min(1, "meeting.errors.coChairPersonRequired").max(64),
  capacity: zLine(300).min(3, "meeting.errors.coChairCapacityRequired"),
  capacityTranslation: zOptionalLine(300).describe(
    "The same text in the other language than the programme's record language (docs/bilingual-record.md)",
  ),
});
export type TAddCoChair = z.input<typeof ZAddCoChair>;

export const ZCoChair = z.object({
  personId: z.string(),
  name: z.string(),
  capacity: z.string(),
  capacityTranslation: z.string().nullable(),
  order: z.number().int(),
});
export type TCoChair = z.infer<typeof ZCoChair>;
