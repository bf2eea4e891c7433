// The HTTP response that carries a calendar document: the iCalendar media type and a file name.
import type { TCalendarFile } from "./schema";

/** `attachment` for a one-off invitation download; `inline` for a feed a client subscribes to. */
export function calendarResponse(file: TCalendarFile, disposition: "attachment" | "inline"): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${disposition}; filename="${file.filename}"`,
      // Per-user content (attendees, invited meetings): never cached by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
