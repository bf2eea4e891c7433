// The authorization matrix of the API: every /api/v1 route and method found on disk × every caller ×
// {own, other, missing} answers the status written below, and a route added without a line here (or
// a line left for a route that is gone) is red. The permission table (lib/auth/permissions.ts) is
// the source of the expectations.
//
// Callers (bearer tokens): ADMIN, SECRETARIAT, COORDINATOR and MEMBER hold that role in programme A
// only (an admin membership: programme:manage there, nothing instance-wide); the member's person is
// invited to A's meetings, so meeting:read-invited lets them in. GLOBAL_ADMIN holds the global ADMIN
// role (every programme); ANONYMOUS sends no credentials.
// Scopes:
//   own      a record of programme A;
//   other    the same kind of record in programme B, where the caller has no role (the member's
//            person is invited to B's meeting too: an invitation grants nothing without a role);
//   missing  every id in the path (or the programme in the body) replaced by one that names nothing.
// Forbidden and missing must be indistinguishable: same status and byte-identical body; so must a
// record of B named under a meeting of A (/meetings/{A}/remarks/{B's remark}). Routes without a
// record in the path are tested through the programme they name (body or query), or once (a single
// scope) when nothing in them is per programme; the directory (people, organisations) is
// instance-wide by design, so its records have "own" and "missing" but no "other".
//
// Every write sends a valid body, and at least one caller gets a 2xx on it: so a 404 for another
// programme is about access, not about the body. Writes get fresh records for each case (a delete
// or a version bump would otherwise consume them). No 2xx answer to a caller without a role in
// programme B may contain an id of B's records, nor one to the member a meeting they are not invited to.
//
// The public review routes (/api/v1/review/{token}…) ask for no credentials: the personal review
// link is one. Their scopes are "own" (a live link of a reviewer of A's minutes: every caller,
// anonymous or not, gets the same answer) and "missing" (a token we never issued: 404 for everyone).
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { issueLink } from "@/lib/link/service";
import { loadMeetingRecord } from "@/lib/minutes/service";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createProgramme,
  createUser,
  invite,
  tokenFor,
} from "../factories";
import { discoverApiRoutes, fillPath, type TApiRoute } from "../support/api-route-list";
import { apiRequest } from "../support/call-route";

// Invitations mail an RSVP link, which needs the app's public address.
vi.stubEnv("APP_URL", "https://psc.example.test");

const ROLES = ["ADMIN", "SECRETARIAT", "COORDINATOR", "MEMBER"] as const;
type TRole = (typeof ROLES)[number];
const CALLERS = [...ROLES, "GLOBAL_ADMIN", "ANONYMOUS"] as const;
type TCaller = (typeof CALLERS)[number];
type TScope = "own" | "other" | "missing";

type TRoleStatuses = Record<TRole, number>;
type TScopeStatuses = Partial<Record<TScope, number>>;
type TExpectation = Record<TCaller, TScopeStatuses>;

/** The records one scope's requests name. "missing" has an id that does not exist in every field. */
type TWorld = {
  programmeId: string;
  programmeTitle: string;
  meetingId: string;
  agendaItemIds: [string, string];
  remarkId: string;
  decisionId: string;
  actionItemId: string;
  /** Invited (and so a possible speaker), co-chair, owner of the RSVP link. */
  inviteeId: string;
  invitationId: string;
  linkId: string;
  /** Neither invited nor co-chair: someone to invite or make co-chair. */
  newPersonId: string;
  organisationId: string;
  /** The organisation a merge keeps. */
  mergeIntoId: string;
  /** A public holiday (instance-wide, like the directory). */
  holidayId: string;
  /** A reviewer's comment on the latest minutes version (by the invitee). */
  commentId: string;
  /**
   * The number of the meeting's latest minutes version: A's minutes have 2 versions, B's 3, so B's
   * number named under A's meeting names nothing (and versions 1 and 2 exist in both to diff).
   */
  minutesVersion: string;
};

type TRequest = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
};

type TEntry = {
  expect: TExpectation;
  request: (world: TWorld) => TRequest | Promise<TRequest>;
  /** New records for each case (writes that consume or change them); default: writes with ids in the path. */
  fresh?: boolean;
  /** One case at a time (the request reads a version that the previous case raised). */
  serial?: boolean;
};

// ─── Expectations ───────────────────────────────────────────────────────────────────────────────

const ANONYMOUS = 401;
const scopesOf = (statuses: TScopeStatuses, scopes: readonly TScope[]) =>
  Object.fromEntries(scopes.map((s) => [s, statuses[s]])) as TScopeStatuses;

function matrix(
  roles: (role: TRole) => TScopeStatuses,
  globalAdmin: TScopeStatuses,
  scopes: readonly TScope[],
  anonymous = ANONYMOUS,
): TExpectation {
  const expectation = Object.fromEntries(ROLES.map((role) => [role, scopesOf(roles(role), scopes)]));
  return {
    ...expectation,
    GLOBAL_ADMIN: scopesOf(globalAdmin, scopes),
    ANONYMOUS: Object.fromEntries(scopes.map((s) => [s, anonymous])),
  } as TExpectation;
}

/**
 * A record of a programme named in the path: `own` is what each role of A gets on A's record; B's
 * record and a missing one are the same 404 to all of them. A global admin gets `globalAdmin` on
 * both programmes' records.
 */
const inPath = (own: TRoleStatuses, globalAdmin = own.ADMIN) =>
  matrix(
    (role) => ({ own: own[role], other: 404, missing: 404 }),
    { own: globalAdmin, other: globalAdmin, missing: 404 },
    ["own", "other", "missing"],
  );

