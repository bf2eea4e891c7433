// GET /api/v1/feeds/actions/{token}.ics — public: a user's calendar of action-item due dates, for
// calendar apps (which cannot send a Bearer header: the secret address is the credential). A token
// that opens nothing — forged, revoked (reset), expired, a disabled user's — is 404.
import { downloadResponse } from "@/lib/api/download";
import { parseQuery, publicApiRoute } from "@/lib/api/handler";
import { actionFeedByToken, feedTokenOf } from "@/lib/action-item/service/feed";
import { ZCalendarQuery } from "@/lib/calendar/schema";
import { AppError } from "@/lib/errors";

export const GET = publicApiRoute("GET /api/v1/feeds/actions/{token}", async ({ request }) => {
  const token = feedTokenOf(new URL(request.url).pathname.split("/")[5] ?? "");
  if (!token) throw AppError.notFound();
  const { lang } = parseQuery(request, ZCalendarQuery);
  const file = await actionFeedByToken(token, lang);
  return downloadResponse({ ...file, type: "text/calendar; charset=utf-8", disposition: "inline" });
});
