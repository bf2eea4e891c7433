// The reviewer's writes, the same whether they come through their personal link or signed in
// (review-access.ts): a comment (editorial or substantive, with replacement text), the
// organisation's answer (no comments, comments submitted, objection with a reason) and a co-chair's
// approval. Writes are refused (409) on a version that is no longer open: adopted, or superseded by
// a newer one. A link that does not open is 404 and writes nothing.
import "server-only";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordLinkUse } from "@/lib/link/service";
import { parseInput } from "@/lib/validation";
import type { TMeetingRecord } from "../record-schema";
import { anchorsOf } from "../review-anchors";
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
import { actorOf, closedBecause, loadReviewed, type TReviewAccess, type TReviewed } from "./review-access";
import { COMMENT_SELECT, toCommentOut } from "./review-comments";

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
