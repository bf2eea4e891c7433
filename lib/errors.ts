// Expected failures as typed codes. Routes and actions turn them into responses; anything
// else is unexpected, logged with context and shown to the user as a plain message.
export type TErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "VALIDATION" | "CONFLICT" | "BAD_REQUEST";

export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly fieldErrors?: TFieldErrors,
    /** On a CONFLICT: the record as it is now, so the caller can show both versions. */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  /** Someone else changed the record since the caller read it; nothing was saved. */
  static conflict(message: string, current?: unknown): AppError {
    return new AppError("CONFLICT", message, undefined, current);
  }

  /** Missing and forbidden look the same to the caller, so ids cannot be probed. */
  static notFound(what = "Resource"): AppError {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  static unauthenticated(): AppError {
    return new AppError("UNAUTHENTICATED", "Authentication required");
  }

  static validation(fieldErrors: TFieldErrors, message = "Invalid input"): AppError {
    return new AppError("VALIDATION", message, fieldErrors);
  }
}

export const HTTP_STATUS: Record<TErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  VALIDATION: 400,
  BAD_REQUEST: 400,
  CONFLICT: 409,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
