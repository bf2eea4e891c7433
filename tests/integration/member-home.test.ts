// A member's home (issue 10, "members' own view"): it lists only the member's own invitations —
// not a colleague's in the same meeting, not another organisation's, not those of a programme they
// hold no role in — and the member answers from the app by the link's rules: the invitation
// changes and the change is audited with the user as its author; a held, cancelled or finished
// meeting takes no answer (409), someone else's invitation is "not found" (404), nothing written.
import { beforeAll, describe, expect, it, vi } from "vitest";

// The server action reads the session cookie through next/headers and refreshes pages through
// next/cache, which needs Next's request store (absent in-process).
vi.hoisted(() => {
  process.env.APP_URL = "https://psc.example.test";
  delete process.env.SMTP_URL;
});
vi.mock("next/headers", () => import("../support/next-headers-mock"));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

import { browser } from "../support/next-headers-mock";
import { db } from "@/lib/db";
import { HTTP_STATUS, isAppError } from "@/lib/errors";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { memberHome } from "@/lib/home/service";
import { answerOwnInvitationAction } from "@/lib/invitation/actions";
import { answerOwnInvitation } from "@/lib/invitation/service/own-invitation";
import { respond } from "@/lib/invitation/service/rsvp";
import { issueLink } from "@/lib/link/service";
import { getUserWithAccess } from "@/lib/user/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUser,
  invite,
} from "../factories";
import { sessionCookie } from "../support/session-cookie";

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

async function meetingIn(programmeId: string, status: MeetingStatus, startsAt: Date) {
  return createMeeting(programmeId, { status, startsAt });
}

/** The AppError a call threw, as the HTTP status the API would answer, and its code. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { status: HTTP_STATUS[error.code], key: error.key };
}

const programmeId = (await createProgramme()).id;
const otherProgrammeId = (await createProgramme()).id;
const ministry = await createOrganisation();
const otherMinistry = await createOrganisation();
const memberPerson = await createPerson(ministry.id);
const colleague = await createPerson(ministry.id);
const stranger = await createPerson(otherMinistry.id);
const memberUser = await createUser({ role: "MEMBER", programmeId, personId: memberPerson.id });
const access = async () => (await getUserWithAccess(memberUser.id))!.access;
const actor = { userId: memberUser.id };

// The member's own invitations, in the order the home lists them, and everyone else's.
const next = await meetingIn(programmeId, "SCHEDULED", inDays(10));
const later = await meetingIn(programmeId, "SCHEDULED", inDays(20));
const cancelled = await meetingIn(programmeId, "CANCELLED", inDays(15));
const draft = await meetingIn(programmeId, "DRAFT", inDays(30));
const held = await meetingIn(programmeId, "MINUTES_ADOPTED", inDays(-40));
const missed = await meetingIn(programmeId, "HELD", inDays(-20));
const overdue = await meetingIn(programmeId, "SCHEDULED", inDays(-5));
const elsewhere = await meetingIn(otherProgrammeId, "SCHEDULED", inDays(12));

const own = {
  next: await invite(next.id, memberPerson.id),
  cancelled: await invite(cancelled.id, memberPerson.id),
  draft: await invite(draft.id, memberPerson.id),
  held: await invite(held.id, memberPerson.id),
  missed: await invite(missed.id, memberPerson.id),
  overdue: await invite(overdue.id, memberPerson.id),
  elsewhere: await invite(elsewhere.id, memberPerson.id),
  // Named by someone through their RSVP link: listed, answerable, but the page stays closed.
  later: await db().invitation.create({
    data: {
      meetingId: later.id,
      personId: memberPerson.id,
      invitedVia: "LINK_DELEGATION",
      invitedAt: new Date(),
    },
  }),
};
const others = {
  colleague: await invite(next.id, colleague.id),
  stranger: await invite(next.id, stranger.id),
  strangerLater: await invite(later.id, stranger.id),
};

beforeAll(async () => {
  await db().invitation.update({
    where: { id: own.held.id },
    data: { attendance: "PRESENT", rsvp: "ACCEPTED" },
  });
  await db().invitation.update({ where: { id: own.missed.id }, data: { attendance: "ABSENT" } });
});

/** The invitation's answer and the audit events written about it. */
async function stateOf(invitationId: string) {
  const [invitation, audit] = await Promise.all([
    db().invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { rsvp: true, rsvpAt: true } }),
    db().auditEvent.findMany({
      where: { entity: "Invitation", entityId: invitationId },
      orderBy: { at: "asc" },
    }),
  ]);
  return { ...invitation, audit };
}

