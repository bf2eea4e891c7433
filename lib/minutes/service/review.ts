// The reviewer's side of the review cycle, the same whether they come through their personal link
// (no password: the link is the credential, opened again on every call) or signed in with
// minutes:review: the circulated version as a document with its anchors, the comments they may
// see, their organisation's answer; and their writes — a comment (editorial or substantive, with
// replacement text), the organisation's answer (no comments, comments submitted, objection with a
// reason) and a co-chair's approval. Writes are refused (409) on a version that is no longer open:
// adopted, or superseded by a newer one. A link that does not open is 404 and writes nothing.
import "server-only";
import { LOCALES, toLocale, type TLocale } from "@/i18n/locales";
import { can, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findLiveLink, linkActor, recordLinkUse, type TOpenLink } from "@/lib/link/service";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { parseInput } from "@/lib/validation";
import type { TMeetingRecord } from "../record-schema";
import { anchorsOf, type TAnchor } from "../review-anchors";
import {
  ZApproveMinutes,
  ZReviewAnswer,
  ZReviewComment,
  type TReviewAnswerInput,
  type TReviewCommentInput,
  type TReviewCommentOut,
} from "../review-schema";
import { adoptMinutesBySystem } from "./adoption";
import { haltOnObjection, notifyObjection, sendAdoptionNotices } from "./no-objection";
import { COMMENT_SELECT, toCommentOut } from "./review-comments";

/** Who is reviewing: a reviewer of one version, reached by link or by their signed-in user. */
export type TReviewer = {
  reviewerId: string;
  versionId: string;
  personId: string;
  name: string;
  language: string;
  organisationId: string | null;
  organisation: { id: string; name: string; acronym: string | null } | null;
  /** The organisation's id, or "person:<id>" for a reviewer without one. */
  groupKey: string;
};

export type TReviewAccess =
  { via: "link"; link: TOpenLink; reviewer: TReviewer } | { via: "app"; userId: string; reviewer: TReviewer };

const REVIEWER_SELECT = {
  id: true,
  minutesVersionId: true,
  organisationId: true,
  person: {
    select: {
      id: true,
      name: true,
      language: true,
      organisation: { select: { id: true, name: true, acronym: true } },
    },
  },
} as const;

type TReviewerRow = {
  id: string;
  minutesVersionId: string;
  organisationId: string | null;
  person: {
    id: string;
    name: string;
    language: string;
    organisation: { id: string; name: string; acronym: string | null } | null;
  };
};

const toReviewer = (r: TReviewerRow): TReviewer => ({
  reviewerId: r.id,
  versionId: r.minutesVersionId,
  personId: r.person.id,
  name: r.person.name,
  language: r.person.language,
  organisationId: r.organisationId,
  organisation: r.organisationId ? r.person.organisation : null,
  groupKey: r.organisationId ?? `person:${r.person.id}`,
});

/** The reviewer a review link opens, or null: forged, expired, revoked, other purpose or person. */
export async function openReviewLink(
  token: string,
  tx: Pick<TTx, "link" | "minutesReviewer"> = db(),
): Promise<TReviewAccess | null> {
  const link = await findLiveLink(token, "MINUTES_REVIEW", tx);
  if (!link) return null;
  const row = await tx.minutesReviewer.findUnique({ where: { id: link.subjectId }, select: REVIEWER_SELECT });
  if (!row || row.person.id !== link.personId) return null;
  return { via: "link", link, reviewer: toReviewer(row) };
}

/**
 * The signed-in member's review of a meeting's minutes: they hold minutes:review in its programme,
 * may read the meeting, and the latest circulated version was circulated to them. 404 otherwise.
 */
export async function appReviewAccess(access: TAccess, meetingId: string): Promise<TReviewAccess> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { programmeId: true, minutes: { select: { id: true } } },
  });
  if (!meeting || !access.personId || !can(access, "minutes:review", meeting.programmeId) || !meeting.minutes)
    throw AppError.notFound("reviewLink");
  const row = await db().minutesReviewer.findFirst({
    where: { personId: access.personId, minutesVersion: { minutesId: meeting.minutes.id } },
    orderBy: { minutesVersion: { number: "desc" } },
    select: REVIEWER_SELECT,
  });
  if (!row) throw AppError.notFound("reviewLink");
  return { via: "app", userId: access.userId, reviewer: toReviewer(row) };
}

