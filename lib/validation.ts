// Validates input with a zod schema; failures become a typed VALIDATION error with field errors
// (a 400 in the API, messages under the fields in forms).
import { z } from "zod";
import { AppError } from "@/lib/errors";

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const { formErrors, fieldErrors } = z.flattenError(result.error);
    const errors = { ...(fieldErrors as Record<string, string[]>) };
    if (formErrors.length > 0) errors._form = formErrors;
    throw AppError.validation(errors);
  }
  return result.data;
}
