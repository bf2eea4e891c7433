// Which characters a stored text may hold. PostgreSQL refuses NUL (a 500 if it gets that far), a
// lone UTF-16 surrogate would be stored as U+FFFD, and other control characters are invisible junk
// pasted from other systems. parseInput applies this to every string of every input; the field
// builders add the single-line rule for names and titles. Safe for the browser.
import type { TMessageKey } from "@/i18n/catalogue";

/** C0 control characters and DEL, except tab, line feed and carriage return (allowed in longer text). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Every C0 control character and DEL: a name or a title is one line. */
export const LINE_BREAK_OR_CONTROL = /[\u0000-\u001F\u007F]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text may not be stored (its message key), or null when it may. */
export function textProblem(value: string): TMessageKey | null {
  if (CONTROL_CHARACTER.test(value)) return "errors.field.controlCharacter";
  if (LONE_SURROGATE.test(value)) return "errors.field.invalidCharacter";
  return null;
}
