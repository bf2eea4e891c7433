// Invitations by e-mail end to end: the API invites an organisation (directorates included), a
// real SMTP server receives one message per invitee with a working RSVP link and a calendar
// invitation, and the link lets the invitee send a colleague, who gets their own link.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "../support/call-route";
import { mailParts, startSmtpServer } from "../support/smtp-server";

const smtp = await startSmtpServer({ refuse: (address) => address.startsWith("bounce-") });
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_SECRET", "integration-test-secret-0123456789");
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");

const { POST } = await import("@/app/api/v1/meetings/[id]/invitations/route");
const { db } = await import("@/lib/db");
const { rsvpPage, respond } = await import("@/lib/invitation/service/rsvp");
const f = await import("../factories");

const post = (token: string, meetingId: string, body: unknown) =>
  callRoute(POST, `/api/v1/meetings/${meetingId}/invitations`, {
    method: "POST",
    token,
    body,
    params: { id: meetingId },
  });

/** The RSVP link in the plain-text part of the last mail to this address. */
function rsvpToken(address: string): string {
  const mail = smtp.to(address).at(-1);
  const text = mailParts(mail!.raw).find((p) => p.contentType.startsWith("text/plain"))!.body;
  return /https:\/\/psc\.example\.test\/rsvp\/(\S+)/.exec(text)![1];
}

let meetingId: string;
let ministryId: string;
let secretariat: string;
let coordinator: string;
let official: { id: string; email: string | null };
let director: { id: string; email: string | null };
let noEmail: { id: string };
let outsider: { id: string; email: string | null };

beforeAll(async () => {
  const programme = await f.createProgramme();
  meetingId = (await f.createMeeting(programme.id, { startsAt: new Date("2026-12-10T02:00:00Z") })).id;
  await db().meeting.update({
    where: { id: meetingId },
    data: { venueBuilding: "Bappenas", venueRoom: "Ruang 1" },
  });
  const ministry = await f.createOrganisation();
  ministryId = ministry.id;
  const directorate = await db().organisation.create({
    data: { name: `Directorate ${ministry.id}`, kind: "GOVERNMENT_MINISTRY", parentId: ministry.id },
  });
  official = await f.createPerson(ministry.id);
  director = await f.createPerson(directorate.id);
  noEmail = await db().person.create({ data: { name: "No Mail", organisationId: ministry.id } });
  outsider = await f.createPerson((await f.createOrganisation()).id);
  secretariat = await f.createUserToken({ role: "SECRETARIAT", programmeId: programme.id });
  coordinator = await f.createUserToken({ role: "COORDINATOR", programmeId: programme.id });
});

afterAll(() => smtp.close());

describe("inviting by e-mail", () => {
  it("refuses a coordinator with 404 and invites no one", async () => {
    const res = await post(coordinator, meetingId, { organisationIds: [ministryId] });
    expect(res.status).toBe(404);
    expect(await db().invitation.count({ where: { meetingId } })).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("invites an organisation with its directorates and mails each invitee with an address", async () => {
    const res = await post(secretariat, meetingId, { organisationIds: [ministryId] });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ invited: 3, skipped: 0, mailed: 2, failed: [] });
    const invited = await db().invitation.findMany({
      where: { meetingId },
      select: { personId: true, rsvp: true },
    });
    expect(invited.map((i) => i.personId).sort()).toEqual([official.id, director.id, noEmail.id].sort());
    expect(invited.every((i) => i.rsvp === "PENDING")).toBe(true);

    expect(smtp.to(official.email!)).toHaveLength(1);
    expect(smtp.to(director.email!)).toHaveLength(1);
    expect(smtp.received).toHaveLength(2);
    const parts = mailParts(smtp.to(official.email!)[0].raw);
    const text = parts.find((p) => p.contentType.startsWith("text/plain"))!.body;
    expect(text).toContain("Thursday, 10 December 2026, 09:00–12:00");
    expect(text).toContain("Ruang 1, Bappenas");
    expect(text).toMatch(/https:\/\/psc\.example\.test\/rsvp\/\S+/);
    const calendar = parts.find((p) => p.contentType.startsWith("text/calendar"));
    expect(calendar?.contentType).toMatch(/method=REQUEST/i);
    expect(calendar?.body).toContain(`ATTENDEE`);
    expect(calendar?.body).toContain(official.email);
  });

  it("skips those already invited when inviting again", async () => {
    const before = smtp.received.length;
    const res = await post(secretariat, meetingId, {
      organisationIds: [ministryId],
      personIds: [outsider.id],
    });
    expect(await res.json()).toEqual({ invited: 1, skipped: 3, mailed: 1, failed: [] });
    expect(smtp.received.length).toBe(before + 1);
    expect(smtp.to(outsider.email!)).toHaveLength(1);
  });

  it("reports a refused recipient without failing the others", async () => {
    const bounce = await db().person.create({
      data: { name: "Bounce", email: `bounce-${meetingId}@example.test` },
    });
    const res = await post(secretariat, meetingId, { personIds: [bounce.id] });
    expect(await res.json()).toEqual({
      invited: 1,
      skipped: 0,
      mailed: 0,
      failed: [{ personId: bounce.id, email: bounce.email }],
    });
    expect(await db().invitation.count({ where: { meetingId, personId: bounce.id } })).toBe(1);
  });

  it("refuses invalid input with 400", async () => {
    const res = await post(secretariat, meetingId, { personIds: [] });
    expect(res.status).toBe(400);
  });
});