/** A record of the directory (instance-wide, so no "other"): `own` on an existing one, 404 on a missing one. */
const inDirectory = (own: TRoleStatuses, globalAdmin = own.ADMIN) =>
  matrix((role) => ({ own: own[role], missing: 404 }), { own: globalAdmin, missing: 404 }, [
    "own",
    "missing",
  ]);

/**
 * The programme is named in the body or the query: `own` names A; B and a missing programme get
 * `notYours` alike (a field error when the programme is a field, not a 404: nothing in the path).
 */
const byProgramme = (own: TRoleStatuses, notYours: number, globalAdmin: Required<TScopeStatuses>) =>
  matrix((role) => ({ own: own[role], other: notYours, missing: notYours }), globalAdmin, [
    "own",
    "other",
    "missing",
  ]);

/** Nothing in the request is per programme or names a record: one request per caller. */
const once = (own: TRoleStatuses, globalAdmin: number, anonymous = ANONYMOUS) =>
  matrix((role) => ({ own: own[role] }), { own: globalAdmin }, ["own"], anonymous);

/**
 * A public route whose credential is a personal link in the path: a live link answers `own` to
 * every caller (their own credentials change nothing), a token never issued 404 to every caller.
 */
const byLink = (own: number): TExpectation =>
  Object.fromEntries(CALLERS.map((caller) => [caller, { own, missing: 404 }])) as TExpectation;

const all = (status: number): TRoleStatuses => ({
  ADMIN: status,
  SECRETARIAT: status,
  COORDINATOR: status,
  MEMBER: status,
});

// ─── Requests ───────────────────────────────────────────────────────────────────────────────────

let sequence = 5000;
/** A meeting number no other case uses (imports refuse a number the programme already has). */
const nextSequence = () => (sequence += 1);
const uid = () => randomBytes(5).toString("hex");
/** An id shaped like the app's (a cuid) that names nothing. */
const missingId = () => `cm${randomBytes(11).toString("hex")}`;
let holidayDay = 0;
/** A day no holiday has yet (one country has a day once): from 2150 on, one per call. */
const nextHolidayDate = () =>
  new Date(Date.UTC(2150, 0, 1) + holidayDay++ * 86_400_000).toISOString().slice(0, 10);

/** The meeting bundle imports start from: an export of programme A's meeting (set in beforeAll). */
let bundleTemplate: { programme: { title: string }; meeting: { sequenceNumber: number } };

const meeting = (w: TWorld) => ({ params: { id: w.meetingId } });

/** Reads every meeting's record, to give a world's latest minutes version a real snapshot. */
const READ_ALL: TAccess = { userId: "matrix", personId: null, globalRole: "ADMIN", memberships: new Map() };

/**
 * An adoption of the world's latest version: the meeting moved to review and that version made a
 * snapshot of its record (the world's versions have a stub content the renderers cannot draw).
 */
async function readyToAdopt(w: TWorld): Promise<TRequest> {
  const minutes = await db().minutes.findUnique({ where: { meetingId: w.meetingId }, select: { id: true } });
  const number = Number(w.minutesVersion) || 1;
  // The shared worlds (the anonymous caller's, refused before anything is read) stay as they are.
  const isShared = w === shared.own || w === shared.other;
  if (minutes && !isShared) {
    const content = await loadMeetingRecord(READ_ALL, w.meetingId);
    await db().minutesVersion.update({
      where: { minutesId_number: { minutesId: minutes.id, number } },
      data: { content: content as object },
    });
    await db().meeting.update({ where: { id: w.meetingId }, data: { status: "MINUTES_IN_REVIEW" } });
  }
  // NO_OBJECTION: adoption AT_MEETING would also need a later meeting with an adoption item.
  return { ...meeting(w), body: { number, method: "NO_OBJECTION" } };
}

/** The latest version's number, for a body (a missing world's is not a number: 1, which it has not). */
const latestNumber = (w: TWorld) => Number(w.minutesVersion) || 1;

const reviewPrepared = new Map<string, Promise<string | null>>();

/**
 * A world's latest version under review: a snapshot of the record (the anchors a review reads),
 * circulated to the invitee and the member's person. Once per world (the shared ones are read by
 * several cases at once); answers the version's id, null for a missing world.
 */
function underReview(w: TWorld): Promise<string | null> {
  let prepared = reviewPrepared.get(w.meetingId);
  if (!prepared) {
    prepared = (async () => {
      // The meeting's own latest version (a crossed request names A's meeting with B's number).
      const latest = await db().minutesVersion.findFirst({
        where: { minutes: { meetingId: w.meetingId } },
        orderBy: { number: "desc" },
        select: { id: true },
      });
      if (!latest) return null;
      const content = await loadMeetingRecord(READ_ALL, w.meetingId);
      const version = await db().minutesVersion.update({
        where: { id: latest.id },
        data: {
          content: content as object,
          reviewOpensAt: new Date(),
          reviewClosesAt: new Date(Date.now() + 14 * 86_400_000),
          reviewDeadline: new Date(Date.now() + 13 * 86_400_000).toISOString().slice(0, 10),
        },
        select: { id: true },
      });
      await db().minutesReviewer.createMany({
        data: [w.inviteeId, memberPersonId].map((personId) => ({ minutesVersionId: version.id, personId })),
        skipDuplicates: true,
      });
      return version.id;
    })();
    reviewPrepared.set(w.meetingId, prepared);
  }
  return prepared;
}

