// Calendar invitations as a calendar client reads them (parsed with ical.js): the right instant,
// one UID across updates and the cancellation, rising SEQUENCE, RSVPs, and RFC 5545 framing.
import { describe, expect, it } from "vitest";
import { foldLine, refold, unfold } from "@/lib/calendar/fold";
import { meetingFeed, meetingInvitation, type TCalendarMeeting } from "@/lib/calendar/ics";
import { fileSlug } from "@/lib/format/file-slug";
import { meetingName } from "@/lib/meeting/facts";
import { parseMailbox } from "@/lib/calendar/organizer";
import { parseIcs, physicalLines } from "../support/parse-ics";

const organizer = { name: "PSC Secretariat", email: "psc@example.org" };
const now = new Date("2026-11-01T00:00:00Z");

const meeting = (overrides: Partial<TCalendarMeeting> = {}): TCalendarMeeting => ({
  id: "m1",
  kind: "PSC",
  sequenceNumber: 3,
  title: "Annual review",
  purpose: "Review progress; adopt the work plan",
  startsAt: new Date("2026-12-10T09:00:00+07:00"),
  endsAt: new Date("2026-12-10T12:30:00+07:00"),
  timeZone: "Asia/Jakarta",
  venueBuilding: "Bappenas",
  venueRoom: "Ruang Rapat 1",
  venueAddress: "Jl. Taman Suropati No. 2, Jakarta",
  onlineUrl: "https://meet.example.org/psc-3",
  status: "SCHEDULED",
  icsSequence: 0,
  ...overrides,
});

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("meetingInvitation", () => {
  it("puts 09:00 in Jakarta at 02:00 UTC", () => {
    const text = meetingInvitation(meeting(), [], { organizer, now });
    const [event] = parseIcs(text).events;
    expect(event.start.toISOString()).toBe("2026-12-10T02:00:00.000Z");
    expect(event.end.toISOString()).toBe("2026-12-10T05:30:00.000Z");
    expect(text).toContain("\r\nDTSTART:20261210T020000Z\r\n");
  });

  it("is a REQUEST named '3rd PSC — <title>' with venue, online link and organizer", () => {
    const parsed = parseIcs(meetingInvitation(meeting(), [], { organizer, now }));
    expect(parsed.method).toBe("REQUEST");
    const [event] = parsed.events;
    expect(event.summary).toBe("3rd PSC — Annual review");
    expect(event.location).toBe("Ruang Rapat 1, Bappenas, Jl. Taman Suropati No. 2, Jakarta");
    expect(event.description).toContain("Review progress; adopt the work plan");
    expect(event.description).toContain("https://meet.example.org/psc-3");
    expect(event.status).toBe("CONFIRMED");
    expect(event.organizer).toMatch(/^mailto:psc@example\.org$/i);
    expect(event.organizerName).toBe("PSC Secretariat");
  });

  it("names and describes the meeting in Bahasa Indonesia when asked", () => {
    const [event] = parseIcs(meetingInvitation(meeting(), [], { organizer, now, locale: "id" })).events;
    expect(event.summary).toBe("PSC ke-3 — Annual review");
    expect(event.description).toContain("Bergabung daring: https://meet.example.org/psc-3");
    expect(event.description).toContain("Zona waktu: Asia/Jakarta");
  });

  it("keeps the UID across updates and raises SEQUENCE with the meeting's icsSequence", () => {
    const first = parseIcs(meetingInvitation(meeting(), [], { organizer, now })).events[0];
    const moved = meeting({ startsAt: new Date("2026-12-11T02:00:00Z"), icsSequence: 1 });
    const update = parseIcs(meetingInvitation(moved, [], { organizer, now })).events[0];
    expect(update.uid).toBe(first.uid);
    expect(first.uid).toBe("meeting-m1@notulen");
    expect(first.sequence).toBe(0);
    expect(update.sequence).toBe(1);
    const other = parseIcs(meetingInvitation(meeting({ id: "m2" }), [], { organizer, now })).events[0];
    expect(other.uid).not.toBe(first.uid);
  });

  it("cancels with METHOD:CANCEL, STATUS:CANCELLED and the same UID", () => {
    const invitation = parseIcs(meetingInvitation(meeting(), [], { organizer, now }));
    const cancel = parseIcs(
      meetingInvitation(meeting({ status: "CANCELLED", icsSequence: 2 }), [], { organizer, now }),
    );
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.events[0].status).toBe("CANCELLED");
    expect(cancel.events[0].uid).toBe(invitation.events[0].uid);
    expect(cancel.events[0].sequence).toBe(2);
  });

  it("lists invitees with their RSVP as PARTSTAT and co-chairs as CHAIR", () => {
    const text = meetingInvitation(
      meeting(),
      [
        { name: "Siti Rahma", email: "siti@kemenkes.go.id", rsvp: "ACCEPTED", isCoChair: true },
        { name: 'Budi "Bud" Santoso, S.E.', email: "budi@bappenas.go.id", rsvp: "PENDING" },
        { name: "Ana", email: "ana@un.org", rsvp: "DECLINED" },
        { name: "Dewi", email: "dewi@un.org", rsvp: "DELEGATED" },
      ],
      { organizer, now },
    );
    const { attendees } = parseIcs(text).events[0];
    expect(attendees).toEqual([
      { email: "siti@kemenkes.go.id", name: "Siti Rahma", partstat: "ACCEPTED", role: "CHAIR" },
      {
        email: "budi@bappenas.go.id",
        name: "Budi 'Bud' Santoso, S.E.",
        partstat: "NEEDS-ACTION",
        role: "REQ-PARTICIPANT",
      },
      { email: "ana@un.org", name: "Ana", partstat: "DECLINED", role: "REQ-PARTICIPANT" },
      { email: "dewi@un.org", name: "Dewi", partstat: "DELEGATED", role: "REQ-PARTICIPANT" },
    ]);
  });

  it("uses the online link as location when there is no venue, and marks a draft tentative", () => {
    const online = meeting({ venueBuilding: null, venueRoom: null, venueAddress: null, status: "DRAFT" });
    const [event] = parseIcs(meetingInvitation(online, [], { organizer, now })).events;
    expect(event.location).toBe("https://meet.example.org/psc-3");
    expect(event.status).toBe("TENTATIVE");
  });

  it("folds long lines at 75 octets, not characters, and ends every line with CRLF", () => {
    const title = "Tinjauan tahunan — kesehatan ibu dan anak — é".repeat(4);
    const text = meetingInvitation(meeting({ title }), [], { organizer, now });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = physicalLines(text);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(parseIcs(text).events[0].summary).toBe(`3rd PSC — ${title}`);
  });
});

