// An error as the caller reads it, in their language: a stable code, the message key, the message,
// and the message under each field. The API's JSON error and the server actions' failure share it.
import type { TMessageKey } from "@/i18n/catalogue";
import type { TLocale } from "@/i18n/locales";
import type { AppError, TErrorCode, TFieldErrors, TMessageParams } from "@/lib/errors";
import { translateIssues, translator } from "@/lib/i18n/translate";

export type TErrorAnswer = {
  code: TErrorCode | "INTERNAL" | "UNAVAILABLE";
  messageKey: TMessageKey;
  message: string;
  params?: TMessageParams;
  fieldErrors?: TFieldErrors;
  /** On a conflict: the record as it is now. */
  current?: unknown;
};

export function errorAnswer(error: AppError, locale: TLocale): TErrorAnswer {
  const answer: TErrorAnswer = {
    code: error.code,
    messageKey: error.key,
    message: translator(locale)(error.key, error.params),
  };
  if (error.params) answer.params = error.params;
  if (error.fieldIssues) answer.fieldErrors = translateIssues(error.fieldIssues, locale);
  if (error.current !== undefined) answer.current = error.current;
  return answer;
}

/** For what was not expected: a plain message, nothing of the cause. */
export function internalAnswer(locale: TLocale): TErrorAnswer {
  return { code: "INTERNAL", messageKey: "errors.INTERNAL", message: translator(locale)("errors.INTERNAL") };
}

/** While the database cannot be reached: try again shortly (a 503, not a bug). */
export function unavailableAnswer(locale: TLocale): TErrorAnswer {
  return {
    code: "UNAVAILABLE",
    messageKey: "errors.UNAVAILABLE",
    message: translator(locale)("errors.UNAVAILABLE"),
  };
}
