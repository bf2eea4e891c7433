// Zod schemas for the public holidays that working-day deadlines skip, shared by the admin screen's
// form, the server actions, the API routes and the OpenAPI document. A holiday is a calendar date
// ("YYYY-MM-DD", no time of day) of one country, named in English and in Bahasa Indonesia.
import { z } from "zod";
import { DEFAULT_TIME_ZONE, utcToZoned } from "@/lib/meeting/zoned-time";
import { ZDeleteRecord, ZVersion } from "@/lib/record/fields";
import { DATE_YEARS, formTexts, zCalendarDate, zLine } from "@/lib/schema/fields";

/** The country whose holidays Notulen lists unless told otherwise (ISO 3166-1 alpha-2). */
export const DEFAULT_HOLIDAY_COUNTRY = "ID";

/** A holiday's id as the browser or a client sends it: malformed is a field error, never a crash. */
export const ZHolidayId = z.string().trim().min(1).max(64);

export const ZHolidayCountry = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, "holiday.errors.country")
  .describe("ISO 3166-1 alpha-2 country code, e.g. ID");

const holidayFields = {
  date: zCalendarDate("holiday.errors.date").describe("The day, YYYY-MM-DD"),
  nameEn: zLine(200).min(1, "holiday.errors.nameEnRequired").describe("Name in English"),
  nameId: zLine(200).min(1, "holiday.errors.nameIdRequired").describe("Name in Bahasa Indonesia"),
};

export const ZCreateHoliday = z.object({
  ...holidayFields,
  country: ZHolidayCountry.default(DEFAULT_HOLIDAY_COUNTRY),
});
export type TCreateHoliday = z.input<typeof ZCreateHoliday>;

/**
 * Only the fields given change. `version` is the one the editor saw: if someone changed the holiday
 * since, nothing is saved (409 with it as it is now).
 */
export const ZUpdateHoliday = z.object(holidayFields).partial().extend({ version: ZVersion });
export type TUpdateHoliday = z.input<typeof ZUpdateHoliday>;

/** DELETE …?version=N: the version the caller last read. */
export const ZDeleteHoliday = ZDeleteRecord;
export type TDeleteHoliday = z.input<typeof ZDeleteHoliday>;

export const ZListHolidaysQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(DATE_YEARS.min)
    .max(DATE_YEARS.max)
    .optional()
    .describe("The calendar year; default: the current year (in Asia/Jakarta)"),
  country: ZHolidayCountry.default(DEFAULT_HOLIDAY_COUNTRY),
});
export type TListHolidaysQuery = z.input<typeof ZListHolidaysQuery>;

export const ZHoliday = z.object({
  id: z.string(),
  date: z.string().describe("YYYY-MM-DD"),
  country: z.string(),
  nameEn: z.string(),
  nameId: z.string(),
  version: z.number().int(),
});
export type THoliday = z.infer<typeof ZHoliday>;

export const ZHolidayList = z.object({
  year: z.number().int(),
  country: z.string(),
  data: z.array(ZHoliday).describe("The year's holidays, by date"),
});
export type THolidayList = z.infer<typeof ZHolidayList>;

/**
 * The holiday form: a new holiday, or (with its id and the version it was opened at) the one being
 * edited; the service requires the version of an edit.
 */
export const ZSaveHoliday = z.object({
  ...holidayFields,
  holidayId: ZHolidayId.nullish(),
  version: ZVersion.optional(),
});

/** The delete button: the holiday and the version it was shown at. */
export const ZDeleteHolidayForm = ZDeleteHoliday.extend({ holidayId: ZHolidayId });

/** The holiday form's fields, read the same way in the browser (to check) and the server action. */
export function holidayFormValues(form: FormData): Record<string, unknown> {
  const values = formTexts(form, ["holidayId", "version", "date", "nameEn", "nameId"]);
  return { ...values, date: values.date ?? "", nameEn: values.nameEn ?? "", nameId: values.nameId ?? "" };
}

/** The year it is now where the holidays are kept (Indonesia: Asia/Jakarta). */
export function currentHolidayYear(now: Date = new Date()): number {
  return Number(utcToZoned(now, DEFAULT_TIME_ZONE).date.slice(0, 4));
}

/** The holiday's name in the reader's language. */
export function holidayName(holiday: Pick<THoliday, "nameEn" | "nameId">, locale: string): string {
  return locale === "id" ? holiday.nameId : holiday.nameEn;
}
