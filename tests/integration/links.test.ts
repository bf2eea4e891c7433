// Password-less links can do what they were sent for and nothing else: only the exact signature we
// issued opens one (no other last character, no inserted `!`, no padding, no other alphabet); an
// expired, revoked, other-purpose or other-person link answers as a forged one and writes nothing;
// once a meeting is held, adopted or cancelled its RSVP links can no longer decline or delegate; a
// link sends at most one colleague, and that colleague gains no access beyond the invitation until
// the secretariat confirms them; every use is audited.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "../support/call-route";
import { mailParts, startSmtpServer } from "../support/smtp-server";

const SECRET = "integration-test-secret-0123456789";
const smtp = await startSmtpServer();
// Before any app module reads (and caches) the environment.
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_SECRET", SECRET);
vi.stubEnv("APP_URL", "https://psc.example.test");
vi.stubEnv("MAIL_FROM", "PSC Secretariat <psc@example.test>");

const { POST: invitePost } = await import("@/app/api/v1/meetings/[id]/invitations/route");
const { db } = await import("@/lib/db");
const { rsvpPage, respond } = await import("@/lib/invitation/service/rsvp");
const { sendMeetingReminders } = await import("@/lib/invitation/service/reminders");
const { stopJobQueue } = await import("@/lib/jobs/boss");
const { meetingAccessWhere } = await import("@/lib/meeting/service/access");
const { getUserWithAccess } = await import("@/lib/user/service");
const f = await import("../factories");

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const future = (days: number) => new Date(Date.now() + days * 24 * 3600_000);

let programmeId: string;
let ministryId: string;
let secretariat: string;
let outsider: string;

beforeAll(async () => {
  const cast = await f.programmeWithSecretariat();
  ({ programmeId, secretariat, outsider } = cast);
  ministryId = (await f.createOrganisation()).id;
});

afterAll(async () => {
  await stopJobQueue();
  await smtp.close();
});

/** The RSVP token in the plain-text part of the last mail to this address. */
function tokenMailedTo(address: string): string {
  const mail = smtp.to(address).at(-1);
  const text = mailParts(mail!.raw).find((p) => p.contentType.startsWith("text/plain"))!.body;
  return /https:\/\/psc\.example\.test\/rsvp\/(\S+)/.exec(text)![1];
}

async function newMeeting() {
  const meeting = await f.createMeeting(programmeId, { startsAt: future(10) });
  return meeting;
}

/** A new person invited through the API by the secretariat, and the RSVP token they were mailed. */
async function inviteeOf(meetingId: string) {
  const person = await f.createPerson(ministryId);
  const res = await callRoute(invitePost, `/api/v1/meetings/${meetingId}/invitations`, {
    method: "POST",
    token: secretariat,
    body: { personIds: [person.id] },
    params: { id: meetingId },
  });
  expect(res.status).toBe(201);
  const invitation = await db().invitation.findUniqueOrThrow({
    where: { meetingId_personId: { meetingId, personId: person.id } },
  });
  return { person, invitationId: invitation.id, token: tokenMailedTo(person.email!) };
}

/** What a refused link must leave untouched. */
async function snapshot(invitationId: string) {
  const invitation = await db().invitation.findUniqueOrThrow({ where: { id: invitationId } });
  return {
    audits: await db().auditEvent.count(),
    invitations: await db().invitation.count(),
    people: await db().person.count(),
    mails: smtp.received.length,
    rsvp: invitation.rsvp,
    delegatedToId: invitation.delegatedToId,
  };
}

/** The page and every answer refuse the token as "not found", exactly as a forged one. */
async function expectRefused(token: string) {
  expect(await rsvpPage(token), token).toBeNull();
  for (const answer of [
    { response: "ACCEPTED" },
    { response: "DECLINED" },
    {
      response: "DELEGATED",
      delegate: { name: "Someone Else", email: `someone-${Date.now()}@example.test` },
    },
  ]) {
    await expect(respond(token, answer), token).rejects.toMatchObject({
      code: "NOT_FOUND",
      key: "errors.notFound.link",
    });
  }
}

