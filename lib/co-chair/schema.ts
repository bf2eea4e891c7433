// Zod schemas for the co-chairs of a meeting, shared by the co-chair editor, API routes and OpenAPI.
import { z } from "zod";

export const ZAddCoChair = z.object({
  personId: z.string().trim().min(1, "meeting.errors.coChairPersonRequired").max(64),
  capacity: z.string().trim().min(3, "meeting.errors.coChairCapacityRequired").max(300),
});
export type TAddCoChair = z.input<typeof ZAddCoChair>;

export const ZCoChair = z.object({
  personId: z.string(),
  name: z.string(),
  capacity: z.string(),
  order: z.number().int(),
});
export type TCoChair = z.infer<typeof ZCoChair>;
