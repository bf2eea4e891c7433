// A person's calendar of action-item due dates (iCalendar, METHOD:PUBLISH): one all-day event per
// open item on its due date, "Due: PSC3/A/04 Share the report", with its status, owner and meeting
// in the description, in the reader's language. Built with the `ics` package and refolded by octets
// (lib/calendar/fold.ts) like the meeting calendars. An item whose event cannot be built is left
// out, never the whole calendar. Pure: the items and the wording are passed in.
import { createEvent, createEvents, type EventAttributes } from "ics";
import { PRODUCT_ID } from "@/lib/calendar/ics";
import { refold } from "@/lib/calendar/fold";

export type TFeedItem = {
  id: string;
  reference: string;
  title: string;
  /** "YYYY-MM-DD" */
  dueDate: string;
  /** Already worded: "Status: In progress", "Owner: …", "Raised at: 3rd PSC", "Details: https://…". */
  descriptionLines: string[];
  /** The action item's page, when the app's address is known. */
  url: string | null;
};

export type TFeedWording = {
  calendarName: string;
  summary: (item: TFeedItem) => string;
};

/** The same UID every time, so a calendar app updates the event when the due date moves. */
export function actionItemUid(id: string): string {
  return `action-item-${id}@notulen`;
}

type TDay = [number, number, number];
const dayParts = (day: string): TDay => day.split("-").map(Number) as TDay;

/** The day after `day` (an all-day event ends, exclusively, on the next day). */
function nextDay(day: string): TDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

// `timestamp` (DTSTAMP) is accepted by the package's schema but missing from its types.
type TEvent = EventAttributes & { timestamp?: number };

function event(item: TFeedItem, wording: TFeedWording, now: Date): TEvent {
  return {
    uid: actionItemUid(item.id),
    timestamp: now.getTime(),
    start: dayParts(item.dueDate),
    end: nextDay(item.dueDate),
    title: wording.summary(item).replace(/\s+/g, " ").trim(),
    description: item.descriptionLines.join("\n"),
    url: item.url ?? undefined,
    // A due date is a reminder, not time taken: it does not make the reader look busy.
    transp: "TRANSPARENT",
    status: "CONFIRMED",
  } as TEvent;
}

export type TActionFeedOptions = {
  now?: Date;
  /** Told of each item left out because its event could not be built. */
  onSkipped?: (itemId: string, error: Error) => void;
};

/** The calendar document; an empty calendar (no open items) is still a valid one. */
export function actionItemFeed(
  items: readonly TFeedItem[],
  wording: TFeedWording,
  options: TActionFeedOptions = {},
): string {
  const now = options.now ?? new Date();
  const header = { productId: PRODUCT_ID, method: "PUBLISH", calName: wording.calendarName };
  const events = items.map((item) => ({ id: item.id, attributes: event(item, wording, now) }));
  let result = createEvents(
    events.map((e) => e.attributes),
    header,
  );
  if (result.error) {
    const buildable = events.filter(({ id, attributes }) => {
      const { error } = createEvent(attributes);
      if (error) options.onSkipped?.(id, error);
      return !error;
    });
    result = createEvents(
      buildable.map((e) => e.attributes),
      header,
    );
  }
  if (result.error || result.value === null) {
    throw new Error(`Could not build the action-item calendar: ${result.error?.message ?? "no output"}`);
  }
  return refold(result.value);
}