describe("the signature", () => {
  it("opens the link only as issued: every other last character, an inserted `!`, padding and the other base64 alphabet are refused", async () => {
    const meeting = await newMeeting();
    const { token, invitationId } = await inviteeOf(meeting.id);
    expect(await rsvpPage(token)).not.toBeNull();
    const [id, sig] = token.split(".");
    const before = await snapshot(invitationId);

    const lastVariants = [...BASE64URL].filter((c) => c !== token.at(-1)).map((c) => token.slice(0, -1) + c);
    expect(lastVariants).toHaveLength(63);
    const inserted = [0, 1, 10, 21, sig.length - 1, sig.length].map(
      (at) => `${id}.${sig.slice(0, at)}!${sig.slice(at)}`,
    );
    const others = [
      `${id}.${sig}=`,
      `${id}.${sig}==`,
      `${id}.${sig}%3D`,
      `${id}.${sig.replace(/-/g, "+").replace(/_/g, "/")}${/[-_]/.test(sig) ? "" : "+"}`,
      `${id}.${sig} `,
      ` ${token}`,
      `${id}..${sig}`,
      `${id}.${sig.slice(0, -1)}`,
      `${id}.${sig}A`,
      `${id}.${sig}.${sig}`,
      `${id.toUpperCase()}.${sig}`,
      `${id}.${sig.slice(0, 22)} ${sig.slice(22)}`,
      `${id}.${sig.slice(0, 22)}\n${sig.slice(22)}`,
    ];
    for (const variant of [...lastVariants, ...inserted, ...others]) await expectRefused(variant);

    expect(await snapshot(invitationId)).toEqual(before);
  });

  it("refuses an expired link", async () => {
    const meeting = await newMeeting();
    const { token, invitationId } = await inviteeOf(meeting.id);
    await db().link.update({
      where: { id: token.split(".")[0] },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const before = await snapshot(invitationId);
    await expectRefused(token);
    expect(await snapshot(invitationId)).toEqual(before);
  });

  it("refuses a link of another purpose, and a token signed for another purpose", async () => {
    const { signLinkToken } = await import("@/lib/link/token");
    const meeting = await newMeeting();
    const { token, invitationId, person } = await inviteeOf(meeting.id);
    const before = await snapshot(invitationId);
    await expectRefused(signLinkToken(token.split(".")[0], "MINUTES_REVIEW", SECRET));
    const review = await db().link.create({
      data: {
        purpose: "MINUTES_REVIEW",
        personId: person.id,
        subjectId: invitationId,
        programmeId,
        expiresAt: future(30),
      },
    });
    await expectRefused(signLinkToken(review.id, "RSVP", SECRET));
    expect(await snapshot(invitationId)).toEqual(before);
  });

  it("refuses a link issued to another person than the invitee", async () => {
    const { signLinkToken } = await import("@/lib/link/token");
    const meeting = await newMeeting();
    const { invitationId } = await inviteeOf(meeting.id);
    const stranger = await f.createPerson(ministryId);
    const link = await db().link.create({
      data: {
        purpose: "RSVP",
        personId: stranger.id,
        subjectId: invitationId,
        programmeId,
        expiresAt: future(30),
      },
    });
    const before = await snapshot(invitationId);
    await expectRefused(signLinkToken(link.id, "RSVP", SECRET));
    expect(await snapshot(invitationId)).toEqual(before);
  });
});

describe("revoking a link", () => {
  it("lets the secretariat of the programme revoke a link, which then answers as a forged one", async () => {
    const { POST: revoke } = await import("@/app/api/v1/links/[id]/revoke/route");
    const { GET: listLinks } =
      await import("@/app/api/v1/meetings/[id]/invitations/[invitationId]/links/route");
    const meeting = await newMeeting();
    const { token, invitationId } = await inviteeOf(meeting.id);
    const linkId = token.split(".")[0];
    const revokeAs = (who: string, id = linkId) =>
      callRoute(revoke, `/api/v1/links/${id}/revoke`, { method: "POST", token: who, params: { id } });

    const listUrl = `/api/v1/meetings/${meeting.id}/invitations/${invitationId}/links`;
    const listAs = (who: string) =>
      callRoute(listLinks, listUrl, { token: who, params: { id: meeting.id, invitationId } });
    const listed = await listAs(secretariat);
    expect(listed.status).toBe(200);
    expect((await listed.json()).data).toMatchObject([{ id: linkId, purpose: "RSVP", revokedAt: null }]);
    expect((await listAs(outsider)).status).toBe(404);

    expect((await revokeAs(outsider)).status).toBe(404);
    expect((await revokeAs(secretariat, "no-such-link")).status).toBe(404);
    expect(await rsvpPage(token)).not.toBeNull();

    const res = await revokeAs(secretariat);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: linkId, revokedAt: expect.any(String) });
    const audit = await db().auditEvent.findFirst({
      where: { entity: "Link", entityId: linkId, action: "UPDATE" },
    });
    expect(audit?.actorUserId).not.toBeNull();

    const before = await snapshot(invitationId);
    await expectRefused(token);
    expect(await snapshot(invitationId)).toEqual(before);
  });
});

