// The calendar feed of action items: its limits (shared by the service and the API description)
// and what the "Subscribe in your calendar" block shows. Safe for the browser.
/** How long a feed address works before a new one must be fetched from the app. */
export const FEED_LIFETIME_DAYS = 730;
/** The most events one feed holds: the open items due soonest (calendar apps choke on more). */
export const FEED_EVENT_LIMIT = 2000;

/** The user's feed: its address, none yet, or why they cannot have one. */
export type TFeedState =
  | { status: "ready"; url: string; expiresAt: string }
  | { status: "none" }
  | { status: "noPerson" }
  | { status: "noProgramme" };