/** The member's calendar feed token (a missing world's: one we never issued). */
async function calendarFeedToken(w: TWorld): Promise<string> {
  const isMissing = w.programmeId !== programmeA.id && w.programmeId !== programmeB.id;
  if (isMissing) return `${missingId()}.${randomBytes(32).toString("base64url")}`;
  const user = await db().user.findFirstOrThrow({
    where: { personId: memberPersonId },
    select: { id: true },
  });
  return issueLink({
    purpose: "CALENDAR_FEED",
    personId: memberPersonId,
    subjectId: user.id,
    programmeId: programmeA.id,
    expiresAt: new Date(Date.now() + 730 * 86_400_000),
  });
}

/** The member's person co-chairs too, so one approval (theirs or the invitee's) is not the last. */
async function secondCoChair(w: TWorld) {
  if (!(await underReview(w))) return;
  await db().coChair.createMany({
    data: [{ meetingId: w.meetingId, personId: memberPersonId, capacity: "Co-chair", order: 2 }],
    skipDuplicates: true,
  });
}

/** The invitee's personal review link of the world's minutes; a token never issued for a missing world. */
async function reviewToken(w: TWorld): Promise<string> {
  const versionId = await underReview(w);
  if (!versionId) return `${missingId()}.${randomBytes(32).toString("base64url")}`;
  const reviewer = await db().minutesReviewer.findFirstOrThrow({
    where: { minutesVersionId: versionId, personId: w.inviteeId },
    select: { id: true },
  });
  return issueLink({
    purpose: "MINUTES_REVIEW",
    personId: w.inviteeId,
    subjectId: reviewer.id,
    programmeId: w.programmeId,
    expiresAt: new Date(Date.now() + 30 * 86_400_000),
  });
}

const reviewComment = (w: TWorld) => ({
  anchor: `decision-${w.decisionId}`,
  body: "Please say which budget.",
});

// ─── The matrix: one line per route and method ──────────────────────────────────────────────────

