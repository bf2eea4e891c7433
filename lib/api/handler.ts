// The frame of every /api/v1 route: who is asking (a bearer token, or the signed-in session of
// the app's own screens), the handler, and typed errors as JSON in the caller's language
// (same 404 for missing and forbidden); unexpected errors are logged, never shown.
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { userForToken } from "@/lib/api-token/service";
import { errorAnswer, internalAnswer } from "@/lib/api/error-answer";
import { isSafeMethod, isSameOrigin } from "@/lib/api/same-origin";
import { sessionUserId } from "@/lib/auth/session-token";
import { AppError, HTTP_STATUS, isAppError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request-locale";
import { logger } from "@/lib/logger";
import { getUserWithAccess, type TCurrentUser } from "@/lib/user/service";
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
      { status: HTTP_STATUS[error.code], headers },
    );
  }
  logger.error({ err: error, route }, "unexpected error in API route");
  return NextResponse.json({ error: internalAnswer(locale) }, { status: 500 });
}

/**
 * A bearer token when the request has an Authorization header (and then only the token counts);
 * otherwise the session cookie — and a session request that changes something must come from the
 * app's own pages (403 otherwise).
 */
async function authenticate(request: Request): Promise<TCurrentUser> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await userForToken(match[1]) : null;
    if (!user) throw AppError.unauthenticated();
    return user;
  }
  const userId = await sessionUserId(request);
  const user = userId ? await getUserWithAccess(userId) : null;
  if (!user) throw AppError.unauthenticated();
  if (!isSafeMethod(request.method) && !isSameOrigin(request)) {
    throw new AppError("FORBIDDEN", "errors.FORBIDDEN");
  }
  return user;
}

type THandler<P> = (ctx: TApiContext<P>) => Promise<Response | unknown>;

/** Defines an /api/v1 route handler: authenticated by token or session, typed errors as JSON. */
export function apiRoute<P = Record<string, never>>(route: string, handler: THandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let user: TCurrentUser | undefined;
    try {
      user = await authenticate(request);
      const result = await handler({ user, params: await context.params, request });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error, route, request, user);
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
