// Sends anonymous visitors of application pages to the login page. A convenience only: every
// page, action and API route checks the session itself (lib/auth/session.ts, lib/api/handler.ts).
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: [
    "/",
    "/meetings/:path*",
    "/actions/:path*",
    "/programmes/:path*",
    "/directory/:path*",
    "/admin/:path*",
    "/outbox/:path*",
  ],
};
