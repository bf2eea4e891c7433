// Field pieces every entity's schema uses (meetings, people, organisations, programmes, the register,
// agenda and record kinds), so "blank means not recorded" and reading a submitted form are written
// once. Safe for the browser.
import { z } from "zod";

const blankIsNull = (text: z.ZodString) => text.transform((v) => (v === "" ? null : v)).nullish();

/** Optional free text of at most `max` characters: blank becomes null, never an empty string in the database. */
export const zOptionalText = (max: number) => blankIsNull(z.string().trim().max(max));

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