describe("answering through the RSVP link", () => {
  it("lets the invitee send a colleague, who is invited and mailed their own link", async () => {
    const token = rsvpToken(official.email!);
    const shown = await rsvpPage(token);
    expect(shown?.meeting.id).toBe(meetingId);

    const result = await respond(token, {
      response: "DELEGATED",
      delegate: { name: "Dewi Lestari", email: "Dewi.Lestari@example.test", position: "Deputy Director" },
    });
    expect(result).toEqual({ rsvp: "DELEGATED", delegateMailed: true });

    const delegate = await db().person.findUniqueOrThrow({ where: { email: "dewi.lestari@example.test" } });
    expect(delegate.organisationId).toBe(ministryId);
    const original = await db().invitation.findUniqueOrThrow({
      where: { meetingId_personId: { meetingId, personId: official.id } },
      include: { delegatedTo: true },
    });
    expect(original.rsvp).toBe("DELEGATED");
    expect(original.delegatedTo?.personId).toBe(delegate.id);
    expect(original.delegatedTo?.rsvp).toBe("PENDING");
    const audit = await db().auditEvent.findFirst({ where: { entityId: original.id, action: "UPDATE" } });
    expect(audit?.actorLabel).toBe("rsvp-link");

    // The delegate's own link works.
    const delegateToken = rsvpToken("dewi.lestari@example.test");
    expect(delegateToken).not.toBe(token);
    await respond(delegateToken, { response: "ACCEPTED" });
    expect((await db().invitation.findUniqueOrThrow({ where: { id: original.delegatedToId! } })).rsvp).toBe(
      "ACCEPTED",
    );
  });

  it("lets an invitee decline", async () => {
    await respond(rsvpToken(director.email!), { response: "DECLINED" });
    const row = await db().invitation.findUniqueOrThrow({
      where: { meetingId_personId: { meetingId, personId: director.id } },
    });
    expect(row.rsvp).toBe("DECLINED");
    expect(row.rsvpAt).not.toBeNull();
  });

  it("refuses a tampered link and changes nothing", async () => {
    const token = rsvpToken(outsider.email!);
    const [id, sig] = token.split(".");
    const tampered = `${id}.${sig.slice(0, -2)}${sig.endsWith("AA") ? "BB" : "AA"}`;
    expect(await rsvpPage(tampered)).toBeNull();
    await expect(respond(tampered, { response: "ACCEPTED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const link = await db().link.findUniqueOrThrow({ where: { id } });
    const row = await db().invitation.findUniqueOrThrow({ where: { id: link.subjectId } });
    expect(row.personId).toBe(outsider.id);
    expect(row.rsvp).toBe("PENDING");
  });
});

describe("the outbox", () => {
  it("keeps a copy of every e-mail with its programme: sent, or failed with the server's answer", async () => {
    const { programmeId } = await db().meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const mails = await db().outboxMail.findMany({ where: { programmeId } });
    expect(mails).toHaveLength(smtp.received.length + 1);
    const sent = mails.find((m) => m.to === official.email);
    expect(sent).toMatchObject({
      status: "SENT",
      error: null,
      ics: expect.stringContaining("METHOD:REQUEST"),
    });
    expect(sent?.text).toContain("https://psc.example.test/rsvp/");
    const failed = mails.find((m) => m.to.startsWith("bounce-"));
    expect(failed).toMatchObject({ status: "FAILED", error: expect.stringContaining("550") });
  });
});
