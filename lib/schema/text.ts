// Which characters a stored text may hold. PostgreSQL refuses NUL (a 500 if it gets that far), a
// lone UTF-16 surrogate would be stored as U+FFFD (as are bytes that are not UTF-8), and other
// control characters are invisible junk pasted from other systems. parseInput applies this to
// every string of every input; the field builders add the single-line rule for names and titles.
// Safe for the browser.
import type { TMessageKey } from "@/i18n/catalogue";

/**
 * C0 control characters, DEL and the C1 controls (U+0080–U+009F: invisible, from legacy encodings),
 * except tab, line feed and carriage return (allowed in longer text).
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Every control character: a name or a title is one line. */
export const LINE_BREAK_OR_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * U+FFFD, what a decoder writes for bytes that are not UTF-8 (a JSON or CSV body, a form post) and a
 * form post for a lone surrogate: the text was broken before it arrived.
 */
const REPLACEMENT_CHARACTER = "\uFFFD";

/** Why a text may not be stored (its message key), or null when it may. */
export function textProblem(value: string): TMessageKey | null {
  if (CONTROL_CHARACTER.test(value)) return "errors.field.controlCharacter";
  if (LONE_SURROGATE.test(value) || value.includes(REPLACEMENT_CHARACTER))
    return "errors.field.invalidCharacter";
  return null;
}