const MATRIX: Record<string, TEntry> = {
  // Password-less links: the secretariat of the link's programme revokes them (meeting:manage).
  "POST /api/v1/links/[id]/revoke": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.linkId } }),
  },

  // Meetings: read with meeting:read (or invited, meeting:read-invited); changed with meeting:manage.
  "GET /api/v1/meetings": {
    // A list, filtered by ?programmeId: B's or a missing programme is an empty page, not an error.
    expect: byProgramme(all(200), 200, { own: 200, other: 200, missing: 200 }),
    request: (w) => ({ query: { programmeId: w.programmeId } }),
  },
  "POST /api/v1/meetings": {
    expect: byProgramme({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 400, MEMBER: 400 }, 400, {
      own: 201,
      other: 201,
      missing: 400,
    }),
    request: (w) => ({
      body: {
        programmeId: w.programmeId,
        title: "Mid-year review",
        startsAt: "2027-03-01T09:00:00+07:00",
        endsAt: "2027-03-01T12:00:00+07:00",
      },
    }),
  },
  "POST /api/v1/meetings/import": {
    // The bundle's programme title picks the programme; one refusal for B's and for none. A global
    // admin may create the programme a bundle names, so "missing" succeeds for them.
    expect: byProgramme({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 400, MEMBER: 400 }, 400, {
      own: 201,
      other: 201,
      missing: 201,
    }),
    request: (w) => {
      const bundle = structuredClone(bundleTemplate);
      bundle.programme.title = w.programmeTitle;
      bundle.meeting.sequenceNumber = nextSequence();
      return { body: bundle };
    },
  },
  "GET /api/v1/meetings/[id]": {
    expect: inPath(all(200)),
    request: meeting,
  },
  "PATCH /api/v1/meetings/[id]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { version: 1, title: "Annual review, revised" } }),
  },
  "POST /api/v1/meetings/[id]/status": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { to: "HELD", version: 1 } }),
  },
  "GET /api/v1/meetings/[id]/export": {
    // The bundle carries everyone's contact details: meeting:read, not an invitation.
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404 }),
    request: meeting,
  },
  "GET /api/v1/meetings/[id]/calendar.ics": { expect: inPath(all(200)), request: meeting },
  "GET /api/v1/meetings/[id]/capture": { expect: inPath(all(200)), request: meeting },
  "GET /api/v1/meetings/[id]/summary": { expect: inPath(all(200)), request: meeting },
  "GET /api/v1/meetings/[id]/minutes.pdf": { expect: inPath(all(200)), request: meeting },
  "GET /api/v1/meetings/[id]/minutes.docx": { expect: inPath(all(200)), request: meeting },
  "GET /api/v1/meetings/[id]/attendance/stats": { expect: inPath(all(200)), request: meeting },

  // The draft minutes' versions: read with the meeting, cut with record:manage (the secretariat).
  "GET /api/v1/meetings/[id]/minutes/versions": { expect: inPath(all(200)), request: meeting },
  "POST /api/v1/meetings/[id]/minutes/versions": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { note: "Decision 1 reworded" } }),
    fresh: true,
  },
  "GET /api/v1/meetings/[id]/minutes/versions/[n]": {
    expect: inPath(all(200)),
    request: (w) => ({ params: { id: w.meetingId, n: w.minutesVersion } }),
  },
  "GET /api/v1/meetings/[id]/minutes/diff": {
    expect: inPath(all(200)),
    request: (w) => ({ ...meeting(w), query: { from: "1", to: "2" } }),
  },
  "POST /api/v1/meetings/[id]/minutes/adopt": {
    // Adoption is the secretariat's (record:manage); each case adopts a fresh meeting in review.
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: readyToAdopt,
    fresh: true,
  },

  // The review cycle. The secretariat's side (record:manage): the review state, circulation, the
  // no-objection procedure, the disposition of comments. The reviewer's side in the app: a member
  // (minutes:review) to whom the version was circulated — users without a person review nothing.
  "GET /api/v1/meetings/[id]/minutes/review": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: async (w) => {
      await underReview(w);
      return meeting(w);
    },
  },
  "POST /api/v1/meetings/[id]/minutes/circulate": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { number: latestNumber(w), reviewerIds: [w.inviteeId] } }),
  },
  "POST /api/v1/meetings/[id]/minutes/no-objection": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: async (w) => {
      await underReview(w);
      return { ...meeting(w), body: { number: latestNumber(w) } };
    },
  },
  "PATCH /api/v1/meetings/[id]/minutes/comments/[commentId]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: async (w) => {
      await underReview(w);
      return {
        params: { id: w.meetingId, commentId: w.commentId },
        body: { status: "NOTED", response: "Thank you.", version: 1 },
      };
    },
  },
  "POST /api/v1/meetings/[id]/minutes/comments": {
    expect: inPath({ ADMIN: 404, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 201 }, 404),
    request: async (w) => {
      await underReview(w);
      return { ...meeting(w), body: reviewComment(w) };
    },
  },
  "POST /api/v1/meetings/[id]/minutes/answer": {
    expect: inPath({ ADMIN: 404, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 200 }, 404),
    request: async (w) => {
      await underReview(w);
      return { ...meeting(w), body: { answer: "NO_COMMENTS" } };
    },
  },
  "POST /api/v1/meetings/[id]/minutes/approve": {
    // The member's person co-chairs (with the invitee, so this approval is not the last).
    expect: inPath({ ADMIN: 404, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 200 }, 404),
    request: async (w) => {
      await secondCoChair(w);
      return { ...meeting(w), body: { number: latestNumber(w) } };
    },
  },

  // The reviewer's side by personal link: public, the link is the credential.
  "GET /api/v1/review/[token]": {
    expect: byLink(200),
    request: async (w) => ({ params: { token: await reviewToken(w) } }),
  },
  "POST /api/v1/review/[token]/comments": {
    expect: byLink(201),
    request: async (w) => ({ params: { token: await reviewToken(w) }, body: reviewComment(w) }),
  },
  "POST /api/v1/review/[token]/answer": {
    expect: byLink(200),
    request: async (w) => ({ params: { token: await reviewToken(w) }, body: { answer: "NO_COMMENTS" } }),
  },
  "POST /api/v1/review/[token]/approve": {
    // The invitee co-chairs (with the member's person, so this approval is not the last).
    expect: byLink(200),
    request: async (w) => {
      await secondCoChair(w);
      return { params: { token: await reviewToken(w) }, body: { number: latestNumber(w) } };
    },
  },

  // A user's calendar feed of action-item due dates: public, the secret address is the credential
  // (here the member's feed: the world's items have no due date, so an empty calendar).
  "GET /api/v1/feeds/actions/[token]": {
    expect: byLink(200),
    request: async (w) => ({ params: { token: `${await calendarFeedToken(w)}.ics` } }),
  },

  // Verification of adopted minutes is public: anyone, with or without credentials, gets an answer
  // (here "not adopted": a hash that names nothing).
  "GET /api/v1/verify": {
    expect: once(all(200), 200, 200),
    request: () => ({ query: { sha256: randomBytes(32).toString("hex") } }),
  },

  // The agenda: read with the meeting, changed with meeting:manage.
  "GET /api/v1/meetings/[id]/agenda": { expect: inPath(all(200)), request: meeting },
  "POST /api/v1/meetings/[id]/agenda": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { title: "Work plan 2027" } }),
  },
  "PATCH /api/v1/meetings/[id]/agenda/[itemId]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({
      params: { id: w.meetingId, itemId: w.agendaItemIds[0] },
      body: { version: 1, title: "Budget revision" },
    }),
  },
  "DELETE /api/v1/meetings/[id]/agenda/[itemId]": {
    expect: inPath({ ADMIN: 204, SECRETARIAT: 204, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.meetingId, itemId: w.agendaItemIds[0] }, query: { version: "1" } }),
  },
  "PUT /api/v1/meetings/[id]/agenda/order": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { itemIds: [w.agendaItemIds[1], w.agendaItemIds[0]] } }),
  },
  "POST /api/v1/meetings/[id]/agenda/generated": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: meeting,
    fresh: true,
  },

  // The register at the venue: the secretariat's (meeting:manage), not every reader's.
  "GET /api/v1/meetings/[id]/attendance": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: meeting,
  },
  "POST /api/v1/meetings/[id]/attendance": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { action: "sign-in", invitationId: w.invitationId } }),
  },
  "PATCH /api/v1/meetings/[id]/attendance/[invitationId]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({
      params: { id: w.meetingId, invitationId: w.invitationId },
      body: { attendance: "EXCUSED" },
    }),
  },
  "GET /api/v1/meetings/[id]/sign-in-sheet.pdf": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: meeting,
  },

  // Co-chairs and invitations: meeting:manage.
  "POST /api/v1/meetings/[id]/co-chairs": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { personId: w.newPersonId, capacity: "Co-chair for the UN" } }),
  },
  "DELETE /api/v1/meetings/[id]/co-chairs/[personId]": {
    expect: inPath({ ADMIN: 204, SECRETARIAT: 204, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.meetingId, personId: w.inviteeId } }),
  },
  "POST /api/v1/meetings/[id]/invitations": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { personIds: [w.newPersonId] } }),
  },
  "GET /api/v1/meetings/[id]/invitations/[invitationId]/links": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.meetingId, invitationId: w.invitationId } }),
  },

  // The record: read with the meeting, written with record:manage. (COORDINATOR's action:update is
  // not honoured by any route: an action item is changed through its meeting's record.)
  "GET /api/v1/meetings/[id]/remarks": { expect: inPath(all(200)), request: meeting },
  "POST /api/v1/meetings/[id]/remarks": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({
      ...meeting(w),
      body: { speakerPersonId: w.inviteeId, summary: "The ministry supports the plan." },
    }),
  },
  "PATCH /api/v1/meetings/[id]/remarks/[remarkId]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({
      params: { id: w.meetingId, remarkId: w.remarkId },
      body: { version: 1, summary: "The ministry supports the revised plan." },
    }),
  },
  "DELETE /api/v1/meetings/[id]/remarks/[remarkId]": {
    expect: inPath({ ADMIN: 204, SECRETARIAT: 204, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.meetingId, remarkId: w.remarkId }, query: { version: "1" } }),
  },
  "GET /api/v1/meetings/[id]/decisions": { expect: inPath(all(200)), request: meeting },
  "POST /api/v1/meetings/[id]/decisions": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { text: "The work plan is approved." } }),
  },
  "PATCH /api/v1/meetings/[id]/decisions/[decisionId]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({
      params: { id: w.meetingId, decisionId: w.decisionId },
      body: { version: 1, text: "The work plan is approved as amended." },
    }),
  },
  "DELETE /api/v1/meetings/[id]/decisions/[decisionId]": {
    expect: inPath({ ADMIN: 204, SECRETARIAT: 204, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.meetingId, decisionId: w.decisionId }, query: { version: "1" } }),
  },
  "GET /api/v1/meetings/[id]/action-items": { expect: inPath(all(200)), request: meeting },
  "POST /api/v1/meetings/[id]/action-items": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ ...meeting(w), body: { title: "Circulate the revised budget" } }),
  },
  "PATCH /api/v1/meetings/[id]/action-items/[actionItemId]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({
      params: { id: w.meetingId, actionItemId: w.actionItemId },
      body: { version: 1, status: "IN_PROGRESS" },
    }),
  },
  "DELETE /api/v1/meetings/[id]/action-items/[actionItemId]": {
    expect: inPath({ ADMIN: 204, SECRETARIAT: 204, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.meetingId, actionItemId: w.actionItemId }, query: { version: "1" } }),
  },
  // An action item's page and progress updates: whoever reads the item reads them (the member is
  // invited to the meeting); the secretariat and coordinators update; a member only an item of their
  // organisation (the world's items have no owner).
  "GET /api/v1/action-items/[id]": {
    expect: inPath(all(200)),
    request: (w) => ({ params: { id: w.actionItemId } }),
  },
  "GET /api/v1/action-items/[id]/updates": {
    expect: inPath(all(200)),
    request: (w) => ({ params: { id: w.actionItemId } }),
  },
  "POST /api/v1/action-items/[id]/updates": {
    expect: inPath({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 201, MEMBER: 404 }),
    request: (w) => ({
      params: { id: w.actionItemId },
      body: { body: "The slides were shared with the members.", statusAfter: "IN_PROGRESS" },
    }),
  },

  // Carry-over: the open action items of earlier meetings, read with the meeting (the member is
  // invited); recording one is POST /api/v1/action-items/{id}/updates with meetingId.
  "GET /api/v1/meetings/[id]/carried-over": { expect: inPath(all(200)), request: meeting },

  // The follow-up register: every role reads some action items (action:read, action:read-own, or
  // those of the meetings one reads). Filtered by ?programmeId: B's or a missing one is an empty page.
  "GET /api/v1/action-items": {
    expect: byProgramme(all(200), 200, { own: 200, other: 200, missing: 200 }),
    request: (w) => ({ query: { programmeId: w.programmeId } }),
  },

  // Accountability: whoever reads some of the programme's action items (the member is invited to the
  // meeting that raised the world's item); B's programme and a missing one are the same 404.
  "GET /api/v1/programmes/[id]/accountability": {
    expect: inPath(all(200)),
    request: (w) => ({ params: { id: w.programmeId } }),
  },

  // Programmes: programme:read to read; programme:manage (ADMIN) to edit; creating needs a global role.
  "GET /api/v1/programmes": {
    // Filtered to the programmes one may read: an empty page for a member, never B's.
    expect: once(all(200), 200),
    request: () => ({}),
  },
  "POST /api/v1/programmes": {
    expect: once(all(404), 201),
    request: () => ({ body: { title: `Programme ${uid()}`, country: "Indonesia" } }),
  },
  "GET /api/v1/programmes/[id]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.programmeId } }),
  },
  "PATCH /api/v1/programmes/[id]": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 404, COORDINATOR: 404, MEMBER: 404 }),
    // The programme is shared by the cases, so each sends the version it finds now.
    request: async (w) => ({
      params: { id: w.programmeId },
      body: { version: await programmeVersion(w.programmeId), fund: "Joint SDG Fund" },
    }),
    fresh: false,
    serial: true,
  },
  "GET /api/v1/programmes/[id]/attendance/stats": {
    expect: inPath({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.programmeId } }),
  },
  "GET /api/v1/programmes/[id]/calendar.ics": {
    // Members get the feed of the meetings they are invited to.
    expect: inPath(all(200)),
    request: (w) => ({ params: { id: w.programmeId } }),
  },

  // The directory: one for the whole instance; directory:read / directory:manage held anywhere.
  "GET /api/v1/organisations": {
    expect: once({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404 }, 200),
    request: () => ({}),
  },
  "POST /api/v1/organisations": {
    expect: once({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }, 201),
    request: () => ({ body: { name: `Ministry ${uid()}`, kind: "GOVERNMENT_MINISTRY" } }),
  },
  "PATCH /api/v1/organisations/[id]": {
    expect: inDirectory({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.organisationId }, body: { version: 1, acronym: "MNDP" } }),
  },
  "POST /api/v1/organisations/[id]/merge": {
    expect: inDirectory({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.organisationId }, body: { into: w.mergeIntoId, version: 1 } }),
  },
  "GET /api/v1/people": {
    expect: once({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404 }, 200),
    request: () => ({}),
  },
  "POST /api/v1/people": {
    expect: once({ ADMIN: 201, SECRETARIAT: 201, COORDINATOR: 404, MEMBER: 404 }, 201),
    request: () => ({ body: { name: "Siti Rahma", email: `siti-${uid()}@example.test` } }),
  },
  "GET /api/v1/people/[id]": {
    expect: inDirectory({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.inviteeId } }),
  },
  "PATCH /api/v1/people/[id]": {
    expect: inDirectory({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }),
    request: (w) => ({ params: { id: w.inviteeId }, body: { version: 1, position: "Director" } }),
  },
  "GET /api/v1/people/export.csv": {
    expect: once({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 200, MEMBER: 404 }, 200),
    request: () => ({}),
  },
  "POST /api/v1/people/import": {
    expect: once({ ADMIN: 200, SECRETARIAT: 200, COORDINATOR: 404, MEMBER: 404 }, 200),
    request: () => ({
      body: `name,email\nBudi Santoso,budi-${uid()}@example.test\n`,
      headers: { "content-type": "text/csv" },
    }),
  },

  // Public holidays: anyone signed in reads them; only a global role changes them (holiday:manage,
  // an instance permission like instance:admin), so a programme's ADMIN gets 404 like everyone else.
  "GET /api/v1/holidays": {
    expect: once(all(200), 200),
    request: () => ({ query: { year: "2026" } }),
  },
  "POST /api/v1/holidays": {
    expect: once(all(404), 201),
    request: () => ({ body: { date: nextHolidayDate(), nameEn: "Founding Day", nameId: "Hari Jadi" } }),
  },
  "PATCH /api/v1/holidays/[id]": {
    expect: inDirectory(all(404), 200),
    request: (w) => ({
      params: { id: w.holidayId },
      body: { version: 1, nameEn: "Founding Day (observed)" },
    }),
  },
  "DELETE /api/v1/holidays/[id]": {
    expect: inDirectory(all(404), 204),
    request: (w) => ({ params: { id: w.holidayId }, query: { version: "1" } }),
  },

  // The API's description is public.
  "GET /api/v1/openapi.json": { expect: once(all(200), 200, 200), request: () => ({}) },
};

