// The secretariat's side of the review cycle: every comment by anchor and by organisation, the
// per-organisation response log (responded / silent / objected, when), the no-objection procedure
// and co-chairs' approvals — and the disposition of a comment (accepted / not accepted / noted, with
// a reply the reviewer sees). Accepting a comment with replacement text writes that text into the
// record (the agenda item's title, the remark, the decision or the action item) in the same
// transaction, so the next version carries it. Two users disposing of one comment: the second is
// told (409 with the comment as it is now), nothing is lost.
import "server-only";
import { can, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { lockMeetingRecord } from "@/lib/record/service/lock";
import { parseInput } from "@/lib/validation";
import type { TMeetingRecord } from "../record-schema";
import { anchorTarget } from "../review-anchors";
import {
  ZDisposeComment,
  type TDisposeCommentInput,
  type TResponseLogEntry,
  type TReviewCommentOut,
  type TReviewState,
} from "../review-schema";
import { COMMENT_SELECT, toCommentOut } from "./review-comments";

/** The review cycle as the secretariat follows it. record:manage; 404 alike for missing and not theirs. */
export async function reviewState(access: TAccess, meetingId: string): Promise<TReviewState> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      id: true,
      programmeId: true,
      programme: { select: { adoptionMethods: true } },
      coChairs: { orderBy: { order: "asc" }, select: { person: { select: { id: true, name: true } } } },
      minutes: {
        select: {
          id: true,
          noObjectionVersion: true,
          noObjectionOpenedAt: true,
          noObjectionDeadline: true,
          noObjectionHaltedAt: true,
          versions: {
            orderBy: { number: "asc" },
            select: {
              id: true,
              number: true,
              content: true,
              reviewOpensAt: true,
              reviewDeadline: true,
              reviewClosesAt: true,
              reviewers: {
                orderBy: { createdAt: "asc" },
                select: {
                  personId: true,
                  organisationId: true,
                  person: {
                    select: { name: true, organisation: { select: { id: true, name: true, acronym: true } } },
                  },
                },
              },
              answers: {
                select: { groupKey: true, answer: true, reason: true, answeredAt: true, personId: true },
              },
              approvals: { orderBy: { approvedAt: "asc" }, select: { personId: true, approvedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting || !can(access, "record:manage", meeting.programmeId)) throw AppError.notFound("meeting");
  const versions = meeting.minutes?.versions ?? [];
  // The version under review: the latest one with reviewers (circulated, or under the procedure).
  const current = [...versions].reverse().find((v) => v.reviewers.length > 0) ?? null;
  const contents = new Map(versions.map((v) => [v.number, v.content as unknown as TMeetingRecord]));
  const rows = meeting.minutes
    ? await db().reviewComment.findMany({
        where: { minutesVersion: { minutesId: meeting.minutes.id } },
        orderBy: [{ createdAt: "asc" }],
        select: COMMENT_SELECT,
      })
    : [];
  const comments = rows.map((r) => toCommentOut(r, contents.get(r.minutesVersion.number) ?? null));
  const names = new Map(meeting.coChairs.map((c) => [c.person.id, c.person.name]));
  const m = meeting.minutes;
  return {
    meetingId: meeting.id,
    number: current?.number ?? null,
    circulatedAt: current?.reviewOpensAt?.toISOString() ?? null,
    deadline: current?.reviewDeadline ?? null,
    closesAt: current?.reviewClosesAt?.toISOString() ?? null,
    noObjection:
      m?.noObjectionVersion && m.noObjectionOpenedAt && m.noObjectionDeadline
        ? {
            number: m.noObjectionVersion,
            openedAt: m.noObjectionOpenedAt.toISOString(),
            deadline: m.noObjectionDeadline.toISOString(),
            haltedAt: m.noObjectionHaltedAt?.toISOString() ?? null,
          }
        : null,
    adoptionMethods: meeting.programme.adoptionMethods,
    coChairs: meeting.coChairs.map((c) => c.person),
    approvals: (current?.approvals ?? []).map((a) => ({
      person: { id: a.personId, name: names.get(a.personId) ?? "" },
      approvedAt: a.approvedAt.toISOString(),
    })),
    log: current ? responseLog(current, comments) : [],
    comments,
  };
}

type TCirculated = {
  number: number;
  reviewers: {
    personId: string;
    organisationId: string | null;
    person: { name: string; organisation: { id: string; name: string; acronym: string | null } | null };
  }[];
  answers: {
    groupKey: string;
    answer: "NO_COMMENTS" | "COMMENTS_SUBMITTED" | "OBJECTION";
    reason: string | null;
    answeredAt: Date;
    personId: string | null;
  }[];
};

/** One line per organisation (or reviewer without one): responded, silent or objected, and when. */
function responseLog(version: TCirculated, comments: TReviewCommentOut[]): TResponseLogEntry[] {
  const groups = new Map<string, TResponseLogEntry>();
  const nameOf = new Map(version.reviewers.map((r) => [r.personId, r.person.name]));
  for (const r of version.reviewers) {
    const key = r.organisationId ?? `person:${r.personId}`;
    const entry = groups.get(key) ?? {
      organisation: r.organisationId ? r.person.organisation : null,
      reviewers: [],
      state: "SILENT" as const,
      answer: null,
      reason: null,
      answeredBy: null,
      answeredAt: null,
      comments: 0,
    };
    entry.reviewers.push({ id: r.personId, name: r.person.name });
    groups.set(key, entry);
  }
  for (const a of version.answers) {
    const entry = groups.get(a.groupKey);
    if (!entry) continue;
    entry.state = a.answer === "OBJECTION" ? "OBJECTED" : "RESPONDED";
    entry.answer = a.answer;
    entry.reason = a.reason;
    entry.answeredBy = a.personId ? (nameOf.get(a.personId) ?? null) : null;
    entry.answeredAt = a.answeredAt.toISOString();
  }
  for (const [key, entry] of groups) {
    entry.comments = comments.filter(
      (c) => c.number === version.number && (c.organisation?.id ?? `person:${c.author?.id}`) === key,
    ).length;
  }
  return [...groups.values()];
}

/** Writes accepted replacement text into the record entry the anchor names (in this meeting). */
async function applyText(tx: TTx, meetingId: string, anchor: string, text: string) {
  const target = anchorTarget(anchor);
  if (!target) return false;
  const where = { id: target.id, meetingId };
  const bump = { version: { increment: 1 } };
  const updated =
    target.kind === "decision"
      ? await tx.decision.updateMany({ where, data: { text, ...bump } })
      : target.kind === "remark"
        ? await tx.remark.updateMany({ where, data: { summary: text, ...bump } })
        : target.kind === "action"
          ? await tx.actionItem.updateMany({ where, data: { title: text, ...bump } })
          : await tx.agendaItem.updateMany({ where, data: { title: text, ...bump } });
  return updated.count > 0;
}

/**
 * Disposes of a comment: ACCEPTED (its replacement text, if any, is written into the record),
 * REJECTED (not accepted) or NOTED, with a reply. record:manage; 409 when the comment changed since
 * `version` (with the comment as it is now) or the minutes are adopted.
 */
export async function disposeComment(
  access: TAccess,
  meetingId: string,
  commentId: string,
  input: TDisposeCommentInput,
  actor: TActor,
): Promise<TReviewCommentOut> {
  const { status, response, version } = parseInput(ZDisposeComment, input);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    await tx.$queryRaw`SELECT id FROM "ReviewComment" WHERE id = ${commentId} FOR UPDATE`;
    const row = await tx.reviewComment.findFirst({
      where: { id: commentId, minutesVersion: { minutes: { meetingId } } },
      select: { ...COMMENT_SELECT, minutesVersion: { select: { number: true, content: true } } },
    });
    if (!row) throw AppError.notFound("reviewComment");
    const content = row.minutesVersion.content as unknown as TMeetingRecord;
    const before = toCommentOut(row, content);
    if (row.version !== version) {
      throw AppError.conflict(
        "minutesReview.errors.commentChanged",
        { version: row.version, seen: version },
        before,
      );
    }
    const apply = status === "ACCEPTED" && !!row.replacementText && !row.appliedAt && !!row.anchor;
    const applied = apply ? await applyText(tx, meetingId, row.anchor!, row.replacementText!) : false;
    if (applied) {
      const target = anchorTarget(row.anchor!)!;
      const entity = { decision: "Decision", remark: "Remark", action: "ActionItem", agenda: "AgendaItem" }[
        target.kind
      ];
      await recordAudit(tx, {
        actor,
        entity,
        entityId: target.id,
        action: "UPDATE",
        programmeId: meeting.programmeId,
        before: auditJson({ text: before.originalText }),
        after: auditJson({ text: row.replacementText, fromReviewComment: commentId }),
      });
    }
    const now = new Date();
    const saved = await tx.reviewComment.update({
      where: { id: commentId },
      data: {
        status,
        response: response ?? null,
        disposedByUserId: actor.userId ?? null,
        disposedAt: now,
        ...(applied ? { appliedAt: now } : {}),
        version: { increment: 1 },
      },
      select: COMMENT_SELECT,
    });
    const after = toCommentOut(saved, content);
    await recordAudit(tx, {
      actor,
      entity: "ReviewComment",
      entityId: commentId,
      action: "UPDATE",
      programmeId: meeting.programmeId,
      before: auditJson(before),
      after: auditJson({ ...after, appliedTo: applied ? row.anchor : null }),
    });
    return after;
  });
}
