// A user's calendar feed of action-item due dates at a secret address
// (/api/v1/feeds/actions/<token>.ics): calendar apps cannot send a Bearer header, so the address is
// the credential. The secret is a Link of the one link model — purpose CALENDAR_FEED, subject the
// user's id, person the user's directory entry (a Link needs one: a user without a person gets no
// feed and is told why), programme the user's first programme (a Link needs one too), valid two
// years. "Reset" revokes it and issues another; both are audited. Each request loads the user and
// their roles afresh: a disabled user, a user no longer linked to that person, a revoked or expired
// link and a forged token all answer the same 404; the events are the open items (reported done
// included) the user may read today, by the one read rule (actionItemAccessWhere).
import "server-only";
import { toLocale, type TLocale } from "@/i18n/locales";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import type { TAccess } from "@/lib/auth/permissions";
import type { TCalendarFile } from "@/lib/calendar/schema";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";
import { appUrl, findLiveLink, issueLink } from "@/lib/link/service";
import { logger } from "@/lib/logger";
import { meetingName } from "@/lib/meeting/facts";
import { getUserWithAccess } from "@/lib/user/service";
import { actionItemFeed, type TFeedItem } from "../feed-ics";
import { FEED_EVENT_LIMIT, FEED_LIFETIME_DAYS, type TFeedState } from "../feed-schema";
import { actionReference } from "../reference";
import { CLOSED_STATUSES } from "../status";
import { actionItemAccessWhere } from "@/lib/action-item/service";

const PURPOSE = "CALENDAR_FEED" as const;
const DAY_MS = 86_400_000;

/** The path of a feed under the app's address, without the leading slash. */
export const feedPath = (token: string) => `api/v1/feeds/actions/${token}.ics`;

