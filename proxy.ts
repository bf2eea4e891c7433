// Runs before every page and API request, and does only what must happen before routing: refuses a
// path that cannot be decoded (400, logged — Next.js would answer 500 and log nothing), gives each
// page a Content-Security-Policy with a fresh nonce, adds HSTS over https, and tells the page which
// address was asked for (PAGE_PATH_HEADER), so the session check can send an anonymous visitor to
// the login page and back. It does not read the session: every page, action and API route checks it
// itself (lib/auth/session.ts, lib/api/handler.ts), and checking it here too cost every page a
// second decoding of the session cookie.
import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  isMalformedPath,
  isServedOverHttps,
  newNonce,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/api/security-headers";
import { PAGE_PATH_HEADER } from "@/lib/auth/page-path";
import { env } from "@/lib/env";
import { requestLocale } from "@/lib/i18n/request-locale";
import { logger } from "@/lib/logger";
import enErrors from "@/messages/en/errors.json";
import idErrors from "@/messages/id/errors.json";

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

/** A page with this request's nonce (in the CSP header Next.js reads, and in the answer's) and address. */
function page(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), servedAs());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  // Always set here, so a visitor cannot send their own.
  headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(response);
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname)) return malformedPath(request);
  if (pathname.startsWith("/api/"))
    return servedAs().isHttps ? withTransportSecurity(NextResponse.next()) : undefined;
  return page(request);
}

export const config = {
  // Every API path and page; not the build's static files, nor /about (served from the build, with
  // its own fixed CSP in next.config.js).
  matcher: ["/api/:path*", "/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico|about$).*)"],
};
