// Query of the calendar endpoints: the language meetings are named and described in ("3rd PSC" /
// "PSC ke-3"); without one, the caller's (app language cookie, Accept-Language, their setting).
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";

export const ZCalendarQuery = z.object({
  lang: z
    .enum(LOCALES)
    .optional()
    .describe(
      "Language of the event titles and descriptions; default: the caller's (Accept-Language, else their setting)",
    ),
});
export type TCalendarQuery = z.infer<typeof ZCalendarQuery>;

/** A finished calendar document and the name it is downloaded under. */
export type TCalendarFile = { filename: string; body: string };