/** The programme a user's feed link is filed under: their oldest membership, else (a global role) the oldest programme. */
async function homeProgramme(access: TAccess): Promise<string | null> {
  const membership = await db().programmeMembership.findFirst({
    where: { userId: access.userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { programmeId: true },
  });
  if (membership) return membership.programmeId;
  if (!access.globalRole) return null;
  const programme = await db().programme.findFirst({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return programme?.id ?? null;
}

type TLiveFeed = { id: string; personId: string; programmeId: string; expiresAt: Date };

async function liveFeedLink(access: TAccess, tx: Pick<TTx, "link"> = db(), now = new Date()) {
  if (!access.personId) return null;
  return tx.link.findFirst({
    where: {
      purpose: PURPOSE,
      subjectId: access.userId,
      personId: access.personId,
      revokedAt: null,
      expiresAt: { gt: now },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, personId: true, programmeId: true, expiresAt: true },
  });
}

/** The token of a live feed link (issueLink finds it again and changes nothing). */
function tokenOf(link: TLiveFeed, userId: string, tx: Pick<TTx, "link"> = db()): Promise<string> {
  return issueLink(
    {
      purpose: PURPOSE,
      personId: link.personId,
      subjectId: userId,
      programmeId: link.programmeId,
      expiresAt: link.expiresAt,
    },
    tx,
  );
}

const ready = (token: string, expiresAt: Date): TFeedState => ({
  status: "ready",
  url: appUrl(feedPath(token)),
  expiresAt: expiresAt.toISOString(),
});

/** What the "Subscribe in your calendar" block shows; reads only, never issues a link. */
export async function calendarFeedState(access: TAccess): Promise<TFeedState> {
  if (!access.personId) return { status: "noPerson" };
  const live = await liveFeedLink(access);
  if (live) return ready(await tokenOf(live, access.userId), live.expiresAt);
  return (await homeProgramme(access)) ? { status: "none" } : { status: "noProgramme" };
}

async function issueFeed(tx: TTx, access: TAccess, programmeId: string, actor: TActor, now: Date) {
  const expiresAt = new Date(now.getTime() + FEED_LIFETIME_DAYS * DAY_MS);
  const token = await issueLink(
    { purpose: PURPOSE, personId: access.personId!, subjectId: access.userId, programmeId, expiresAt },
    tx,
    now,
  );
  const live = (await liveFeedLink(access, tx, now))!;
  await recordAudit(tx, {
    actor,
    entity: "Link",
    entityId: live.id,
    action: "CREATE",
    programmeId,
    after: auditJson({ purpose: PURPOSE, subjectId: access.userId, personId: access.personId, expiresAt }),
  });
  return ready(token, expiresAt);
}

function checkCanHaveFeed(access: TAccess, programmeId: string | null): asserts programmeId is string {
  if (!access.personId) throw AppError.badRequest("actionFeed.errors.noPerson");
  if (!programmeId) throw AppError.badRequest("actionFeed.errors.noProgramme");
}

/** The user's feed address, issued (and audited) on their first asking; the live one after that. */
export async function createCalendarFeed(
  access: TAccess,
  actor: TActor,
  now = new Date(),
): Promise<TFeedState> {
  const programmeId = await homeProgramme(access);
  checkCanHaveFeed(access, programmeId);
  return db().$transaction(async (tx) => {
    // One feed per user even when two tabs ask at once.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${access.userId} FOR UPDATE`;
    const live = await liveFeedLink(access, tx, now);
    if (live) return ready(await tokenOf(live, access.userId, tx), live.expiresAt);
    return issueFeed(tx, access, programmeId, actor, now);
  });
}

/** Revokes every live feed address of the user (each audited) and issues a new one. */
export async function resetCalendarFeed(
  access: TAccess,
  actor: TActor,
  now = new Date(),
): Promise<TFeedState> {
  const programmeId = await homeProgramme(access);
  checkCanHaveFeed(access, programmeId);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${access.userId} FOR UPDATE`;
    const live = await tx.link.findMany({
      where: { purpose: PURPOSE, subjectId: access.userId, revokedAt: null },
      select: { id: true, programmeId: true },
    });
    for (const link of live) {
      await tx.link.update({ where: { id: link.id }, data: { revokedAt: now } });
      await recordAudit(tx, {
        actor,
        entity: "Link",
        entityId: link.id,
        action: "UPDATE",
        programmeId: link.programmeId,
        before: auditJson({ revokedAt: null }),
        after: auditJson({ revokedAt: now, reason: "calendar-feed-reset" }),
      });
    }
    return issueFeed(tx, access, programmeId, actor, now);
  });
}

/** "api/v1/feeds/actions/<token>.ics" → the token; anything else (no ".ics", a bad escape) → null. */
export function feedTokenOf(segment: string): string | null {
  if (!segment.endsWith(".ics")) return null;
  try {
    return decodeURIComponent(segment.slice(0, -".ics".length));
  } catch {
    return null;
  }
}

const pageUrl = (id: string): string | null => {
  try {
    return appUrl(`actions/${id}`);
  } catch {
    return null;
  }
};

/**
 * The calendar a feed token opens, in `lang` or the user's language; 404 (AppError) for a token
 * that opens nothing, a disabled user, or a user no longer linked to the link's person.
 */
export async function actionFeedByToken(
  token: string,
  lang?: TLocale,
  now: Date = new Date(),
): Promise<TCalendarFile> {
  const link = await findLiveLink(token, PURPOSE, db(), now);
  const user = link ? await getUserWithAccess(link.subjectId) : null;
  if (!link || !user || user.access.personId !== link.personId) throw AppError.notFound();
  const locale = lang ?? toLocale(user.locale);
  const t = translator(locale);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [items] = await Promise.all([
    db().actionItem.findMany({
      where: {
        AND: [
          await actionItemAccessWhere(user.access),
          { status: { notIn: [...CLOSED_STATUSES] }, dueDate: { not: null } },
        ],
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: FEED_EVENT_LIMIT,
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        dueDate: true,
        ownerOrganisation: { select: { name: true, acronym: true } },
        ownerPerson: { select: { name: true } },
        meeting: { select: { kind: true, sequenceNumber: true } },
      },
    }),
    // Seen by a calendar app: counted on the link (not in the audit trail: apps poll every hour).
    db().link.update({ where: { id: link.id }, data: { useCount: { increment: 1 }, lastUsedAt: now } }),
  ]);
  const feedItems: TFeedItem[] = items.map((a) => {
    const owner = [a.ownerOrganisation?.acronym ?? a.ownerOrganisation?.name, a.ownerPerson?.name]
      .filter(Boolean)
      .join(" — ");
    const url = pageUrl(a.id);
    const overdue = a.dueDate! < today ? ` (${t("actionRegister.overdue")})` : "";
    return {
      id: a.id,
      reference: actionReference(a.meeting, a.number),
      title: a.title,
      dueDate: a.dueDate!.toISOString().slice(0, 10),
      url,
      descriptionLines: [
        t("actionFeed.description.status", { status: t(`actionRegister.status.${a.status}`) + overdue }),
        ...(owner ? [t("actionFeed.description.owner", { owner })] : []),
        t("actionFeed.description.meeting", {
          meeting: meetingName(a.meeting.kind, a.meeting.sequenceNumber, locale),
        }),
        ...(url ? [t("actionFeed.description.page", { url })] : []),
      ],
    };
  });
  const body = actionItemFeed(
    feedItems,
    {
      calendarName: t("actionFeed.calendarName", { name: user.name }),
      summary: (item) => t("actionFeed.summary", { reference: item.reference, title: item.title }),
    },
    {
      now,
      onSkipped: (itemId, error) =>
        logger.warn({ err: error, actionItemId: itemId }, "action item left out of a calendar feed"),
    },
  );
  return { filename: "action-items.ics", body };
}
