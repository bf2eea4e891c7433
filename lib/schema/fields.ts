// Field pieces every entity's schema uses (meetings, people, organisations, programmes, the register,
// agenda and record kinds), so "blank means not recorded" and reading a submitted form are written
// once. Safe for the browser.
import { z } from "zod";
import { LINE_BREAK_OR_CONTROL } from "./text";

const blankIsNull = (text: z.ZodString) => text.transform((v) => (v === "" ? null : v)).nullish();

/** Optional free text of at most `max` characters: blank becomes null, never an empty string in the database. */
export const zOptionalText = (max: number) => blankIsNull(z.string().trim().max(max));

/**
 * One line of text — a name, a title, a place — of at most `max` characters: no line breaks, tabs or
 * other control characters (longer text keeps its lines; every text is checked for NUL and broken
 * Unicode by parseInput). Chain `.min(n, key)` for a required one.
 */
export const zLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !LINE_BREAK_OR_CONTROL.test(v), "errors.field.singleLine");

/** An optional single line of at most `max` characters: blank becomes null. */
export const zOptionalLine = (max: number) => blankIsNull(zLine(max));

/**
 * The years a date may fall in: meetings, due dates and programmes of this century and the next, with
 * room for old records. Outside them a date is a typo (0000, 9999), not a plan.
 */
export const DATE_YEARS = { min: 1900, max: 2200 } as const;

/** Whether a date written "YYYY-…" falls in DATE_YEARS; a value not in that form is left to its own check. */
export function isInDateYears(value: string): boolean {
  const year = /^(\d{4})-/.exec(value)?.[1];
  return year === undefined || (Number(year) >= DATE_YEARS.min && Number(year) <= DATE_YEARS.max);
}

const DATE_OUT_OF_RANGE = "errors.field.dateOutOfRange";

/** An instant with its UTC offset (ISO 8601), in DATE_YEARS. */
export const zDateTime = () => z.iso.datetime({ offset: true }).refine(isInDateYears, DATE_OUT_OF_RANGE);

/** A calendar date "YYYY-MM-DD" (a real day), in DATE_YEARS; `message` when it is not a date. */
export const zCalendarDate = (message?: string) =>
  z.iso.date(message).refine(isInDateYears, DATE_OUT_OF_RANGE);

/** An optional reference (an id), at most `max` characters when given: blank or null means none. */
export const zOptionalId = (max?: number) =>
  blankIsNull(max === undefined ? z.string().trim() : z.string().trim().max(max));

/**
 * A submitted form's text fields by name, read the same way in the browser (to check) and the
 * server action: a missing field (or a file) is undefined.
 */
export function formTexts<K extends string>(
  form: FormData,
  names: readonly K[],
): Record<K, string | undefined> {
  const text = (name: K) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return Object.fromEntries(names.map((name) => [name, text(name)])) as Record<K, string | undefined>;
}