describe("the member's home", () => {
  it("lists the member's own upcoming invitations in date order, nobody else's, no other programme's", async () => {
    const home = await memberHome(await access());
    expect(home.isLinked).toBe(true);
    expect(home.upcoming.map((i) => i.invitationId)).toEqual([
      own.next.id,
      own.cancelled.id,
      own.later.id,
      own.draft.id,
    ]);
    const byId = new Map(home.upcoming.map((i) => [i.invitationId, i]));
    expect(byId.get(own.next.id)).toMatchObject({ rsvp: "PENDING", canAnswer: true, canOpen: true });
    expect(byId.get(own.next.id)!.meeting).toMatchObject({ id: next.id, timeZone: "Asia/Jakarta" });
    expect(byId.get(own.cancelled.id)).toMatchObject({ canAnswer: false, canOpen: true });
    expect(byId.get(own.draft.id)).toMatchObject({ canAnswer: true });
    // An unconfirmed delegation through a link: answerable as through the link, the page closed.
    expect(byId.get(own.later.id)).toMatchObject({ canAnswer: true, canOpen: false });
  });

  it("lists the meetings the member attended, not those they missed or are still to come", async () => {
    const home = await memberHome(await access());
    expect(home.attended.map((m) => m.id)).toEqual([held.id]);
  });

  it("shows nothing to a member whose account is not linked to a person", async () => {
    const unlinked = await createUser({ role: "MEMBER", programmeId });
    const home = await memberHome((await getUserWithAccess(unlinked.id))!.access);
    expect(home).toEqual({ isLinked: false, upcoming: [], attended: [], reviews: [] });
  });

  it("shows another member only their own invitations", async () => {
    const user = await createUser({ role: "MEMBER", programmeId, personId: stranger.id });
    const home = await memberHome((await getUserWithAccess(user.id))!.access);
    expect(home.upcoming.map((i) => i.invitationId)).toEqual([others.stranger.id, others.strangerLater.id]);
  });
});