describe("a meeting closed for answers", () => {
  it.each(["MINUTES_ADOPTED", "HELD", "CANCELLED"] as const)(
    "once %s, the link shows the meeting but can no longer accept, decline or delegate",
    async (status) => {
      const meeting = await newMeeting();
      const { token, invitationId } = await inviteeOf(meeting.id);
      await db().meeting.update({ where: { id: meeting.id }, data: { status } });
      expect(await rsvpPage(token)).toMatchObject({ canAnswer: false });
      const before = await snapshot(invitationId);
      await expect(respond(token, { response: "DECLINED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        respond(token, {
          response: "DELEGATED",
          delegate: { name: "Late Colleague", email: `late-${status}@example.test` },
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await snapshot(invitationId)).toEqual(before);
    },
  );

  it("closes once the meeting has ended, even if nobody marked it held", async () => {
    const meeting = await newMeeting();
    const { token, invitationId } = await inviteeOf(meeting.id);
    await db().meeting.update({
      where: { id: meeting.id },
      data: { startsAt: new Date(Date.now() - 5 * 3600_000), endsAt: new Date(Date.now() - 2 * 3600_000) },
    });
    expect(await rsvpPage(token)).toMatchObject({ canAnswer: false });
    const before = await snapshot(invitationId);
    await expect(respond(token, { response: "DECLINED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(invitationId)).toEqual(before);
  });
});

describe("sending a colleague", () => {
  it("creates one delegate and one e-mail from ten attempts at once; the others are refused", async () => {
    const meeting = await newMeeting();
    const { token, invitationId } = await inviteeOf(meeting.id);
    const before = await snapshot(invitationId);
    const stamp = Date.now();
    const emails = Array.from({ length: 10 }, (_, i) => `colleague-${i}-${stamp}@example.test`);
    const outcomes = await Promise.allSettled(
      emails.map((email, i) =>
        respond(token, { response: "DELEGATED", delegate: { name: `Colleague ${i}`, email } }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === "rejected")) {
      expect(o.reason).toMatchObject({ code: "CONFLICT", key: "invitation.errors.delegationUsed" });
    }
    expect(await db().invitation.count()).toBe(before.invitations + 1);
    expect(await db().person.count()).toBe(before.people + 1);
    expect(emails.flatMap((e) => smtp.to(e))).toHaveLength(1);

    // One more, later and alone: still refused, nothing created.
    const later = `colleague-later-${stamp}@example.test`;
    await expect(
      respond(token, { response: "DELEGATED", delegate: { name: "Later", email: later } }),
    ).rejects.toMatchObject({ code: "CONFLICT", key: "invitation.errors.delegationUsed" });
    expect(await db().person.count()).toBe(before.people + 1);
    expect(smtp.to(later)).toHaveLength(0);

    // Naming the same colleague again, after changing one's mind, is no new delegation.
    const chosen = emails.find((e) => smtp.to(e).length === 1)!;
    await respond(token, { response: "ACCEPTED" });
    await respond(token, { response: "DELEGATED", delegate: { name: "Same", email: chosen } });
    expect(smtp.to(chosen)).toHaveLength(1);
    expect(await db().invitation.count()).toBe(before.invitations + 1);
  });

  it("gives a colleague's own link no delegation of its own", async () => {
    const meeting = await newMeeting();
    const { token } = await inviteeOf(meeting.id);
    const email = `first-${Date.now()}@example.test`;
    await respond(token, { response: "DELEGATED", delegate: { name: "First", email } });
    const delegateToken = tokenMailedTo(email);
    expect(await rsvpPage(delegateToken)).toMatchObject({ canAnswer: true, canDelegate: false });
    await expect(
      respond(delegateToken, {
        response: "DELEGATED",
        delegate: { name: "Second", email: `second-${Date.now()}@example.test` },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", key: "invitation.errors.delegateCannotDelegate" });
    await respond(delegateToken, { response: "ACCEPTED" });
  });

  it("does not let an existing member read the meeting until the secretariat confirms them", async () => {
    const member = await f.createPerson(ministryId);
    const user = await f.createUser({ role: "MEMBER", programmeId, personId: member.id });
    const { access } = (await getUserWithAccess(user.id))!;
    const canRead = (meetingId: string) =>
      db()
        .meeting.findFirst({ where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] } })
        .then(Boolean);

    // Signed in at the register: a participant of that meeting.
    const atRegister = await newMeeting();
    const first = await inviteeOf(atRegister.id);
    await respond(first.token, {
      response: "DELEGATED",
      delegate: { name: member.name, email: member.email! },
    });
    expect(await db().invitation.count({ where: { meetingId: atRegister.id, personId: member.id } })).toBe(1);
    expect(await canRead(atRegister.id)).toBe(false);
    await db().invitation.update({
      where: { meetingId_personId: { meetingId: atRegister.id, personId: member.id } },
      data: { attendance: "PRESENT", signedInAt: new Date() },
    });
    expect(await canRead(atRegister.id)).toBe(true);

    // Invited by the secretariat: confirmed.
    const confirmed = await newMeeting();
    const second = await inviteeOf(confirmed.id);
    await respond(second.token, {
      response: "DELEGATED",
      delegate: { name: member.name, email: member.email! },
    });
    expect(await canRead(confirmed.id)).toBe(false);
    const res = await callRoute(invitePost, `/api/v1/meetings/${confirmed.id}/invitations`, {
      method: "POST",
      token: secretariat,
      body: { personIds: [member.id] },
      params: { id: confirmed.id },
    });
    expect(await res.json()).toMatchObject({ invited: 0, skipped: 1 });
    expect(await canRead(confirmed.id)).toBe(true);
  });
});

describe("using a link", () => {
  it("audits every page view and answer, and counts them on the link", async () => {
    const meeting = await newMeeting();
    const { token } = await inviteeOf(meeting.id);
    const linkId = token.split(".")[0];
    await rsvpPage(token);
    await respond(token, { response: "ACCEPTED" });
    const uses = await db().auditEvent.findMany({
      where: { entity: "Link", entityId: linkId, action: "USE" },
      orderBy: { at: "asc" },
    });
    expect(uses).toHaveLength(2);
    expect(uses.every((u) => u.actorLabel === "rsvp-link" && u.programmeId === programmeId)).toBe(true);
    expect(uses.map((u) => (u.after as { use: string }).use)).toEqual(["view", "answer"]);
    const link = await db().link.findUniqueOrThrow({ where: { id: linkId } });
    expect(link).toMatchObject({ useCount: 2, lastUsedAt: expect.any(Date) });
  });

  it("reuses the invitation's live link when mailing it again (the reminder)", async () => {
    const meeting = await newMeeting();
    const { token, person } = await inviteeOf(meeting.id);
    const outcome = await sendMeetingReminders({
      meetingId: meeting.id,
      daysBefore: 3,
      startsAt: meeting.startsAt.toISOString(),
    });
    expect(outcome).toMatchObject({ status: "sent", mailed: 1 });
    expect(tokenMailedTo(person.email!)).toBe(token);
    expect(await db().link.count({ where: { personId: person.id } })).toBe(1);
  });
});