// ─── Records and callers ────────────────────────────────────────────────────────────────────────

async function programmeVersion(id: string): Promise<number> {
  return (await db().programme.findUnique({ where: { id }, select: { version: true } }))?.version ?? 1;
}

type TProgramme = { id: string; title: string };

/** Ids of programme B's records: no 2xx answer to a caller without a role in B may contain one. */
const secretsOfB = new Set<string>();
/** A meeting of programme A the member is not invited to: no 2xx answer to the member may name it. */
let hiddenFromMember: string;
let programmeA: TProgramme;
let programmeB: TProgramme;
let memberPersonId: string;

/** A meeting of `programme` with one record of each kind, the member's person invited to it. */
async function buildWorld(programme: TProgramme): Promise<TWorld> {
  const m = await createMeeting(programme.id, { status: "SCHEDULED" });
  const [invitee, newPerson, organisation, mergeInto] = await Promise.all([
    createPerson(),
    createPerson(),
    createOrganisation(),
    createOrganisation(),
  ]);
  const [invitation] = await Promise.all([invite(m.id, invitee.id), invite(m.id, memberPersonId)]);
  const item = (order: number) =>
    db().agendaItem.create({ data: { meetingId: m.id, order, title: `Item ${order}` } });
  const [first, second, remark, decision, actionItem, link, , holiday] = await Promise.all([
    item(1),
    item(2),
    db().remark.create({
      data: { meetingId: m.id, speakerPersonId: invitee.id, order: 1, summary: "Opening words." },
    }),
    db().decision.create({ data: { meetingId: m.id, number: 1, text: "The agenda is adopted." } }),
    db().actionItem.create({
      data: { meetingId: m.id, programmeId: programme.id, title: "Share the slides" },
    }),
    db().link.create({
      data: {
        purpose: "RSVP",
        personId: invitee.id,
        subjectId: invitation.id,
        programmeId: programme.id,
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
      },
    }),
    db().coChair.create({ data: { meetingId: m.id, personId: invitee.id, capacity: "Chair", order: 1 } }),
    db().holiday.create({
      data: { date: new Date(`${nextHolidayDate()}T00:00:00Z`), nameEn: "Test day", nameId: "Hari uji" },
    }),
  ]);
  const versionCount = programme.id === programmeB.id ? 3 : 2;
  const minutes = await db().minutes.create({
    data: {
      meetingId: m.id,
      versions: {
        create: Array.from({ length: versionCount }, (_, i) => ({
          number: i + 1,
          note: i === 0 ? null : `Revision ${i + 1}`,
          content: {
            agenda: [],
            attendance: { participants: [] },
            remarks: [],
            decisions: [],
            actionItems: [],
          },
        })),
      },
    },
    select: { versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
  });
  const comment = await db().reviewComment.create({
    data: {
      minutesVersionId: minutes.versions[0].id,
      authorPersonId: invitee.id,
      anchor: `decision-${decision.id}`,
      body: "Please reword.",
    },
  });
  const world: TWorld = {
    programmeId: programme.id,
    programmeTitle: programme.title,
    meetingId: m.id,
    agendaItemIds: [first.id, second.id],
    remarkId: remark.id,
    decisionId: decision.id,
    actionItemId: actionItem.id,
    inviteeId: invitee.id,
    invitationId: invitation.id,
    linkId: link.id,
    newPersonId: newPerson.id,
    organisationId: organisation.id,
    mergeIntoId: mergeInto.id,
    holidayId: holiday.id,
    commentId: comment.id,
    minutesVersion: String(versionCount),
  };
  if (programme.id === programmeB.id) {
    // B's own records; the people and organisations are the (instance-wide) directory's.
    const w = world;
    const ofB = [w.programmeId, w.programmeTitle, w.meetingId, ...w.agendaItemIds, w.remarkId, w.decisionId];
    for (const id of [...ofB, w.actionItemId, w.invitationId, w.linkId, w.commentId]) secretsOfB.add(id);
  }
  return world;
}

/** Ids that name nothing, in every field. */
const missingWorld = (): TWorld => ({
  programmeId: missingId(),
  programmeTitle: `Programme ${missingId()}`,
  meetingId: missingId(),
  agendaItemIds: [missingId(), missingId()],
  remarkId: missingId(),
  decisionId: missingId(),
  actionItemId: missingId(),
  inviteeId: missingId(),
  invitationId: missingId(),
  linkId: missingId(),
  newPersonId: missingId(),
  organisationId: missingId(),
  mergeIntoId: missingId(),
  holidayId: missingId(),
  commentId: missingId(),
  minutesVersion: missingId(),
});

const tokens = {} as Record<TCaller, string | null>;
const shared = {} as Record<TScope, TWorld>;

beforeAll(async () => {
  programmeA = await createProgramme();
  programmeB = await createProgramme();
  // Every adoption method, so the co-chairs' approval routes can succeed.
  await db().programme.updateMany({
    where: { id: { in: [programmeA.id, programmeB.id] } },
    data: { adoptionMethods: ["AT_MEETING", "NO_OBJECTION", "CO_CHAIRS"] },
  });
  secretsOfB.add(programmeB.id);
  memberPersonId = (await createPerson()).id;
  const users = {
    ADMIN: await createUser({ role: "ADMIN", programmeId: programmeA.id }),
    SECRETARIAT: await createUser({ role: "SECRETARIAT", programmeId: programmeA.id }),
    COORDINATOR: await createUser({ role: "COORDINATOR", programmeId: programmeA.id }),
    MEMBER: await createUser({ role: "MEMBER", programmeId: programmeA.id, personId: memberPersonId }),
    GLOBAL_ADMIN: await createUser({ role: "ADMIN" }),
  };
  for (const [caller, user] of Object.entries(users)) tokens[caller as TCaller] = await tokenFor(user);
  tokens.ANONYMOUS = null;
  shared.own = await buildWorld(programmeA);
  shared.other = await buildWorld(programmeB);
  shared.missing = missingWorld();
  // The latest meeting of all, so it heads every page of meetings (newest first).
  hiddenFromMember = (await createMeeting(programmeA.id, { startsAt: new Date("2030-01-06T02:00:00Z") })).id;
  const exported = await send(byKey("GET /api/v1/meetings/[id]/export"), "GLOBAL_ADMIN", {
    params: { id: shared.own.meetingId },
  });
  expect(exported.status).toBe(200);
  bundleTemplate = JSON.parse(exported.text);
});

// ─── Running the cases ──────────────────────────────────────────────────────────────────────────

const routes = await discoverApiRoutes();
const byKey = (key: string) => {
  const route = routes.find((r) => r.key === key);
  if (!route) throw new Error(`no route ${key}`);
  return route;
};

type TAnswer = { status: number; text: string; json: unknown };

async function send(route: TApiRoute, caller: TCaller, request: TRequest): Promise<TAnswer> {
  const query = request.query ? `?${new URLSearchParams(request.query)}` : "";
  const url = `http://localhost${fillPath(route.path, request.params ?? {})}${query}`;
  const res = await route.handler(
    apiRequest(url, {
      method: route.method,
      token: tokens[caller],
      body: request.body,
      headers: request.headers,
    }),
    { params: Promise.resolve(request.params ?? {}) },
  );
  // Latin-1 keeps every byte of a PDF or DOCX, so the leak check can search any answer.
  const text = Buffer.from(await res.arrayBuffer()).toString("latin1");
  let json: unknown = null;
  if ((res.headers.get("content-type") ?? "").includes("json")) json = JSON.parse(text);
  return { status: res.status, text, json };
}

/** Runs `tasks` with at most `size` at a time. */
async function inPool<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
  return results;
}