describe("meetingFeed", () => {
  it("publishes every meeting with its own UID, and no attendees", () => {
    const text = meetingFeed([meeting(), meeting({ id: "m2", sequenceNumber: 4, status: "CANCELLED" })], {
      organizer,
      now,
      calendarName: "Programme meetings",
    });
    const parsed = parseIcs(text);
    expect(parsed.method).toBe("PUBLISH");
    expect(parsed.name).toBe("Programme meetings");
    expect(parsed.events.map((e) => [e.uid, e.summary, e.status])).toEqual([
      ["meeting-m1@notulen", "3rd PSC — Annual review", "CONFIRMED"],
      ["meeting-m2@notulen", "4th PSC — Annual review", "CANCELLED"],
    ]);
    expect(text).not.toContain("ATTENDEE");
  });

  it("is a valid, empty calendar when there are no meetings", () => {
    const parsed = parseIcs(meetingFeed([], { organizer, now, calendarName: "None" }));
    expect(parsed.events).toEqual([]);
  });
});

describe("a stored online link a calendar cannot carry", () => {
  const urlLine = (text: string) =>
    unfold(text)
      .split("\r\n")
      .find((l) => l.startsWith("URL"));

  it("carries a web link as the event's URL", () => {
    expect(urlLine(meetingInvitation(meeting(), [], { organizer, now }))).toBe(
      "URL:https://meet.example.org/psc-3",
    );
  });

  it.each([
    "https://Meet.Example.org/psc-3",
    "https://meet_room.example.org/psc-3",
    "https://[2001:db8::1]/psc-3",
    "msteams:/l/meetup-join/19%3ameeting%40thread.v2/0",
    "javascript:alert(1)",
  ])("leaves out the URL of %s but keeps the link in the description", (onlineUrl) => {
    const text = meetingInvitation(meeting({ onlineUrl }), [], { organizer, now });
    expect(urlLine(text)).toBeUndefined();
    expect(parseIcs(text).events[0].description).toContain(onlineUrl);
  });

  it("still lists every other meeting of the feed", () => {
    const text = meetingFeed(
      [meeting(), meeting({ id: "m2", onlineUrl: "https://Bad_Host.example.org/x" }), meeting({ id: "m3" })],
      { organizer, now, calendarName: "Programme meetings" },
    );
    expect(parseIcs(text).events.map((e) => e.uid)).toEqual([
      "meeting-m1@notulen",
      "meeting-m2@notulen",
      "meeting-m3@notulen",
    ]);
  });

  it("skips (and reports) a meeting the calendar cannot be built from, keeping the others", () => {
    const skipped: string[] = [];
    const text = meetingFeed(
      [meeting(), meeting({ id: "broken", startsAt: new Date(Number.NaN) }), meeting({ id: "m3" })],
      {
        organizer,
        now,
        calendarName: "Programme meetings",
        onSkipped: (meetingId) => skipped.push(meetingId),
      },
    );
    expect(parseIcs(text).events.map((e) => e.uid)).toEqual(["meeting-m1@notulen", "meeting-m3@notulen"]);
    expect(skipped).toEqual(["broken"]);
  });
});

describe("folding", () => {
  it("never splits a multi-octet character and unfolds to the original line", () => {
    const line = `SUMMARY:${"é—".repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(refold(folded + "\r\n")).toBe(folded + "\r\n");
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves a line of exactly 75 octets alone", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(line + "Y")).toBe(`${line}\r\n Y`);
  });
});

describe("labels and names", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [103, "103rd"],
  ])("numbers meeting %i as %s", (n, ordinal) => {
    expect(meetingName("PSC", n, "en")).toBe(`${ordinal} PSC`);
  });

  it("makes ASCII file names", () => {
    expect(fileSlug("3rd PSC — Évaluation annuelle, 2026!")).toBe("3rd-psc-evaluation-annuelle-2026");
    expect(fileSlug("—")).toBe("calendar");
  });

  it("reads the organizer from a mailbox string", () => {
    expect(parseMailbox("PSC Secretariat <psc@example.org>")).toEqual({
      name: "PSC Secretariat",
      email: "psc@example.org",
    });
    expect(parseMailbox('"Notulen" <notulen@localhost>')).toEqual({
      name: "Notulen",
      email: "notulen@localhost",
    });
    expect(parseMailbox("psc@example.org")).toEqual({ name: "psc@example.org", email: "psc@example.org" });
    expect(parseMailbox("nobody")).toBeNull();
  });
});
