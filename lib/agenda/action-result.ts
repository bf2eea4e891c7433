// What the agenda and co-chair server actions answer: ok, or a translated message with field errors.
import type { TFieldErrors } from "@/lib/errors";

export type TActionResult =
  { ok: true } | { ok: false; code: string; message: string; fieldErrors?: TFieldErrors };
