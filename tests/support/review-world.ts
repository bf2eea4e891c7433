// The cast of the review-cycle integration tests (tests/integration/minutes-review*.test.ts): a
// programme with a held meeting and version 1 of its draft minutes, present participants of two
// ministries (one reads Indonesian), one without an organisation, one without an e-mail address and
// one absent; the secretariat (two users), a coordinator, a member and another programme's
// secretariat as bearer tokens; and the API calls the tests make, through the route handlers.
// Import it after stubbing the environment (SMTP_URL, APP_URL): it loads the app's modules.
import { randomBytes } from "node:crypto";
import * as adoptRoute from "@/app/api/v1/meetings/[id]/minutes/adopt/route";
import * as approveAppRoute from "@/app/api/v1/meetings/[id]/minutes/approve/route";
import * as circulateRoute from "@/app/api/v1/meetings/[id]/minutes/circulate/route";
import * as disposeRoute from "@/app/api/v1/meetings/[id]/minutes/comments/[commentId]/route";
import * as diffRoute from "@/app/api/v1/meetings/[id]/minutes/diff/route";
import * as stateRoute from "@/app/api/v1/meetings/[id]/minutes/review/route";
import * as versionsRoute from "@/app/api/v1/meetings/[id]/minutes/versions/route";
import * as reviewRoute from "@/app/api/v1/review/[token]/route";
import * as answerRoute from "@/app/api/v1/review/[token]/answer/route";
import * as approveRoute from "@/app/api/v1/review/[token]/approve/route";
import * as commentsRoute from "@/app/api/v1/review/[token]/comments/route";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AdoptionMethod, ReviewVisibility } from "@/lib/generated/prisma/enums";
import { createMeeting, createOrganisation, createProgramme, createUser, tokenFor } from "../factories";
import { callRoute } from "./call-route";
import { mailParts, type TReceivedMail } from "./smtp-server";

const uid = () => randomBytes(4).toString("hex");

export const APP_URL = "https://psc.example.test";

type TPersonInput = { name: string; organisationId: string | null; language: "en" | "id"; email: boolean };

async function person({ name, organisationId, language, email }: TPersonInput) {
  const id = uid();
  return db().person.create({
    data: {
      name: `${name} ${id}`,
      email: email ? `${name.toLowerCase()}-${id}@example.test` : null,
      organisationId,
      language,
    },
    select: { id: true, name: true, email: true, organisationId: true, language: true },
  });
}

export type TWorldOptions = {
  adoptionMethods?: AdoptionMethod[];
  reviewVisibility?: ReviewVisibility;
  /** Who co-chairs the meeting (default: nobody). */
  coChairs?: ("ana" | "budi")[];
};

/**
 * A programme with a held meeting, its record (an agenda item, a remark, a decision, an action
 * item) and version 1 of its draft minutes (cut through the API, so the meeting is MINUTES_DRAFT).
 * Present: Ana and Citra (ministry A, English), Budi (ministry B, Indonesian), Dina (no
 * organisation) — all with an e-mail address — and Eko (ministry B, no address); Fajar (ministry A)
 * was invited and absent. The member user is Ana.
 */
