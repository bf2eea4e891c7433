// Mail, RSVP page and calendar in the recipient's language: a real SMTP server receives the
// invitation and the reminder of a person who reads Bahasa Indonesia in Indonesian (subject, body
// and the attached calendar entry, parsed back with ical.js), and an English reader's in English;
// the RSVP page speaks the invitee's language unless the visitor chose another.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseIcs } from "../support/parse-ics";
import { mailParts, startSmtpServer, type TReceivedMail } from "../support/smtp-server";

const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_SECRET", "integration-test-secret-0123456789");
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");

const { db } = await import("@/lib/db");
const { inviteToMeeting } = await import("@/lib/invitation/service/invite");
const { respond, rsvpPage } = await import("@/lib/invitation/service/rsvp");
const { sendMeetingReminders } = await import("@/lib/invitation/service/reminders");
const { stopJobQueue } = await import("@/lib/jobs/boss");
const { getUserWithAccess } = await import("@/lib/user/service");
const f = await import("../factories");

/** The Subject header unfolded and decoded from its MIME encoded words (=?UTF-8?Q?…?=). */
function subjectOf(mail: TReceivedMail): string {
  const header = /^subject:(.*(?:\r?\n[ \t].*)*)/im
    .exec(mail.raw)![1]
    .replace(/\r?\n[ \t]/g, " ")
    .trim();
  return header
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

const part = (mail: TReceivedMail, type: string) =>
  mailParts(mail.raw).find((p) => p.contentType.startsWith(type))?.body ?? "";

/** The RSVP token in the plain-text part of the last mail to this address. */
const rsvpToken = (address: string) =>
  /https:\/\/psc\.example\.test\/rsvp\/(\S+)/.exec(part(smtp.to(address).at(-1)!, "text/plain"))![1];

// Thursday 12 December 2030, 09:00–12:00 in Jakarta: far enough ahead to be reminded of.
const startsAt = new Date("2030-12-12T02:00:00Z");
let meetingId: string;
let siti: { id: string; email: string };
let john: { id: string; email: string };

beforeAll(async () => {
  const programme = await f.createProgramme();
  meetingId = (await f.createMeeting(programme.id, { startsAt })).id;
  await db().meeting.update({
    where: { id: meetingId },
    data: { sequenceNumber: 3, title: "Annual review", venueBuilding: "Bappenas", venueRoom: "Ruang 1" },
  });
  const ministry = await f.createOrganisation();
  const person = (name: string, language: "en" | "id") =>
    db().person.create({
      data: {
        name,
        email: `${name.toLowerCase()}-${meetingId}@example.test`,
        language,
        organisationId: ministry.id,
      },
      select: { id: true, email: true },
    }) as Promise<{ id: string; email: string }>;
  siti = await person("Siti", "id");
  john = await person("John", "en");
  const user = await f.createUser({ role: "SECRETARIAT", programmeId: programme.id });
  const { access } = (await getUserWithAccess(user.id))!;
  const result = await inviteToMeeting(
    access,
    meetingId,
    { personIds: [siti.id, john.id] },
    { userId: user.id },
  );
  expect(result).toMatchObject({ invited: 2, mailed: 2, failed: [] });
});

afterAll(async () => {
  await stopJobQueue();
  await smtp.close();
});

describe("the invitation e-mail", () => {
  it("reaches a reader of Bahasa Indonesia in Indonesian, with an Indonesian calendar entry", () => {
    const [mail] = smtp.to(siti.email);
    expect(subjectOf(mail)).toBe("Undangan: PSC ke-3 — Annual review");
    const text = part(mail, "text/plain");
    expect(text).toContain("Yth. Siti,");
    expect(text).toContain("Bapak/Ibu diundang ke rapat berikut.");
    expect(text).toContain("Waktu: Kamis, 12 Desember 2030, 09.00–12.00 WIB");
    expect(text).toContain("Tempat: Ruang 1, Bappenas");
    expect(text).not.toContain("Dear");
    const calendar = parseIcs(part(mail, "text/calendar"));
    expect(calendar.method).toBe("REQUEST");
    expect(calendar.events[0].summary).toBe("PSC ke-3 — Annual review");
    expect(calendar.events[0].description).toContain("Zona waktu: Asia/Jakarta");
  });

  it("reaches an English reader in English", () => {
    const [mail] = smtp.to(john.email);
    expect(subjectOf(mail)).toBe("Invitation: 3rd PSC — Annual review");
    const text = part(mail, "text/plain");
    expect(text).toContain("Dear John,");
    expect(text).toContain("When: Thursday, 12 December 2030, 09:00–12:00");
    const [event] = parseIcs(part(mail, "text/calendar")).events;
    expect(event.summary).toBe("3rd PSC — Annual review");
    expect(event.description).toContain("Time zone: Asia/Jakarta");
  });
});

describe("the RSVP page", () => {
  it("speaks the invitee's language, unless the visitor chose another with the language switch", async () => {
    const page = await rsvpPage(rsvpToken(siti.email));
    expect(page).toMatchObject({
      locale: "id",
      inviteeName: "Siti",
      meeting: { name: "PSC ke-3 — Annual review", when: "Kamis, 12 Desember 2030, 09.00–12.00 WIB" },
    });
    expect((await rsvpPage(rsvpToken(siti.email), "en"))?.meeting.name).toBe("3rd PSC — Annual review");
    expect(await rsvpPage(rsvpToken(john.email))).toMatchObject({
      locale: "en",
      meeting: {
        name: "3rd PSC — Annual review",
        when: expect.stringContaining("Thursday, 12 December 2030, 09:00–12:00"),
      },
    });
  });
});

describe("the reminder e-mail", () => {
  it("reminds each invitee in their own language", async () => {
    const outcome = await sendMeetingReminders({
      meetingId,
      daysBefore: 1,
      startsAt: startsAt.toISOString(),
    });
    expect(outcome).toMatchObject({ status: "sent", mailed: 2 });
    const toSiti = smtp.to(siti.email).at(-1)!;
    expect(subjectOf(toSiti)).toBe("Pengingat: PSC ke-3 — Annual review");
    expect(part(toSiti, "text/plain")).toContain("Pengingat: rapat berikut berlangsung besok.");
    expect(part(toSiti, "text/plain")).toContain("Bapak/Ibu belum memberi jawaban.");
    const toJohn = smtp.to(john.email).at(-1)!;
    expect(subjectOf(toJohn)).toBe("Reminder: 3rd PSC — Annual review");
    expect(part(toJohn, "text/plain")).toContain("A reminder: the following meeting takes place tomorrow.");
  });
});

describe("a colleague sent in the invitee's place", () => {
  it("is new to the directory in the language of the page they were named on, and mailed in it", async () => {
    const email = `dewi-${meetingId}@example.test`;
    await respond(
      rsvpToken(siti.email),
      { response: "DELEGATED", delegate: { name: "Dewi", email } },
      { language: "id" },
    );
    expect((await db().person.findFirstOrThrow({ where: { email } })).language).toBe("id");
    const [mail] = smtp.to(email);
    expect(subjectOf(mail)).toBe("Undangan: PSC ke-3 — Annual review");
    expect(part(mail, "text/plain")).toContain("Siti meminta Bapak/Ibu hadir sebagai penggantinya.");
    expect(parseIcs(part(mail, "text/calendar")).events[0].summary).toBe("PSC ke-3 — Annual review");
  });

  it("keeps their own language when already in the directory, whoever sent them", async () => {
    const rahma = await db().person.create({
      data: { name: "Rahma", email: `rahma-${meetingId}@example.test`, language: "id" },
    });
    await respond(rsvpToken(john.email), {
      response: "DELEGATED",
      delegate: { name: "Rahma", email: rahma.email! },
    });
    const [mail] = smtp.to(rahma.email!);
    expect(subjectOf(mail)).toBe("Undangan: PSC ke-3 — Annual review");
    expect(part(mail, "text/plain")).toContain("John meminta Bapak/Ibu hadir sebagai penggantinya.");
  });
});
