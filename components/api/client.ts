// The screens' one way to the server: JSON calls to /api/v1 with the signed-in session (the same
// API tokens use), and its error answer as a typed error, already in the reader's language.
import type { TFieldErrors } from "@/lib/errors";

export const apiPath = (path: string) => `/api/v1${path}`;

/**
 * A refused call, with the server's stable code, its message (in the reader's language; empty
 * when the answer was not the API's, a proxy's error page say) and the messages per field.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: TFieldErrors = {},
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** The `error` object of an answer, if it has one. */
export function errorOf(body: unknown): {
  code?: string;
  message?: string;
  fieldErrors?: TFieldErrors;
  current?: unknown;
  params?: Record<string, string | number>;
} | null {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "object" && error !== null ? error : null;
}

/** Calls /api/v1`path`; the parsed JSON answer, or an ApiError. */
export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (typeof init?.body === "string") headers["content-type"] = "application/json";
  const res = await fetch(apiPath(path), { ...init, headers: { ...headers, ...init?.headers } });
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = errorOf(body);
    throw new ApiError(
      res.status,
      error?.code ?? "INTERNAL",
      error?.message ?? "",
      error?.fieldErrors,
      error?.current,
    );
  }
  return body as T;
}

/**
 * What to tell the reader about a failed call: the API's message, already in their language, else
 * `fallback` — a network failure or an answer that is not the API's has no message of ours, and
 * the browser's own words ("Failed to fetch") are not in the reader's language.
 */
export function failureMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError && error.message ? error.message : fallback;
}
