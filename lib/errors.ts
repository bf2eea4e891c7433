// Expected failures as typed codes with a message key, never an English sentence: the edge (a
// page, a server action, an API response, an e-mail) translates the key into the reader's
// language. Anything else is unexpected, logged with context and shown as a plain message.
import type { TMessageKey } from "@/i18n/catalogue";

export type TErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "VALIDATION" | "CONFLICT" | "BAD_REQUEST";

/** Values for a message's placeholders ("At most {max} characters"). */
export type TMessageParams = Record<string, string | number>;

/** A message not yet translated: its catalogue key and placeholder values. */
export type TMessageRef = { key: TMessageKey; params?: TMessageParams };

/** Per-field messages, untranslated (what services and schemas produce). `_form` is the whole form. */
export type TFieldIssues = Record<string, TMessageRef[]>;

/** Per-field messages in the reader's language (what screens show and the API answers). */
export type TFieldErrors = Record<string, string[]>;

/** What can be "not found" (also the answer for "not yours", so ids cannot be probed). */
export type TNotFoundKind =
  | "resource"
  | "meeting"
  | "programme"
  | "organisation"
  | "person"
  | "directory"
  | "agendaItem"
  | "coChair"
  | "invitation"
  | "remark"
  | "decision"
  | "actionItem"
  | "link"
  | "holiday"
  | "minutesVersion"
  | "reviewLink"
  | "reviewComment";

export class AppError extends Error {
  readonly params?: TMessageParams;
  readonly fieldIssues?: TFieldIssues;
  /** On a CONFLICT: the record as it is now, so the caller can show both versions. */
  readonly current?: unknown;

  constructor(
    readonly code: TErrorCode,
    readonly key: TMessageKey,
    options: { params?: TMessageParams; fieldIssues?: TFieldIssues; current?: unknown } = {},
  ) {
    super(key);
    this.name = "AppError";
    this.params = options.params;
    this.fieldIssues = options.fieldIssues;
    this.current = options.current;
  }

  /** Someone else changed the record since the caller read it; nothing was saved. */
  static conflict(key: TMessageKey, params?: TMessageParams, current?: unknown): AppError {
    return new AppError("CONFLICT", key, { params, current });
  }

  /** Missing and forbidden look the same to the caller, so ids cannot be probed. */
  static notFound(what: TNotFoundKind = "resource"): AppError {
    return new AppError("NOT_FOUND", `errors.notFound.${what}`);
  }

  static unauthenticated(): AppError {
    return new AppError("UNAUTHENTICATED", "errors.UNAUTHENTICATED");
  }

  static badRequest(key: TMessageKey = "errors.BAD_REQUEST", params?: TMessageParams): AppError {
    return new AppError("BAD_REQUEST", key, { params });
  }

  /** Invalid input: the messages under each field, and one for the whole form. */
  static validation(fieldIssues: TFieldIssues, key: TMessageKey = "errors.VALIDATION"): AppError {
    return new AppError("VALIDATION", key, { fieldIssues });
  }

  /** One field is wrong (a reference that does not exist, a duplicate name). */
  static invalidField(field: string, key: TMessageKey, params?: TMessageParams): AppError {
    return AppError.validation({ [field]: [{ key, params }] });
  }
}

export const HTTP_STATUS: Record<TErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  BAD_REQUEST: 400,
  CONFLICT: 409,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