const actorOf = (a: TReviewAccess): TActor =>
  a.via === "link" ? linkActor("MINUTES_REVIEW") : { userId: a.userId };

/** The version reviewed, its minutes and meeting, as a review needs them. */
async function loadReviewed(tx: Pick<TTx, "minutesVersion">, versionId: string) {
  return tx.minutesVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      content: true,
      reviewOpensAt: true,
      reviewDeadline: true,
      reviewClosesAt: true,
      minutes: {
        select: {
          id: true,
          status: true,
          noObjectionVersion: true,
          noObjectionDeadline: true,
          noObjectionHaltedAt: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
          meeting: {
            select: {
              id: true,
              kind: true,
              sequenceNumber: true,
              title: true,
              timeZone: true,
              programmeId: true,
              programme: { select: { title: true, adoptionMethods: true, reviewVisibility: true } },
              coChairs: {
                orderBy: { order: "asc" },
                select: { person: { select: { id: true, name: true } } },
              },
            },
          },
        },
      },
      approvals: { orderBy: { approvedAt: "asc" }, select: { personId: true, approvedAt: true } },
    },
  });
}

type TReviewed = Awaited<ReturnType<typeof loadReviewed>>;

/** Why a version takes no more comments or answers, or null while it does. */
function closedBecause(v: TReviewed): "adopted" | "superseded" | null {
  if (v.minutes.status === "ADOPTED") return "adopted";
  if ((v.minutes.versions[0]?.number ?? 0) !== v.number) return "superseded";
  return null;
}

export type TReviewPage = {
  locale: TLocale;
  meeting: {
    id: string;
    kind: string;
    sequenceNumber: number;
    title: string;
    timeZone: string;
    programme: string;
  };
  number: number;
  latestNumber: number;
  /** Null while comments and answers are taken. */
  closed: "adopted" | "superseded" | null;
  deadline: string | null;
  noObjection: { deadline: string; isHalted: boolean } | null;
  reviewer: { name: string; organisation: { name: string; acronym: string | null } | null };
  content: TMeetingRecord;
  anchors: TAnchor[];
  comments: TReviewCommentOut[];
  answer: { answer: string; reason: string | null; answeredBy: string | null; answeredAt: string } | null;
  coChair: { canApprove: boolean; hasApproved: boolean } | null;
  approvals: { name: string; approvedAt: string }[];
};

const isLocale = (value: string | null | undefined): value is TLocale =>
  (LOCALES as readonly string[]).includes(value ?? "");

