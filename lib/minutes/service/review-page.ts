// What the reviewer's screen shows (the same by link and in the app): the circulated version as a
// document with its anchors, the comments the reviewer may see (their organisation's, or everyone's
// where the programme says so), their organisation's answer, the no-objection procedure and, for a
// co-chair, the approval. A view through a link is a use of the link, audited.
import "server-only";
import { LOCALES, toLocale, type TLocale } from "@/i18n/locales";
import { db } from "@/lib/db";
import { recordLinkUse } from "@/lib/link/service";
import type { TMeetingRecord } from "../record-schema";
import { anchorsOf, type TAnchor } from "../review-anchors";
import type { TReviewCommentOut } from "../review-schema";
import { COMMENT_SELECT, toCommentOut } from "./review-comments";
import { closedBecause, loadReviewed, type TReviewAccess } from "./review-access";

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
