// What every server action answers (lib/action/run-action.ts), importable by client components:
// success with data, or a typed failure with a stable code and messages in the reader's language.
import type { TErrorAnswer } from "@/lib/api/error-answer";

export type TActionFailure = { ok: false } & TErrorAnswer;
export type TActionResult<T = null> = { ok: true; data: T } | TActionFailure;