describe("answering from the home", () => {
  it("records the answer on the invitation and audits it as the member's", async () => {
    const result = await answerOwnInvitation(
      await access(),
      { invitationId: own.next.id, response: "ACCEPTED" },
      actor,
    );
    expect(result).toEqual({ invitationId: own.next.id, rsvp: "ACCEPTED" });
    const state = await stateOf(own.next.id);
    expect(state.rsvp).toBe("ACCEPTED");
    expect(state.rsvpAt).not.toBeNull();
    expect(state.audit).toHaveLength(1);
    expect(state.audit[0]).toMatchObject({
      actorUserId: memberUser.id,
      actorLabel: null,
      action: "UPDATE",
      programmeId,
      before: { rsvp: "PENDING", delegatedToId: null },
      after: { rsvp: "ACCEPTED", delegatedToId: null },
    });
    expect((await memberHome(await access())).upcoming[0]).toMatchObject({ rsvp: "ACCEPTED" });
  });

  it("takes an answer to an unconfirmed delegation, as its link would", async () => {
    await answerOwnInvitation(await access(), { invitationId: own.later.id, response: "DECLINED" }, actor);
    expect((await stateOf(own.later.id)).rsvp).toBe("DECLINED");
  });

  it.each([
    ["held", () => own.held.id, "invitation.errors.answerClosed"],
    ["cancelled", () => own.cancelled.id, "invitation.errors.answerCancelled"],
    ["scheduled but over", () => own.overdue.id, "invitation.errors.answerClosed"],
  ])("refuses an answer for a %s meeting with 409 and writes nothing", async (_name, id, key) => {
    const before = await stateOf(id());
    const answer = answerOwnInvitation(await access(), { invitationId: id(), response: "DECLINED" }, actor);
    expect(await refusal(answer)).toEqual({ status: 409, key });
    expect(await stateOf(id())).toEqual(before);
  });

  it.each([
    ["a colleague's, in the same meeting", () => others.colleague.id],
    ["another organisation's", () => others.stranger.id],
    ["the member's own, in a programme they hold no role in", () => own.elsewhere.id],
    ["one that does not exist", () => "no-such-invitation"],
  ])("answers 404 for %s invitation and writes nothing", async (_name, id) => {
    const before = await db().invitation.findUnique({ where: { id: id() }, select: { rsvp: true } });
    const answer = answerOwnInvitation(await access(), { invitationId: id(), response: "ACCEPTED" }, actor);
    expect(await refusal(answer)).toEqual({ status: 404, key: "errors.notFound.invitation" });
    expect(await db().invitation.findUnique({ where: { id: id() }, select: { rsvp: true } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { entity: "Invitation", entityId: id() } })).toBe(0);
  });

  it("answers 404 to a user whose account is not linked to a person", async () => {
    const unlinked = await createUser({ role: "MEMBER", programmeId });
    const answer = answerOwnInvitation(
      (await getUserWithAccess(unlinked.id))!.access,
      { invitationId: own.draft.id, response: "ACCEPTED" },
      { userId: unlinked.id },
    );
    expect((await refusal(answer)).status).toBe(404);
  });

  it("waits for a write that holds the invitation, and answers from what it saved", async () => {
    const invitationId = own.draft.id;
    let release = () => {};
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    // Another writer (the link's answer takes the same row lock) changes the answer meanwhile.
    const other = db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Invitation" WHERE id = ${invitationId} FOR UPDATE`;
      await tx.invitation.update({ where: { id: invitationId }, data: { rsvp: "DECLINED" } });
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    const answer = answerOwnInvitation(await access(), { invitationId, response: "ACCEPTED" }, actor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([other, answer]);
    const { rsvp, audit } = await stateOf(invitationId);
    expect(rsvp).toBe("ACCEPTED");
    expect(audit.at(-1)!.before).toEqual({ rsvp: "DECLINED", delegatedToId: null });
  });

  it("takes turns with an answer through the link: no answer is lost", async () => {
    const invitationId = (
      await invite((await meetingIn(programmeId, "SCHEDULED", inDays(25))).id, memberPerson.id)
    ).id;
    const token = await issueLink({
      purpose: "RSVP",
      personId: memberPerson.id,
      subjectId: invitationId,
      programmeId,
      expiresAt: inDays(26),
    });
    await Promise.all([
      answerOwnInvitation(await access(), { invitationId, response: "ACCEPTED" }, actor),
      respond(token, { response: "DECLINED" }),
    ]);
    const { rsvp, audit } = await stateOf(invitationId);
    expect(audit).toHaveLength(2);
    // The one that went first saw the unanswered invitation; the other saw its result, not the
    // state both started from (whose time stamp is earlier does not tell: both waited for the lock).
    const first = audit.find((a) => (a.before as { rsvp: string }).rsvp === "PENDING")!;
    const second = audit.find((a) => a !== first)!;
    expect(first).toBeTruthy();
    expect(second.before).toEqual(first.after);
    expect((second.after as { rsvp: string }).rsvp).toBe(rsvp);
    expect(audit.map((a) => a.actorUserId ?? a.actorLabel).sort()).toEqual(
      [memberUser.id, "rsvp-link"].sort(),
    );
  });
});

describe("the home's server action", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };

  it("answers with the session's user, from the posted form", async () => {
    browser.cookie = await sessionCookie(memberUser.id);
    const result = await answerOwnInvitationAction(form({ invitationId: own.next.id, response: "DECLINED" }));
    expect(result).toEqual({ ok: true, data: { invitationId: own.next.id, rsvp: "DECLINED" } });
    const { rsvp, audit } = await stateOf(own.next.id);
    expect(rsvp).toBe("DECLINED");
    expect(audit.at(-1)).toMatchObject({ actorUserId: memberUser.id, after: { rsvp: "DECLINED" } });
  });

  it("refuses someone else's invitation as not found, and a delegation as invalid", async () => {
    browser.cookie = await sessionCookie(memberUser.id);
    const foreign = await answerOwnInvitationAction(
      form({ invitationId: others.stranger.id, response: "ACCEPTED" }),
    );
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const delegated = await answerOwnInvitationAction(
      form({ invitationId: own.next.id, response: "DELEGATED" }),
    );
    expect(delegated).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { response: expect.any(Array) },
    });
    expect((await stateOf(others.stranger.id)).rsvp).toBe("PENDING");
  });

  it("refuses a visitor without a session", async () => {
    browser.cookie = "";
    const result = await answerOwnInvitationAction(form({ invitationId: own.next.id, response: "ACCEPTED" }));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
