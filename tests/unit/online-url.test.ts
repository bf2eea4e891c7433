// Which online-meeting links Notulen takes, how it writes them down, and where they may be
// clickable or carried as a calendar URL: what a secretariat typing or pasting a link would notice.
import { describe, expect, it } from "vitest";
import { calendarUrl, isWebLink, normaliseOnlineUrl } from "@/lib/meeting/online-url";
import { ZCreateMeeting } from "@/lib/meeting/schema";
import { ZScheduleMeetingForm } from "@/lib/meeting/form";
import { checkInput } from "@/lib/validation";

describe("normaliseOnlineUrl", () => {
  it.each([
    ["https://Zoom.US/j/123?pwd=Ab", "https://zoom.us/j/123?pwd=Ab"],
    ["  HTTPS://meet.Example.org/Room-1  ", "https://meet.example.org/Room-1"],
    ["http://intranet.bappenas.go.id:8080/rapat", "http://intranet.bappenas.go.id:8080/rapat"],
    ["https://zoom.us", "https://zoom.us/"],
    ["https://bücher.example/rapat", "https://xn--bcher-kva.example/rapat"],
    [
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0",
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0",
    ],
    [
      "MSTeams:/l/meetup-join/19%3ameeting_X%40thread.v2/0",
      "msteams:/l/meetup-join/19%3ameeting_X%40thread.v2/0",
    ],
    ["zoommtg://Zoom.us/join?confno=123", "zoommtg://zoom.us/join?confno=123"],
    ["zoomus://zoom.us/join?confno=123", "zoomus://zoom.us/join?confno=123"],
  ])("takes %s as %s", (input, expected) => {
    expect(normaliseOnlineUrl(input)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ["javascript:alert(1)", "meeting.errors.onlineUrlScheme"],
    ["JavaScript:alert(document.cookie)", "meeting.errors.onlineUrlScheme"],
    ["data:text/html,<script>alert(1)</script>", "meeting.errors.onlineUrlScheme"],
    ["file:///etc/passwd", "meeting.errors.onlineUrlScheme"],
    ["ftp://files.example.org/", "meeting.errors.onlineUrlScheme"],
    ["zoom.us/j/123", "meeting.errors.onlineUrlInvalid"],
    ["https://", "meeting.errors.onlineUrlInvalid"],
    ["https://zoom.us/j/1 23", "meeting.errors.onlineUrlInvalid"],
    ["https://zoom.us/\u0000", "meeting.errors.onlineUrlInvalid"],
    ["https://user:secret@zoom.us/j/1", "meeting.errors.onlineUrlInvalid"],
    ["https://meet_room.example.org/x", "meeting.errors.onlineUrlHost"],
    ["https://[::1]/x", "meeting.errors.onlineUrlHost"],
    ["https://-bad-.example.org/x", "meeting.errors.onlineUrlHost"],
  ])("refuses %s", (input, key) => {
    expect(normaliseOnlineUrl(input)).toEqual({ ok: false, key });
  });

  it("gives the same link again when given its own output", () => {
    for (const input of [
      "https://Zoom.US/j/1",
      "msteams:/l/meetup-join/x",
      "zoommtg://zoom.us/join?confno=1",
    ]) {
      const first = normaliseOnlineUrl(input);
      expect(first.ok).toBe(true);
      if (first.ok) expect(normaliseOnlineUrl(first.url)).toEqual(first);
    }
  });
});

describe("where a stored link may go", () => {
  it("makes only http and https links clickable", () => {
    expect(isWebLink("https://zoom.us/j/1")).toBe(true);
    expect(isWebLink("http://intranet/rapat")).toBe(true);
    for (const url of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,x",
      "msteams:/l/x",
      "zoom.us",
      "",
    ]) {
      expect(isWebLink(url)).toBe(false);
    }
  });

  it("carries as calendar URL only what calendar files can hold, whatever was stored", () => {
    expect(calendarUrl("https://zoom.us/j/1")).toBe("https://zoom.us/j/1");
    expect(calendarUrl("zoommtg://zoom.us/join?confno=1")).toBe("zoommtg://zoom.us/join?confno=1");
    for (const stored of [
      "https://Zoom.US/j/1",
      "https://meet_room.example.org/x",
      "https://[::1]/x",
      "msteams:/l/meetup-join/x",
      "javascript:alert(1)",
      "https://127.0.0.1:8/x",
      "not a link",
    ]) {
      expect(calendarUrl(stored)).toBeUndefined();
    }
  });
});

describe("the meeting schemas", () => {
  const meeting = {
    programmeId: "p1",
    title: "Annual review",
    startsAt: "2026-12-10T09:00:00+07:00",
    endsAt: "2026-12-10T12:00:00+07:00",
  };

  it("store the normalised link, and a blank one as none", () => {
    expect(ZCreateMeeting.parse({ ...meeting, onlineUrl: " https://Zoom.US/j/1 " }).onlineUrl).toBe(
      "https://zoom.us/j/1",
    );
    expect(ZCreateMeeting.parse({ ...meeting, onlineUrl: "" }).onlineUrl).toBeNull();
  });

  it("refuse a script link under the field, in the API and in the form", () => {
    expect(checkInput(ZCreateMeeting, { ...meeting, onlineUrl: "javascript:alert(1)" })).toEqual({
      onlineUrl: [{ key: "meeting.errors.onlineUrlScheme" }],
    });
    const form = {
      programmeId: "p1",
      kind: "PSC",
      title: "Annual review",
      date: "2026-12-10",
      startTime: "09:00",
      endTime: "12:00",
      onlineUrl: "javascript:alert(1)",
    };
    expect(checkInput(ZScheduleMeetingForm, form)).toEqual({
      onlineUrl: [{ key: "meeting.errors.onlineUrlScheme" }],
    });
  });
});
