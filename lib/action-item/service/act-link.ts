// An action item's personal update link (/act/<token>), sent in its reminders: the owner who rarely
// logs in records progress without a password — the link is the credential, opened again on every
// call. It opens while it is live (lib/link) and its person still answers for the item (the owner
// person, or a member of the owning organisation or of the ministry above it: ownedByPersonWhere);
// forged, expired, revoked, another purpose and no longer the owner are all the same "not found",
// and write nothing. An update through it is the link's person's (authorPersonId, no user); it never
// verifies "done". Each view and each update is a use of the link, audited.
import "server-only";
import { toLocale, LOCALES, type TLocale } from "@/i18n/locales";
import { db, type TTx } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import {
  findLiveLink,
  issueLink,
  linkActor,
  linkUrl,
  recordLinkUse,
  type TOpenLink,
} from "@/lib/link/service";
import { meetingHeading } from "@/lib/meeting/facts";
import { parseInput } from "@/lib/validation";
import { actionReference } from "../reference";
import type { TActionStatus } from "../schema";
import { isOverdue } from "../status";
import { ZActionUpdate, type TActionUpdateOut, type TActionUpdatePosted } from "../update-schema";
import { actionHistory, allowedStatuses, ownedByPersonWhere, writeActionUpdate } from "./updates";

const DAY = 86_400_000;

/** A link lives 30 days past the due date, and at least 30 days from when it is sent. */
export function actionLinkExpiry(dueDate: Date | null, now = new Date()): Date {
  const fromNow = now.getTime() + 30 * DAY;
  return new Date(dueDate ? Math.max(dueDate.getTime() + 30 * DAY, fromNow) : fromNow);
}

/** The personal update link of `personId` for an item, to put in an e-mail (the live one reused). */
export async function actionLinkUrl(
  item: { id: string; programmeId: string; dueDate: Date | null },
  personId: string,
  now = new Date(),
): Promise<string> {
  const token = await issueLink(
    {
      purpose: "ACTION_UPDATE",
      personId,
      subjectId: item.id,
      programmeId: item.programmeId,
      expiresAt: actionLinkExpiry(item.dueDate, now),
    },
    db(),
    now,
  );
  return linkUrl("act", token);
}

const ITEM_SELECT = {
  id: true,
  programmeId: true,
  number: true,
  title: true,
  description: true,
  status: true,
  version: true,
  dueDate: true,
  meeting: { select: { kind: true, sequenceNumber: true, title: true } },
  ownerOrganisation: { select: { name: true } },
} as const;

async function openActionLink(token: string, tx: TTx): Promise<{ link: TOpenLink; itemId: string } | null> {
  const link = await findLiveLink(token, "ACTION_UPDATE", tx);
  if (!link) return null;
  const item = await tx.actionItem.findFirst({
    where: { AND: [{ id: link.subjectId }, await ownedByPersonWhere(link.personId)] },
    select: { id: true },
  });
  return item ? { link, itemId: item.id } : null;
}

export type TActLinkPage = {
  /** The language the page is written in. */
  locale: TLocale;
  personName: string;
  reference: string;
  title: string;
  description: string | null;
  /** "3rd PSC — Annual review", in the page's language. */
  meeting: string;
  owner: string | null;
  dueDate: string | null;
  isOverdue: boolean;
  status: ActionStatus;
  version: number;
  updates: TActionUpdateOut[];
  /** The statuses the link may set: never a verified "done". */
  allowedStatuses: TActionStatus[];
};

const isLocale = (value: string | null | undefined): value is TLocale =>
  (LOCALES as readonly string[]).includes(value ?? "");

/**
 * What the link's page shows, or null for a link that does not open. Its language: the one the
 * visitor chose (the language cookie), else the person's own — the language of their reminder.
 */
export async function actLinkPage(token: string, chosenLocale?: string | null): Promise<TActLinkPage | null> {
  const opened = await db().$transaction(async (tx) => {
    const found = await openActionLink(token, tx);
    if (!found) return null;
    await recordLinkUse(tx, found.link, "view");
    // One after the other: a transaction holds one connection, which runs one query at a time.
    const item = await tx.actionItem.findUniqueOrThrow({ where: { id: found.itemId }, select: ITEM_SELECT });
    const person = await tx.person.findUniqueOrThrow({
      where: { id: found.link.personId },
      select: { name: true, language: true },
    });
    return { item, person };
  });
  if (!opened) return null;
  const { item, person } = opened;
  const locale = isLocale(chosenLocale) ? chosenLocale : toLocale(person.language);
  return {
    locale,
    personName: person.name,
    reference: actionReference(item.meeting, item.number),
    title: item.title,
    description: item.description,
    meeting: meetingHeading(item.meeting, locale),
    owner: item.ownerOrganisation?.name ?? null,
    dueDate: item.dueDate ? item.dueDate.toISOString().slice(0, 10) : null,
    isOverdue: isOverdue(item, new Date()),
    status: item.status,
    version: item.version,
    updates: await actionHistory(item.id),
    allowedStatuses: allowedStatuses(item.status, false),
  };
}

/**
 * A progress update through the link, as its person: the same rules and the same one write as in
 * the app (writeActionUpdate) without the power to verify. A link that does not open writes nothing;
 * an update the rules refuse is recorded as a refused use of the link, and changes nothing else.
 */
export async function updateByLink(token: string, raw: unknown): Promise<TActionUpdatePosted> {
  const input = parseInput(ZActionUpdate, raw);
  const used: { link?: TOpenLink } = {};
  return db()
    .$transaction(async (tx) => {
      const opened = await openActionLink(token, tx);
      if (!opened) throw AppError.notFound("link");
      used.link = opened.link;
      await recordLinkUse(tx, opened.link, "update", { statusAfter: input.statusAfter ?? null });
      return writeActionUpdate(tx, opened.itemId, input, {
        actor: linkActor("ACTION_UPDATE"),
        canVerify: () => false,
        authorPersonId: opened.link.personId,
      });
    })
    .catch(async (error: unknown) => {
      const { link } = used;
      if (link && isAppError(error)) {
        await db().$transaction((tx) => recordLinkUse(tx, link, "refused", { reason: error.key }));
      }
      throw error;
    });
}
