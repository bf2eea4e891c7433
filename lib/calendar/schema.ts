// Query of the calendar endpoints: the language meetings are named in ("3rd PSC" / "PSC ke-3").
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";

export const ZCalendarQuery = z.object({
  lang: z.enum(LOCALES).default("en").describe("Language of the event titles"),
});
export type TCalendarQuery = z.infer<typeof ZCalendarQuery>;

/** A finished calendar document and the name it is downloaded under. */
export type TCalendarFile = { filename: string; body: string };