/** What the review screen shows; a link view is a use of the link, audited. */
export async function reviewPage(a: TReviewAccess, chosenLocale?: string | null): Promise<TReviewPage> {
  if (a.via === "link") await db().$transaction((tx) => recordLinkUse(tx, a.link, "view"));
  const v = await loadReviewed(db(), a.reviewer.versionId);
  const m = v.minutes.meeting;
  const content = v.content as unknown as TMeetingRecord;
  const seeAll = m.programme.reviewVisibility === "ALL_REVIEWERS";
  const comments = await db().reviewComment.findMany({
    where: {
      minutesVersion: { minutesId: v.minutes.id },
      ...(seeAll
        ? {}
        : a.reviewer.organisationId
          ? { organisationId: a.reviewer.organisationId }
          : { authorPersonId: a.reviewer.personId }),
    },
    orderBy: { createdAt: "asc" },
    select: COMMENT_SELECT,
  });
  // A comment on an earlier version points into that version: its label and replaced text are read there.
  const earlier = [...new Set(comments.map((c) => c.minutesVersion.number))].filter((n) => n !== v.number);
  const contents = new Map<number, TMeetingRecord>([[v.number, content]]);
  if (earlier.length > 0) {
    const rows = await db().minutesVersion.findMany({
      where: { minutesId: v.minutes.id, number: { in: earlier } },
      select: { number: true, content: true },
    });
    for (const row of rows) contents.set(row.number, row.content as unknown as TMeetingRecord);
  }
  const answer = await db().reviewAnswer.findUnique({
    where: { minutesVersionId_groupKey: { minutesVersionId: v.id, groupKey: a.reviewer.groupKey } },
    select: { answer: true, reason: true, answeredAt: true, personId: true },
  });
  const answeredBy = answer?.personId
    ? ((await db().person.findUnique({ where: { id: answer.personId }, select: { name: true } }))?.name ??
      null)
    : null;
  const closed = closedBecause(v);
  const isCoChair = m.coChairs.some((c) => c.person.id === a.reviewer.personId);
  const hasApproved = v.approvals.some((x) => x.personId === a.reviewer.personId);
  const names = new Map(m.coChairs.map((c) => [c.person.id, c.person.name]));
  const noObjectionHere = v.minutes.noObjectionVersion === v.number && v.minutes.noObjectionDeadline;
  return {
    locale: isLocale(chosenLocale) ? chosenLocale : toLocale(a.reviewer.language),
    meeting: {
      id: m.id,
      kind: m.kind,
      sequenceNumber: m.sequenceNumber,
      title: m.title,
      timeZone: m.timeZone,
      programme: m.programme.title,
    },
    number: v.number,
    latestNumber: v.minutes.versions[0]?.number ?? v.number,
    closed,
    deadline: v.reviewDeadline,
    noObjection: noObjectionHere
      ? { deadline: v.minutes.noObjectionDeadline!.toISOString(), isHalted: !!v.minutes.noObjectionHaltedAt }
      : null,
    reviewer: { name: a.reviewer.name, organisation: a.reviewer.organisation },
    content,
    anchors: anchorsOf(content),
    comments: comments.map((c) => toCommentOut(c, contents.get(c.minutesVersion.number) ?? null)),
    answer: answer
      ? {
          answer: answer.answer,
          reason: answer.reason,
          answeredBy,
          answeredAt: answer.answeredAt.toISOString(),
        }
      : null,
    coChair: isCoChair
      ? {
          canApprove: !closed && !hasApproved && m.programme.adoptionMethods.includes("CO_CHAIRS"),
          hasApproved,
        }
      : null,
    approvals: v.approvals.map((x) => ({
      name: names.get(x.personId) ?? "",
      approvedAt: x.approvedAt.toISOString(),
    })),
  };
}

const refuse = (
  key: "versionClosed" | "methodNotAllowed" | "notCoChair" | "alreadyApproved",
  params?: Record<string, string | number>,
) => new AppError("CONFLICT", `minutesReview.errors.${key}`, { params });

/**
 * A write of the review, in one transaction: the meeting's row is held (shared) so an adoption or
 * a new version waits for it or goes first, never half; the version must still be open.
 */