export async function reviewWorld(options: TWorldOptions = {}) {
  const programme = await db().programme.create({
    data: {
      title: `Programme ${uid()}`,
      country: "Indonesia",
      ...(options.adoptionMethods ? { adoptionMethods: options.adoptionMethods } : {}),
      ...(options.reviewVisibility ? { reviewVisibility: options.reviewVisibility } : {}),
    },
  });
  const otherProgramme = await createProgramme();
  const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
  const people = {
    ana: await person({ name: "Ana", organisationId: orgA.id, language: "en", email: true }),
    citra: await person({ name: "Citra", organisationId: orgA.id, language: "en", email: true }),
    budi: await person({ name: "Budi", organisationId: orgB.id, language: "id", email: true }),
    dina: await person({ name: "Dina", organisationId: null, language: "en", email: true }),
    eko: await person({ name: "Eko", organisationId: orgB.id, language: "id", email: false }),
    fajar: await person({ name: "Fajar", organisationId: orgA.id, language: "en", email: true }),
  };
  const meeting = await createMeeting(programme.id, { status: "HELD" });
  for (const [key, p] of Object.entries(people)) {
    await db().invitation.create({
      data: {
        meetingId: meeting.id,
        personId: p.id,
        invitedAt: new Date(),
        attendance: key === "fajar" ? "ABSENT" : "PRESENT",
      },
    });
  }
  for (const [order, key] of (options.coChairs ?? []).entries()) {
    await db().coChair.create({
      data: { meetingId: meeting.id, personId: people[key].id, capacity: "Co-chair", order },
    });
  }
  const agendaItem = await db().agendaItem.create({
    data: { meetingId: meeting.id, order: 1, title: "Work plan 2027" },
  });
  const remark = await db().remark.create({
    data: {
      meetingId: meeting.id,
      agendaItemId: agendaItem.id,
      speakerPersonId: people.budi.id,
      order: 1,
      summary: "The ministry supports the work plan.",
    },
  });
  const decision = await db().decision.create({
    data: {
      meetingId: meeting.id,
      agendaItemId: agendaItem.id,
      number: 1,
      text: "The work plan 2027 is approved.",
    },
  });
  const actionItem = await db().actionItem.create({
    data: { meetingId: meeting.id, programmeId: programme.id, title: "Share the revised budget" },
  });

  const users = {
    secretariat: await createUser({ role: "SECRETARIAT", programmeId: programme.id }),
    secretariat2: await createUser({ role: "SECRETARIAT", programmeId: programme.id }),
    coordinator: await createUser({ role: "COORDINATOR", programmeId: programme.id }),
    member: await createUser({ role: "MEMBER", programmeId: programme.id, personId: people.ana.id }),
    outsider: await createUser({ role: "SECRETARIAT", programmeId: otherProgramme.id }),
  };
  const tokens = {
    secretariat: await tokenFor(users.secretariat),
    secretariat2: await tokenFor(users.secretariat2),
    coordinator: await tokenFor(users.coordinator),
    member: await tokenFor(users.member),
    outsider: await tokenFor(users.outsider),
  };
  /** The secretariat's access, for the services called with a `now` of the test's choosing. */
  const secretariatAccess: TAccess = {
    userId: users.secretariat.id,
    personId: null,
    globalRole: null,
    memberships: new Map([[programme.id, "SECRETARIAT"]]),
  };
  const world = {
    programme,
    meeting,
    orgA,
    orgB,
    people,
    users,
    tokens,
    secretariatAccess,
    record: { agendaItem, remark, decision, actionItem },
    anchors: {
      agenda: `agenda-${agendaItem.id}`,
      remark: `remark-${remark.id}`,
      decision: `decision-${decision.id}`,
      action: `action-${actionItem.id}`,
    },
  };
  const cut = await cutVersion(world, tokens.secretariat);
  if (cut.status !== 201) throw new Error(`version 1 was not cut: ${cut.status} ${await cut.text()}`);
  return world;
}

export type TReviewWorld = Awaited<ReturnType<typeof reviewWorld>>;

/** The reviewers a world circulates to by default (present, with an e-mail address). */
export const REVIEWERS = ["ana", "citra", "budi", "dina"] as const;
export type TReviewerKey = (typeof REVIEWERS)[number];

// ─── The API, as the tests call it ─────────────────────────────────────────────────────────────

const meetingUrl = (w: TReviewWorld, rest: string) => `/api/v1/meetings/${w.meeting.id}/${rest}`;

export const cutVersion = (w: Pick<TReviewWorld, "meeting">, token: string, note?: string) =>
  callRoute(versionsRoute.POST, `/api/v1/meetings/${w.meeting.id}/minutes/versions`, {
    method: "POST",
    token,
    body: note ? { note } : {},
    params: { id: w.meeting.id },
  });

export const circulate = (w: TReviewWorld, body: unknown = { number: 1 }, token = w.tokens.secretariat) =>
  callRoute(circulateRoute.POST, meetingUrl(w, "minutes/circulate"), {
    method: "POST",
    token,
    body,
    params: { id: w.meeting.id },
  });

export const reviewState = (w: TReviewWorld, token = w.tokens.secretariat) =>
  callRoute(stateRoute.GET, meetingUrl(w, "minutes/review"), { token, params: { id: w.meeting.id } });

export const dispose = (w: TReviewWorld, commentId: string, body: unknown, token = w.tokens.secretariat) =>
  callRoute(disposeRoute.PATCH, meetingUrl(w, `minutes/comments/${commentId}`), {
    method: "PATCH",
    token,
    body,
    params: { id: w.meeting.id, commentId },
  });