const errorCode = (answer: TAnswer) => (answer.json as { error?: { code?: string } } | null)?.error?.code;
const isSuccess = (status: number) => status >= 200 && status < 300;
const scopesOfEntry = (entry: TEntry) => Object.keys(entry.expect.ANONYMOUS) as TScope[];

/** Every case of one route; what differs from the table, as lines that name caller and scope. */
async function runRoute(route: TApiRoute, entry: TEntry): Promise<string[]> {
  const fresh = entry.fresh ?? (route.method !== "GET" && route.params.length > 0);
  const cases = CALLERS.flatMap((caller) => scopesOfEntry(entry).map((scope) => ({ caller, scope })));
  const answers = await inPool(
    cases.map(({ caller, scope }) => async () => {
      const needsFresh = fresh && scope !== "missing" && caller !== "ANONYMOUS";
      const world = needsFresh ? await buildWorld(scope === "own" ? programmeA : programmeB) : shared[scope];
      return send(route, caller, await entry.request(world));
    }),
    entry.serial ? 1 : 4,
  );
  const problems: string[] = [];
  cases.forEach(({ caller, scope }, i) => {
    const answer = answers[i];
    const expected = entry.expect[caller][scope];
    const at = `${caller} × ${scope}`;
    if (answer.status !== expected) {
      problems.push(`${at}: expected ${expected}, got ${answer.status} ${answer.text.slice(0, 300)}`);
    }
    if (answer.status === 404 && errorCode(answer) !== "NOT_FOUND") {
      problems.push(`${at}: a 404 without error.code NOT_FOUND: ${answer.text.slice(0, 200)}`);
    }
    if (answer.status === 401 && errorCode(answer) !== "UNAUTHENTICATED") {
      problems.push(`${at}: a 401 without error.code UNAUTHENTICATED: ${answer.text.slice(0, 200)}`);
    }
    if (isSuccess(answer.status) && caller !== "GLOBAL_ADMIN") {
      const leaked = [...secretsOfB].filter((secret) => answer.text.includes(secret));
      if (leaked.length > 0) problems.push(`${at}: answered programme B's ${leaked.join(", ")}`);
    }
    if (isSuccess(answer.status) && caller === "MEMBER" && answer.text.includes(hiddenFromMember)) {
      problems.push(`${at}: answered a meeting the member is not invited to (${hiddenFromMember})`);
    }
  });
  // Forbidden and missing: the same status must also be the same answer, byte for byte.
  for (const caller of CALLERS) {
    const other = cases.findIndex((c) => c.caller === caller && c.scope === "other");
    const missing = cases.findIndex((c) => c.caller === caller && c.scope === "missing");
    if (other < 0 || missing < 0) continue;
    const [a, b] = [answers[other], answers[missing]];
    if (a.status === b.status && !isSuccess(a.status) && a.text !== b.text) {
      problems.push(`${caller}: other and missing differ: ${a.text.slice(0, 200)} ≠ ${b.text.slice(0, 200)}`);
    }
  }
  return problems;
}