async function reviewWrite<T>(
  a: TReviewAccess,
  use: string,
  write: (tx: TTx, v: TReviewed) => Promise<T>,
): Promise<T> {
  return db().$transaction(async (tx) => {
    if (a.via === "link") {
      // The link is read again inside the transaction: revoked or expired meanwhile is still 404.
      const live = await tx.link.findFirst({
        where: { id: a.link.id, revokedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
      });
      if (!live) throw AppError.notFound("reviewLink");
    }
    const meetingId = (
      await tx.minutesVersion.findUniqueOrThrow({
        where: { id: a.reviewer.versionId },
        select: { minutes: { select: { meetingId: true } } },
      })
    ).minutes.meetingId;
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR SHARE`;
    const v = await loadReviewed(tx, a.reviewer.versionId);
    const closed = closedBecause(v);
    if (closed)
      throw refuse("versionClosed", { number: v.number, latest: v.minutes.versions[0]?.number ?? v.number });
    const result = await write(tx, v);
    if (a.via === "link") await recordLinkUse(tx, a.link, use);
    return result;
  });
}

/** A comment on an anchor of the version; its organisation is the reviewer's. */
export async function addReviewComment(
  a: TReviewAccess,
  input: TReviewCommentInput,
): Promise<TReviewCommentOut> {
  const { anchor, body, kind, replacementText } = parseInput(ZReviewComment, input);
  return reviewWrite(a, "comment", async (tx, v) => {
    const content = v.content as unknown as TMeetingRecord;
    if (!anchorsOf(content).some((x) => x.anchor === anchor))
      throw AppError.invalidField("anchor", "minutesReview.errors.anchor");
    const row = await tx.reviewComment.create({
      data: {
        minutesVersionId: v.id,
        authorPersonId: a.reviewer.personId,
        authorUserId: a.via === "app" ? a.userId : null,
        organisationId: a.reviewer.organisationId,
        anchor,
        body,
        kind,
        replacementText: replacementText ?? null,
      },
      select: COMMENT_SELECT,
    });
    const out = toCommentOut(row, content);
    await recordAudit(tx, {
      actor: actorOf(a),
      entity: "ReviewComment",
      entityId: row.id,
      action: "CREATE",
      programmeId: v.minutes.meeting.programmeId,
      after: auditJson(out),
    });
    return out;
  });
}

/**
 * The organisation's answer to the version (the latest answer counts; the response log keeps who
 * and when). An objection to the version under the no-objection procedure halts it.
 */
export async function answerReview(a: TReviewAccess, input: TReviewAnswerInput) {
  const { answer, reason } = parseInput(ZReviewAnswer, input);
  const result = await reviewWrite(a, "answer", async (tx, v) => {
    const key = { minutesVersionId: v.id, groupKey: a.reviewer.groupKey };
    const before = await tx.reviewAnswer.findUnique({
      where: { minutesVersionId_groupKey: key },
      select: { answer: true, reason: true },
    });
    const data = { answer, reason: reason ?? null, personId: a.reviewer.personId, answeredAt: new Date() };
    const saved = await tx.reviewAnswer.upsert({
      where: { minutesVersionId_groupKey: key },
      create: { ...key, organisationId: a.reviewer.organisationId, ...data },
      update: data,
      select: { id: true, answer: true, reason: true, answeredAt: true },
    });
    const halted = answer === "OBJECTION" ? await haltOnObjection(tx, v.minutes.id, v.number) : false;
    await recordAudit(tx, {
      actor: actorOf(a),
      entity: "ReviewAnswer",
      entityId: saved.id,
      action: before ? "UPDATE" : "CREATE",
      programmeId: v.minutes.meeting.programmeId,
      before: before ? auditJson(before) : undefined,
      after: auditJson({ ...saved, organisationId: a.reviewer.organisationId, haltedNoObjection: halted }),
    });
    return { saved, halted, meetingId: v.minutes.meeting.id, number: v.number };
  });
  if (result.halted) {
    await notifyObjection({
      meetingId: result.meetingId,
      number: result.number,
      organisation: a.reviewer.organisation?.name ?? a.reviewer.name,
      reason: reason ?? "",
    });
  }
  return {
    answer: result.saved.answer,
    reason: result.saved.reason,
    answeredAt: result.saved.answeredAt.toISOString(),
    haltedNoObjection: result.halted,
  };
}

/**
 * A co-chair's approval of the latest version (adoption by the co-chairs, where the programme's
 * terms of reference use it); the last approval adopts the minutes.
 */
export async function approveAsCoChair(a: TReviewAccess, input: { number: number }) {
  const { number } = parseInput(ZApproveMinutes, input);
  const result = await reviewWrite(a, "approve", async (tx, v) => {
    if (v.number !== number) throw refuse("versionClosed", { number, latest: v.number });
    const m = v.minutes.meeting;
    if (!m.programme.adoptionMethods.includes("CO_CHAIRS")) throw refuse("methodNotAllowed");
    if (!m.coChairs.some((c) => c.person.id === a.reviewer.personId)) throw refuse("notCoChair");
    if (v.approvals.some((x) => x.personId === a.reviewer.personId)) throw refuse("alreadyApproved");
    const approval = await tx.coChairApproval.create({
      data: {
        minutesVersionId: v.id,
        personId: a.reviewer.personId,
        userId: a.via === "app" ? a.userId : null,
      },
      select: { id: true, approvedAt: true },
    });
    await recordAudit(tx, {
      actor: actorOf(a),
      entity: "CoChairApproval",
      entityId: approval.id,
      action: "CREATE",
      programmeId: m.programmeId,
      after: auditJson({
        number,
        personId: a.reviewer.personId,
        name: a.reviewer.name,
        approvedAt: approval.approvedAt,
      }),
    });
    const approved = new Set([...v.approvals.map((x) => x.personId), a.reviewer.personId]);
    return {
      meetingId: m.id,
      minutesId: v.minutes.id,
      isLast: m.coChairs.every((c) => approved.has(c.person.id)),
      approvedAt: approval.approvedAt,
    };
  });
  let adopted = false;
  if (result.isLast) {
    await adoptMinutesBySystem(result.meetingId, number, "CO_CHAIRS", { label: "co-chairs-approval" });
    await sendAdoptionNotices(result.minutesId);
    adopted = true;
  }
  return { approvedAt: result.approvedAt.toISOString(), adopted };
}
