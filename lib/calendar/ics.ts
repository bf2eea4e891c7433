// iCalendar (RFC 5545 / iTIP RFC 5546) documents for meetings: an invitation or update
// (METHOD:REQUEST), a cancellation (METHOD:CANCEL) and a programme feed (METHOD:PUBLISH), with
// the summary and description in the reader's language. Pure: everything it needs is passed in.
// Built with the `ics` package, then refolded by octets (see fold.ts) because the package folds by
// characters. One stored record never breaks a calendar: a link the URL property cannot carry is
// left out of it (it stays in the description), and a feed leaves out a meeting it cannot build.
import { createEvent, createEvents, type Attendee, type EventAttributes } from "ics";
import type { TLocale } from "@/i18n/locales";
import type { MeetingKind, MeetingStatus, RsvpStatus } from "@/lib/generated/prisma/enums";
import { mailTranslator } from "@/lib/mail/translator";
import { refold } from "./fold";
import { meetingHeading } from "@/lib/meeting/facts";
import { calendarUrl } from "@/lib/meeting/online-url";
import { venueLine, type TMeetingPlace } from "@/lib/meeting/venue";
import type { TCalendarPerson } from "./organizer";

export type { TCalendarPerson } from "./organizer";

export const PRODUCT_ID = "-//Notulen//PSC meetings//EN";

export type TCalendarMeeting = {
  id: string;
  kind: MeetingKind;
  sequenceNumber: number;
  title: string;
  purpose: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: MeetingStatus;
  icsSequence: number;
} & TMeetingPlace;

export type TCalendarAttendee = TCalendarPerson & { rsvp: RsvpStatus; isCoChair?: boolean };

export type TCalendarOptions = {
  organizer: TCalendarPerson;
  /** The language of SUMMARY and DESCRIPTION: the invitee's, or the reader's for a feed. */
  locale?: TLocale;
  /** DTSTAMP: when this document was made. */
  now?: Date;
};

const PARTSTAT: Record<RsvpStatus, NonNullable<Attendee["partstat"]>> = {
  PENDING: "NEEDS-ACTION",
  ACCEPTED: "ACCEPTED",
  DECLINED: "DECLINED",
  DELEGATED: "DELEGATED",
};

/** The same UID for every version of a meeting's invitation, so updates replace it. */
export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@notulen`;
}

/** A parameter value (CN) may not contain a double quote or a line break (RFC 5545 §3.1). */
function paramText(value: string): string {
  return value.replace(/"/g, "'").replace(/\s+/g, " ").trim();
}

function person(p: TCalendarPerson): TCalendarPerson {
  return { name: paramText(p.name) || p.email, email: p.email };
}

function location(m: TCalendarMeeting): string | undefined {
  return venueLine(m) ?? m.onlineUrl ?? undefined;
}

/** The purpose, the online link and the time zone, worded in the reader's language (mail.json). */
function description(m: TCalendarMeeting, locale: TLocale): string {
  const t = mailTranslator(locale);
  const lines = [m.purpose, m.onlineUrl ? t("calendar.online", { url: m.onlineUrl }) : null];
  lines.push(t("calendar.timeZone", { zone: m.timeZone }));
  return lines.filter(Boolean).join("\n");
}

function eventStatus(status: MeetingStatus): EventAttributes["status"] {
  if (status === "CANCELLED") return "CANCELLED";
  return status === "DRAFT" ? "TENTATIVE" : "CONFIRMED";
}

// `timestamp` (DTSTAMP) is accepted by the package's schema but missing from its types.
type TEvent = EventAttributes & { timestamp?: number };

function event(m: TCalendarMeeting, options: TCalendarOptions): TEvent {
  const locale = options.locale ?? "en";
  return {
    uid: meetingUid(m.id),
    sequence: m.icsSequence,
    timestamp: (options.now ?? new Date()).getTime(),
    // Stored instants are written as UTC (…Z): correct in every client, no VTIMEZONE needed.
    start: m.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: m.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: meetingHeading(m, locale),
    description: description(m, locale),
    location: location(m),
    url: m.onlineUrl ? calendarUrl(m.onlineUrl) : undefined,
    status: eventStatus(m.status),
    organizer: person(options.organizer),
  };
}

function attendee(a: TCalendarAttendee): Attendee {
  return {
    ...person(a),
    partstat: PARTSTAT[a.rsvp],
    role: a.isCoChair ? "CHAIR" : "REQ-PARTICIPANT",
    rsvp: a.rsvp === "PENDING",
  };
}

function unwrap(result: { error: Error | null; value: string | null }): string {
  if (result.error || result.value === null) {
    throw new Error(`Could not build the calendar: ${result.error?.message ?? "no output"}`);
  }
  return refold(result.value);
}

/**
 * The invitation of one meeting: METHOD:REQUEST (first invitation or update, told apart by
 * SEQUENCE), or METHOD:CANCEL with STATUS:CANCELLED once the meeting is cancelled.
 */
export function meetingInvitation(
  meeting: TCalendarMeeting,
  attendees: readonly TCalendarAttendee[],
  options: TCalendarOptions,
): string {
  const isCancelled = meeting.status === "CANCELLED";
  return unwrap(
    createEvent({
      ...event(meeting, options),
      productId: PRODUCT_ID,
      method: isCancelled ? "CANCEL" : "REQUEST",
      attendees: attendees.length > 0 ? attendees.map(attendee) : undefined,
    }),
  );
}

export type TFeedOptions = TCalendarOptions & {
  calendarName: string;
  /** Told of each meeting left out because its event could not be built. */
  onSkipped?: (meetingId: string, error: Error) => void;
};

/**
 * A subscribable calendar of many meetings (METHOD:PUBLISH); attendees are left out. Built in one
 * pass; only if that fails is each event tried on its own, and those that fail are left out.
 */
export function meetingFeed(meetings: readonly TCalendarMeeting[], options: TFeedOptions): string {
  const header = { productId: PRODUCT_ID, method: "PUBLISH", calName: options.calendarName };
  const events = meetings.map((m) => ({ id: m.id, attributes: event(m, options) }));
  const all = createEvents(
    events.map((e) => e.attributes),
    header,
  );
  if (!all.error) return unwrap(all);
  const buildable = events.filter(({ id, attributes }) => {
    const { error } = createEvent(attributes);
    if (error) options.onSkipped?.(id, error);
    return !error;
  });
  return unwrap(
    createEvents(
      buildable.map((e) => e.attributes),
      header,
    ),
  );
}
