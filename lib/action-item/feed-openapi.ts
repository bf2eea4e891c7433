// The personal calendar feed of action-item due dates in openapi.json: a public route whose
// secret address is the credential (calendar apps cannot send a Bearer header).
import { errorAnswer, pathParameter } from "@/lib/openapi/operation";
import { queryParameters, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { ZCalendarQuery } from "@/lib/calendar/schema";
import { FEED_EVENT_LIMIT, FEED_LIFETIME_DAYS } from "./feed-schema";

export const actionFeedOpenApi: TOpenApiFragment = {
  schemas: {},
  paths: {
    "/feeds/actions/{token}": {
      get: {
        summary: "Your calendar of action-item due dates, for calendar apps (iCalendar feed)",
        description: `No credentials: the address is the secret. \`{token}\` is the feed's token followed by \`.ics\` (…/feeds/actions/<token>.ics); each user gets theirs on the /actions page ("Subscribe in your calendar"), which also resets it (the old address then answers 404). The address is a password-less link (purpose CALENDAR_FEED) of the user's directory entry — an account not linked to one gets no feed —, valid ${FEED_LIFETIME_DAYS} days. Each request reads the user's roles afresh: a disabled account's feed, a reset or expired address and a forged token all answer 404. Events: one all-day event (METHOD:PUBLISH, UID stable per action item) on the due date of each open action item the user may read (open, in progress, reported done; not done or dropped; items without a due date left out), soonest first, at most ${FEED_EVENT_LIMIT}. Summary "Due: <reference> <title>"; the description has the status, owner, meeting and the item's page. Each request is counted on the link (not in the audit trail: apps poll every hour).`,
        operationId: "getActionItemFeed",
        security: [],
        parameters: [
          { ...pathParameter("token"), description: "The feed's token followed by `.ics`" },
          ...queryParameters(ZCalendarQuery),
        ],
        responses: {
          "200": {
            description: "The feed",
            content: {
              "text/calendar": {
                schema: { type: "string", description: "An iCalendar (RFC 5545) document" },
              },
            },
          },
          ...errorAnswer("404", "No such feed: a forged, reset or expired address, or a disabled account"),
        },
      },
    },
  },
};
