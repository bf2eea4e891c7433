// Who reviews draft minutes, and what they review: the reviewer a personal review link opens (no
// password: the link is the credential, opened again on every call) or the signed-in member with
// minutes:review to whom the version was circulated — the same reviewer either way — and the
// version under review with its minutes and meeting, and whether it still takes comments.
import "server-only";
import { can, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findLiveLink, linkActor, type TOpenLink } from "@/lib/link/service";
import { meetingAccessWhere } from "@/lib/meeting/service/access";

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

export const actorOf = (a: TReviewAccess): TActor =>
  a.via === "link" ? linkActor("MINUTES_REVIEW") : { userId: a.userId };

/** The version reviewed, its minutes and meeting, as a review needs them. */
export async function loadReviewed(tx: Pick<TTx, "minutesVersion">, versionId: string) {
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

export type TReviewed = Awaited<ReturnType<typeof loadReviewed>>;

/** Why a version takes no more comments or answers, or null while it does. */
export function closedBecause(v: TReviewed): "adopted" | "superseded" | null {
  // A newer version was cut: this one is superseded, whether or not the newer one is adopted yet.
  if ((v.minutes.versions[0]?.number ?? 0) !== v.number) return "superseded";
  if (v.minutes.status === "ADOPTED") return "adopted";
  return null;
}
