// Password-less links (RSVP now; minutes review, action updates and digest unsubscribe next): one
// row per link, for one person, one purpose and one subject, with an expiry, a revocation and a use
// count. Issuing reuses the live link of that person and subject, so every e-mail about an
// invitation carries the same link. A token opens a link only while it is live; what the link may
// then do is for the purpose's own service to decide (the RSVP rules are in lib/invitation).
import "server-only";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import { db, type TTx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { LinkPurpose } from "@/lib/generated/prisma/enums";
import type { TLink } from "./schema";
import { isLinkId, linkIdOf, signLinkToken } from "./token";

type TLinkDb = Pick<TTx, "link">;

/** What a live link was issued for. */
export type TOpenLink = {
  id: string;
  purpose: LinkPurpose;
  personId: string;
  subjectId: string;
  programmeId: string;
};

const OPEN_LINK_SELECT = {
  id: true,
  purpose: true,
  personId: true,
  subjectId: true,
  programmeId: true,
} as const;

/** The key links are signed with; without it no link could be verified later. */
function linkSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: links cannot be signed");
  return secret;
}

/** Who acts when a link is used, in the audit trail: "rsvp-link", "minutes-review-link", … */
export function linkActor(purpose: LinkPurpose): TActor {
  return { label: `${purpose.toLowerCase().replace(/_/g, "-")}-link` };
}

/**
 * A link on the app's public address: APP_URL, else NEXTAUTH_URL (`npm start` sets it). Without
 * either a link would point nowhere, so the e-mail is not sent at all.
 */
export function linkUrl(path: string, token: string): string {
  return appUrl(`${path}/${token}`);
}

/** An address on the app's public site (`pathAndQuery` without the leading slash). */
export function appUrl(pathAndQuery: string): string {
  const base = env().APP_URL ?? env().NEXTAUTH_URL;
  if (!base) throw new Error("Neither APP_URL nor NEXTAUTH_URL is set: e-mailed links cannot be built");
  return `${base.replace(/\/+$/, "")}/${pathAndQuery}`;
}

export type TLinkFor = {
  purpose: LinkPurpose;
  personId: string;
  subjectId: string;
  programmeId: string;
  expiresAt: Date;
};

/**
 * The token of the live link for this person and subject, issuing one when there is none (the
 * first e-mail, or after a revocation). A reused link takes the subject's current expiry, so a
 * meeting moved later keeps its links working until it is over.
 */
export async function issueLink(input: TLinkFor, tx: TLinkDb = db(), now = new Date()): Promise<string> {
  const live = await tx.link.findFirst({
    where: {
      purpose: input.purpose,
      personId: input.personId,
      subjectId: input.subjectId,
      revokedAt: null,
      expiresAt: { gt: now },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, expiresAt: true },
  });
  let linkId = live?.id;
  if (!live) {
    linkId = (await tx.link.create({ data: input, select: { id: true } })).id;
  } else if (live.expiresAt.getTime() !== input.expiresAt.getTime()) {
    await tx.link.update({ where: { id: live.id }, data: { expiresAt: input.expiresAt } });
  }
  return signLinkToken(linkId!, input.purpose, linkSecret());
}

/**
 * The link `token` opens for `purpose`, or null: not exactly a token we issued for that purpose,
 * no such link, another purpose, expired or revoked. Callers answer "not found" for every null, so
 * a forged token and a revoked one look the same.
 */
export async function findLiveLink(
  token: string,
  purpose: LinkPurpose,
  tx: TLinkDb = db(),
  now = new Date(),
): Promise<TOpenLink | null> {
  const linkId = linkIdOf(token, purpose, linkSecret());
  if (!linkId) return null;
  return tx.link.findFirst({
    where: { id: linkId, purpose, revokedAt: null, expiresAt: { gt: now } },
    select: OPEN_LINK_SELECT,
  });
}

/** One use of a link (a page view, an answer): counted on the link and written to the audit trail. */
export async function recordLinkUse(
  tx: TTx,
  link: TOpenLink,
  use: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await tx.link.update({
    where: { id: link.id },
    data: { useCount: { increment: 1 }, lastUsedAt: new Date() },
  });
  await recordAudit(tx, {
    actor: linkActor(link.purpose),
    entity: "Link",
    entityId: link.id,
    action: "USE",
    programmeId: link.programmeId,
    after: auditJson({ use, purpose: link.purpose, subjectId: link.subjectId, ...details }),
  });
}

const LINK_SELECT = {
  id: true,
  purpose: true,
  personId: true,
  subjectId: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  useCount: true,
} as const;

type TLinkRow = Omit<TLink, "createdAt" | "expiresAt" | "revokedAt" | "lastUsedAt"> & {
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
};

const toLink = (row: TLinkRow): TLink => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** Every link issued for a subject, newest first (the caller has checked the subject's access). */
export async function linksOf(purpose: LinkPurpose, subjectId: string): Promise<TLink[]> {
  const rows = await db().link.findMany({
    where: { purpose, subjectId },
    orderBy: { createdAt: "desc" },
    select: LINK_SELECT,
  });
  return rows.map(toLink);
}

/**
 * Revokes a link for good (the secretariat, with meeting:manage in its programme): from then on it
 * answers as a forged one, and the next e-mail about its subject carries a new link. Revoking a
 * revoked link changes nothing.
 */
export async function revokeLink(access: TAccess, linkId: string, actor: TActor): Promise<TLink> {
  const programmes = programmesWith(access, "meeting:manage");
  if (!isLinkId(linkId)) throw AppError.notFound("link");
  return db().$transaction(async (tx) => {
    const link = await tx.link.findFirst({
      where: { id: linkId, ...(programmes === "all" ? {} : { programmeId: { in: programmes } }) },
      select: { ...LINK_SELECT, programmeId: true },
    });
    if (!link) throw AppError.notFound("link");
    const { programmeId, ...current } = link;
    if (current.revokedAt) return toLink(current);
    const revoked = await tx.link.update({
      where: { id: linkId },
      data: { revokedAt: new Date() },
      select: LINK_SELECT,
    });
    await recordAudit(tx, {
      actor,
      entity: "Link",
      entityId: linkId,
      action: "UPDATE",
      programmeId,
      before: auditJson({ revokedAt: null }),
      after: auditJson({ revokedAt: revoked.revokedAt }),
    });
    return toLink(revoked);
  });
}
