// The frame of every /api/v1 route: who is asking (a bearer token, or the signed-in session of
// the app's own screens), the handler, and typed errors as JSON in the caller's language
// (same 404 for missing and forbidden, and for an id in the path that cannot be one; 503 with
// Retry-After while the database is down); unexpected errors are logged, never shown. No answer
// is ever stored by a browser or a proxy (Cache-Control: no-store).
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { errorAnswer, internalAnswer, unavailableAnswer } from "@/lib/api/error-answer";
import { authenticate } from "./authenticate";
import { AppError, HTTP_STATUS, isAppError } from "@/lib/errors";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/health/database-unavailable";
import { requestLocale } from "@/lib/i18n/request-locale";
import { logger } from "@/lib/logger";
import type { TCurrentUser } from "@/lib/user/service";
import { parseInput } from "@/lib/validation";

export type TApiContext<P> = { user: TCurrentUser; params: P; request: Request };

/** A JSON error answer: `{ error: { code, messageKey, message, fieldErrors?, current? } }`. */
export function errorResponse(
  error: unknown,
  route: string,
  request: Request,
  user?: TCurrentUser,
): Response {
  const locale = requestLocale(request, user?.locale);
  if (isAppError(error)) {
    const headers: HeadersInit = error.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": "Bearer" } : {};
    return NextResponse.json(
      { error: errorAnswer(error, locale) },
      { status: HTTP_STATUS[error.code], headers: { ...NO_STORE, ...headers } },
    );
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: error, route }, "database unavailable; answered 503");
    return NextResponse.json(
      { error: unavailableAnswer(locale) },
      { status: 503, headers: { ...NO_STORE, "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  logger.error({ err: error, route }, "unexpected error in API route");
  return NextResponse.json({ error: internalAnswer(locale) }, { status: 500, headers: NO_STORE });
}

const NO_STORE = { "Cache-Control": "no-store" };

/** An answer without its own caching rule gets no-store (downloads already say "private, no-store"). */
function noStore(response: Response): Response {
  if (!response.headers.has("cache-control")) response.headers.set("Cache-Control", "no-store");
  return response;
}

/** An id in the path as the app makes them (cuid) and clients may choose them (8–64 of A–Z a–z 0–9 _ -). */
const PATH_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A path value that cannot be an id (NUL, "../", a space, 10,000 characters) finds nothing: 404. */
function checkPathIds(params: object | undefined) {
  const values = Object.values(params ?? {}).flat();
  if (values.some((value) => typeof value !== "string" || !PATH_ID.test(value))) throw AppError.notFound();
}

type THandler<P> = (ctx: TApiContext<P>) => Promise<Response | unknown>;

/** Defines an /api/v1 route handler: authenticated by token or session, typed errors as JSON. */
export function apiRoute<P = Record<string, never>>(route: string, handler: THandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let user: TCurrentUser | undefined;
    try {
      user = await authenticate(request);
      const params = await context.params;
      checkPathIds(params as object | undefined);
      const result = await handler({ user, params, request });
      return noStore(result instanceof Response ? result : NextResponse.json(result));
    } catch (error) {
      return errorResponse(error, route, request, user);
    }
  };
}

/**
 * A public /api/v1 route (no credentials asked, none read): the same typed JSON errors and
 * no-store as apiRoute. Only for answers anyone may have (the /verify lookup).
 */
export function publicApiRoute(
  route: string,
  handler: (ctx: { request: Request }) => Promise<Response | unknown>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const result = await handler({ request });
      return noStore(result instanceof Response ? result : NextResponse.json(result));
    } catch (error) {
      return errorResponse(error, route, request);
    }
  };
}

/** Parses query parameters with a zod schema; a bad value is a 400 with field errors. */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return parseInput(schema, params);
}

/** Parses a JSON body with a zod schema; malformed JSON and invalid fields are a 400. */
export async function parseBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw AppError.badRequest("errors.badJson");
  }
  return parseInput(schema, json);
}