/**
 * A record of programme B named under a meeting of programme A (/meetings/{A}/remarks/{B's remark}):
 * each caller gets the same 404, byte for byte, as for an id under that meeting that names nothing.
 */
async function runCrossed(route: TApiRoute, entry: TEntry): Promise<string[]> {
  const fresh = entry.fresh ?? route.method !== "GET";
  const problems: string[] = [];
  const callers = CALLERS.filter((caller) => caller !== "ANONYMOUS");
  await inPool(
    callers.map((caller) => async () => {
      const [own, other] = fresh
        ? await Promise.all([buildWorld(programmeA), buildWorld(programmeB)])
        : [shared.own, shared.other];
      const parent = {
        programmeId: own.programmeId,
        programmeTitle: own.programmeTitle,
        meetingId: own.meetingId,
      };
      const crossed = await send(route, caller, await entry.request({ ...other, ...parent }));
      const missing = await send(route, caller, await entry.request({ ...missingWorld(), ...parent }));
      if (crossed.status !== 404 || crossed.text !== missing.text) {
        problems.push(
          `${caller}: B's record answered ${crossed.status} ${crossed.text.slice(0, 200)}; a missing one ${missing.status} ${missing.text.slice(0, 200)}`,
        );
      }
    }),
    4,
  );
  return problems;
}

