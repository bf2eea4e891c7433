// Runs before every page and API request, and does only what must happen before routing: refuses a
// path that cannot be decoded (400, logged — Next.js would answer 500 and log nothing), gives each
// page a Content-Security-Policy with a fresh nonce, adds HSTS over https, and sends anonymous
// visitors of application pages to the login page. A convenience, never the guard: every page,
// action and API route checks the session itself (lib/auth/session.ts, lib/api/handler.ts).
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  isMalformedPath,
  isServedOverHttps,
  newNonce,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/api/security-headers";
import { env } from "@/lib/env";
import { requestLocale } from "@/lib/i18n/request-locale";
import { logger } from "@/lib/logger";
import enErrors from "@/messages/en/errors.json";
import idErrors from "@/messages/id/errors.json";

/** Application pages that need a signed-in user (the login, RSVP and public pages do not). */
const SIGNED_IN_PREFIXES = ["/meetings", "/actions", "/programmes", "/directory", "/admin", "/outbox"];

const needsSignIn = (pathname: string) =>
  pathname === "/" || SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));

let settings: { isHttps: boolean; isDevelopment: boolean } | undefined;

/** Read once: whether the app is served over https, and whether this is `next dev`. */
function servedAs() {
  const { NEXTAUTH_URL, APP_URL, NODE_ENV } = env();
  settings ??= {
    isHttps: isServedOverHttps([NEXTAUTH_URL, APP_URL]),
    isDevelopment: NODE_ENV === "development",
  };
  return settings;
}

function withTransportSecurity(response: NextResponse): NextResponse {
  if (servedAs().isHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** 400 for a path that cannot be decoded: JSON in the API's error shape, plain text for pages. */
function malformedPath(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  logger.warn({ method: request.method, path: pathname.slice(0, 300) }, "malformed URL path refused");
  const message = (requestLocale(request) === "id" ? idErrors : enErrors).errors.badPath;
  const headers = { "Cache-Control": "no-store" };
  const response = pathname.startsWith("/api/")
    ? NextResponse.json(
        { error: { code: "BAD_REQUEST", messageKey: "errors.badPath", message } },
        { status: 400, headers },
      )
    : new NextResponse(message, {
        status: 400,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
      });
  return withTransportSecurity(response);
}

/** A page with this request's nonce: in the CSP header Next.js reads, and in the answer's. */
function page(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), servedAs());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(response);
}

const signedInPage = withAuth(page, { pages: { signIn: "/login" } });

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname)) return malformedPath(request);
  if (pathname.startsWith("/api/"))
    return servedAs().isHttps ? withTransportSecurity(NextResponse.next()) : undefined;
  return needsSignIn(pathname) ? signedInPage(request as NextRequestWithAuth, event) : page(request);
}

export const config = {
  // Every API path and page; not the build's static files, nor /about (served from the build, with
  // its own fixed CSP in next.config.js).
  matcher: ["/api/:path*", "/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico|about$).*)"],
};
