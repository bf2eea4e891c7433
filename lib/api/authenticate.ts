// Who is asking the API: a bearer token when the request has an Authorization header (and then
// only the token counts), otherwise the session cookie of the app's own pages — and a session
// request that changes something must come from those pages (403 otherwise).
import "server-only";
import { userForToken } from "@/lib/api-token/service";
import { isSafeMethod, isSameOrigin } from "@/lib/api/same-origin";
import { requestCookies, sessionUser } from "@/lib/auth/session-token";
import { AppError } from "@/lib/errors";
import type { TCurrentUser } from "@/lib/user/service";

export async function authenticate(request: Request): Promise<TCurrentUser> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await userForToken(match[1]) : null;
    if (!user) throw AppError.unauthenticated();
    return user;
  }
  const user = await sessionUser(requestCookies(request));
  if (!user) throw AppError.unauthenticated();
  if (!isSafeMethod(request.method) && !isSameOrigin(request)) {
    throw new AppError("FORBIDDEN", "errors.FORBIDDEN");
  }
  return user;
}