/** Route × caller × scope: the requests the matrix makes. */
const CASE_COUNT = Object.values(MATRIX).reduce((n, e) => n + CALLERS.length * scopesOfEntry(e).length, 0);

describe("authorization matrix of /api/v1", () => {
  it(`has exactly one entry per route and method on disk (${CASE_COUNT} cases)`, () => {
    const discovered = routes.map((r) => r.key);
    expect(discovered.length).toBeGreaterThan(40);
    expect({
      routesWithoutEntry: discovered.filter((key) => !(key in MATRIX)),
      entriesWithoutRoute: Object.keys(MATRIX).filter((key) => !discovered.includes(key)),
    }).toEqual({ routesWithoutEntry: [], entriesWithoutRoute: [] });
  });

  it("lets someone succeed on every route, so its refusals are about access, not the request", () => {
    const neverSucceeds = Object.entries(MATRIX)
      .filter(([, entry]) => !Object.values(entry.expect).some((s) => Object.values(s).some(isSuccess)))
      .map(([key]) => key);
    expect(neverSucceeds).toEqual([]);
  });

  it("finds the hidden records where they may be read, so the leak checks are not vacuous", async () => {
    const list = byKey("GET /api/v1/meetings");
    const inB = { programmeId: programmeB.id };
    expect((await send(list, "GLOBAL_ADMIN", { query: inB })).text).toContain(shared.other.meetingId);
    expect((await send(list, "SECRETARIAT", { query: inB })).text).not.toContain(shared.other.meetingId);
    const inA = { programmeId: programmeA.id };
    expect((await send(list, "SECRETARIAT", { query: inA })).text).toContain(hiddenFromMember);
    expect((await send(list, "MEMBER", { query: inA })).text).not.toContain(hiddenFromMember);
  });

  it.each(routes.map((route) => [route.key, route] as const))("%s", async (key, route) => {
    const entry = MATRIX[key];
    if (!entry) throw new Error(`${key} has no entry in the authorization matrix (MATRIX)`);
    const problems = await runRoute(route, entry);
    expect(problems, `${key}\n${problems.join("\n")}`).toEqual([]);
  });
});

describe("a record of programme B under a meeting of programme A is as missing as no record", () => {
  const nested = routes.filter((route) => route.params.length > 1);
  it.each(nested.map((route) => [route.key, route] as const))("%s", async (key, route) => {
    const entry = MATRIX[key];
    if (!entry) throw new Error(`${key} has no entry in the authorization matrix (MATRIX)`);
    const problems = await runCrossed(route, entry);
    expect(problems, `${key}\n${problems.join("\n")}`).toEqual([]);
  });
});
