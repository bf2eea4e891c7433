// Field errors keyed by the whole path ("newPerson.name"), so a nested form shows each message under its own field.
import type { z } from "zod";
import type { TFieldErrors } from "@/lib/errors";

export function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  const errors: TFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
