// Reads iCalendar text with ical.js, a parser independent of the `ics` package that writes it,
// so tests check what a calendar client would understand, not what we meant to write.
import ICAL from "ical.js";

export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      status: vevent.getFirstPropertyValue("status"),
      organizer: vevent.getFirstPropertyValue("organizer"),
      organizerName: vevent.getFirstProperty("organizer")?.getParameter("cn"),
      attendees: event.attendees.map((a) => ({
        email: String(a.getFirstValue()).replace(/^mailto:/i, ""),
        name: a.getParameter("cn"),
        partstat: a.getParameter("partstat"),
        role: a.getParameter("role"),
      })),
    };
  });
  return {
    method: calendar.getFirstPropertyValue("method"),
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    events,
  };
}

/** Physical lines of the document, split on CRLF only. */
export function physicalLines(text: string): string[] {
  return text.split("\r\n");
}