export const diff = (w: TReviewWorld, from: number, to: number) =>
  callRoute(diffRoute.GET, meetingUrl(w, `minutes/diff?from=${from}&to=${to}`), {
    token: w.tokens.secretariat,
    params: { id: w.meeting.id },
  });

export const adopt = (w: TReviewWorld, body: unknown, token = w.tokens.secretariat) =>
  callRoute(adoptRoute.POST, meetingUrl(w, "minutes/adopt"), {
    method: "POST",
    token,
    body,
    params: { id: w.meeting.id },
  });

/** A co-chair's approval in the app (the member's bearer token). */
export const approveInApp = (w: TReviewWorld, body: unknown, token = w.tokens.member) =>
  callRoute(approveAppRoute.POST, meetingUrl(w, "minutes/approve"), {
    method: "POST",
    token,
    body,
    params: { id: w.meeting.id },
  });

// The public routes: the token is the credential, no other is sent.
const reviewUrl = (token: string, rest = "") => `/api/v1/review/${encodeURIComponent(token)}${rest}`;

export const openReview = (token: string) =>
  callRoute(reviewRoute.GET, reviewUrl(token), { params: { token } });
export const commentByLink = (token: string, body: unknown) =>
  callRoute(commentsRoute.POST, reviewUrl(token, "/comments"), { method: "POST", body, params: { token } });
export const answerByLink = (token: string, body: unknown) =>
  callRoute(answerRoute.POST, reviewUrl(token, "/answer"), { method: "POST", body, params: { token } });
export const approveByLink = (token: string, body: unknown) =>
  callRoute(approveRoute.POST, reviewUrl(token, "/approve"), { method: "POST", body, params: { token } });

// ─── Mail ──────────────────────────────────────────────────────────────────────────────────────

/** The plain-text part of a mail, decoded. */
export function mailText(mail: TReceivedMail): string {
  const part = mailParts(mail.raw).find((p) => p.contentType.startsWith("text/plain"));
  if (!part) throw new Error("a mail without a text part");
  return part.body;
}

/** The Subject header as a reader sees it (folded lines joined, RFC 2047 words decoded). */
export function mailSubject(mail: TReceivedMail): string {
  const head = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/));
  const raw = /^subject:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(head)?.[1] ?? "";
  return raw
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

/** The review link's token in a mail: /review/<token>. */
export function reviewTokenIn(mail: TReceivedMail): string {
  const match = new RegExp(`${APP_URL.replace(/\./g, "\\.")}/review/([A-Za-z0-9_.-]+)`).exec(mailText(mail));
  if (!match) throw new Error(`no review link in: ${mailText(mail)}`);
  return match[1];
}

// ─── What a refused request must not have written ──────────────────────────────────────────────

/** The rows a review write adds or changes: compared before and after a refused request. */
export async function reviewFootprint() {
  const links = await db().link.aggregate({ _sum: { useCount: true } });
  return {
    comments: await db().reviewComment.count(),
    answers: await db().reviewAnswer.count(),
    approvals: await db().coChairApproval.count(),
    auditEvents: await db().auditEvent.count(),
    linkUses: links._sum.useCount ?? 0,
  };
}

/** Who received what in a world, from the test's SMTP server. */
export function mailboxes(smtp: { received: TReceivedMail[]; to: (address: string) => TReceivedMail[] }) {
  const mailsTo = (w: TReviewWorld, key: keyof TReviewWorld["people"]) =>
    smtp.to(w.people[key].email ?? "(no address)");
  return {
    mailsTo,
    /** Every mail to anyone of the world. */
    mailsOf: (w: TReviewWorld) => {
      const addresses = new Set(Object.values(w.people).map((p) => p.email));
      return smtp.received.filter((m) => m.to.some((to) => addresses.has(to)));
    },
    /** The reviewer's personal link, from the last mail they received with one (not the notice). */
    linkOf: (w: TReviewWorld, key: TReviewerKey) => {
      const mail = mailsTo(w, key).findLast((m) => mailText(m).includes(`${APP_URL}/review/`));
      if (!mail) throw new Error(`no review link was mailed to ${key}`);
      return reviewTokenIn(mail);
    },
  };
}

/** A world whose version 1 is circulated to its default reviewers (through the API). */
export async function circulatedWorld(options?: TWorldOptions) {
  const w = await reviewWorld(options);
  const res = await circulate(w);
  if (res.status !== 200) throw new Error(`not circulated: ${res.status} ${await res.text()}`);
  return w;
}
