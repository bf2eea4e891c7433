// A review comment as every reader gets it (reviewer, secretariat, API): what it is on — the anchor,
// its section and label, and the text it would replace, read from the version commented on — its
// kind, the proposed text, and the secretariat's disposition and reply.
import "server-only";
import type { Prisma } from "@/lib/db";
import type { TMeetingRecord } from "../record-schema";
import { anchorsOf } from "../review-anchors";
import type { TReviewCommentOut } from "../review-schema";

export const COMMENT_SELECT = {
  id: true,
  anchor: true,
  body: true,
  kind: true,
  replacementText: true,
  status: true,
  response: true,
  createdAt: true,
  disposedAt: true,
  appliedAt: true,
  version: true,
  minutesVersion: { select: { number: true } },
  authorPerson: {
    select: { id: true, name: true, organisation: { select: { id: true, name: true, acronym: true } } },
  },
  organisationId: true,
} satisfies Prisma.ReviewCommentSelect;

export type TCommentRow = Prisma.ReviewCommentGetPayload<{ select: typeof COMMENT_SELECT }>;

/** `content`: the version the comment was made on (its anchors say what it points at). */
export function toCommentOut(row: TCommentRow, content: TMeetingRecord | null): TReviewCommentOut {
  const anchor = content ? anchorsOf(content).find((a) => a.anchor === row.anchor) : undefined;
  const org = row.authorPerson?.organisation;
  return {
    id: row.id,
    number: row.minutesVersion.number,
    anchor: row.anchor ?? "",
    section: anchor?.section ?? null,
    anchorLabel: anchor?.label ?? null,
    body: row.body,
    kind: row.kind,
    originalText: anchor?.text ?? null,
    replacementText: row.replacementText,
    status: row.status,
    response: row.response,
    author: row.authorPerson ? { id: row.authorPerson.id, name: row.authorPerson.name } : null,
    organisation: row.organisationId && org?.id === row.organisationId ? org : null,
    createdAt: row.createdAt.toISOString(),
    disposedAt: row.disposedAt?.toISOString() ?? null,
    appliedAt: row.appliedAt?.toISOString() ?? null,
    version: row.version,
  };
}
