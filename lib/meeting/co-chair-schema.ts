// Zod schemas for the co-chairs of a meeting, shared by the co-chair editor, API routes and OpenAPI.
import { z } from "zod";

export const ZAddCoChair = z.object({
  personId: z.string().trim().min(1, "Choose a person from the directory"),
  capacity: z
    .string()
    .trim()
    .min(3, "Say in which capacity they co-chair (e.g. UN Resident Coordinator a.i.)")
    .max(300, "At most 300 characters"),
});
export type TAddCoChair = z.input<typeof ZAddCoChair>;

export const ZCoChair = z.object({
  personId: z.string(),
  name: z.string(),
  capacity: z.string(),
  order: z.number().int(),
});
export type TCoChair = z.infer<typeof ZCoChair>;
