// Wraps /api/v1 route handlers: authenticates the bearer token, maps typed errors to JSON
// responses (same 404 for missing and forbidden) and logs the unexpected ones.
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { userForToken } from "@/lib/api-token/service";
import { AppError, HTTP_STATUS, isAppError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/auth/session";
import { logger } from "@/lib/logger";
import { parseInput } from "@/lib/validation";
import type { TCurrentUser } from "@/lib/user/service";

export type TApiContext<P> = { user: TCurrentUser; params: P; request: Request };

export function errorResponse(error: unknown, route: string): NextResponse {
  if (isAppError(error)) {
    const body: Record<string, unknown> = { error: { code: error.code, message: error.message } };
    if (error.fieldErrors) (body.error as Record<string, unknown>).fieldErrors = error.fieldErrors;
    if (error.current !== undefined) (body.error as Record<string, unknown>).current = error.current;
    const headers: HeadersInit = error.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": "Bearer" } : {};
    return NextResponse.json(body, { status: HTTP_STATUS[error.code], headers });
  }
  logger.error({ err: error, route }, "unexpected error in API route");
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}

async function authenticateRequest(request: Request): Promise<TCurrentUser> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const user = match ? await userForToken(match[1]) : null;
  if (!user) throw AppError.unauthenticated();
  return user;
}

type THandler<P> = (ctx: TApiContext<P>) => Promise<Response | unknown>;

/** One frame for both doors: who is asking, the handler, typed errors as JSON responses. */
function routeWith(authenticate: (request: Request) => Promise<TCurrentUser>) {
  return <P = Record<string, never>>(route: string, handler: THandler<P>) =>
    async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
      try {
        const user = await authenticate(request);
        const result = await handler({ user, params: await context.params, request });
        return result instanceof Response ? result : NextResponse.json(result);
      } catch (error) {
        return errorResponse(error, route);
      }
    };
}

/** Defines an authenticated API route handler. */
export const apiRoute = routeWith(authenticateRequest);

/**
 * The same handler shape as `apiRoute`, for the app's own screens: the signed-in session instead
 * of a bearer token. Lets one handler serve both /api/v1 and the screen's session route.
 */
export const sessionApiRoute = routeWith(async () => {
  const user = await getCurrentUser();
  if (!user) throw AppError.unauthenticated();
  return user;
});

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
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  return parseInput(schema, json);
}

/**
 * A route for the app's own screens without path parameters (the caller passes them in):
 * the signed-in session, the same error responses as the API.
 */
export function sessionRoute(
  route: string,
  handler: (ctx: { user: TCurrentUser; request: Request }) => Promise<unknown>,
) {
  const withSession = sessionApiRoute(route, ({ user, request }) => handler({ user, request }));
  return (request: Request): Promise<Response> => withSession(request, { params: Promise.resolve({}) });
}
