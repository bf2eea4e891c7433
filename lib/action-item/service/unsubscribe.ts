// Stopping the weekly action-item digests by the signed link in each digest (/unsubscribe/<token>,
// purpose DIGEST_UNSUBSCRIBE, subject: the person). Opening the page changes nothing (mail scanners
// open links); the confirm button sets Person.digestOptOutAt, audited. A second confirmation is
// harmless: it keeps the first date. Reminders about the person's own action items still go.
import "server-only";
import { toLocale, LOCALES, type TLocale } from "@/i18n/locales";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  findLiveLink,
  issueLink,
  linkActor,
  linkUrl,
  recordLinkUse,
  type TOpenLink,
} from "@/lib/link/service";

const DAY = 86_400_000;

/** The person's unsubscribe link, for a digest about `programmeId`; it lives a year from its last e-mail. */
export async function unsubscribeUrl(
  personId: string,
  programmeId: string,
  now = new Date(),
): Promise<string> {
  const token = await issueLink(
    {
      purpose: "DIGEST_UNSUBSCRIBE",
      personId,
      subjectId: personId,
      programmeId,
      expiresAt: new Date(now.getTime() + 365 * DAY),
    },
    db(),
    now,
  );
  return linkUrl("unsubscribe", token);
}

async function openUnsubscribeLink(token: string, tx: TTx): Promise<TOpenLink | null> {
  const link = await findLiveLink(token, "DIGEST_UNSUBSCRIBE", tx);
  return link && link.subjectId === link.personId ? link : null;
}

export type TUnsubscribePage = { locale: TLocale; name: string; isUnsubscribed: boolean };

const isLocale = (value: string | null | undefined): value is TLocale =>
  (LOCALES as readonly string[]).includes(value ?? "");

/** What the page shows (nothing changes yet), or null for a link that does not open. */
export async function unsubscribePage(
  token: string,
  chosenLocale?: string | null,
): Promise<TUnsubscribePage | null> {
  const person = await db().$transaction(async (tx) => {
    const link = await openUnsubscribeLink(token, tx);
    if (!link) return null;
    await recordLinkUse(tx, link, "view");
    return tx.person.findUnique({
      where: { id: link.personId },
      select: { name: true, language: true, digestOptOutAt: true },
    });
  });
  if (!person) return null;
  return {
    locale: isLocale(chosenLocale) ? chosenLocale : toLocale(person.language),
    name: person.name,
    isUnsubscribed: person.digestOptOutAt !== null,
  };
}

/** The confirmation: no more digests for the link's person (already unsubscribed: nothing changes). */
export async function unsubscribeFromDigests(token: string): Promise<{ unsubscribedAt: string }> {
  return db().$transaction(async (tx) => {
    const link = await openUnsubscribeLink(token, tx);
    if (!link) throw AppError.notFound("link");
    await tx.$queryRaw`SELECT id FROM "Person" WHERE id = ${link.personId} FOR UPDATE`;
    const person = await tx.person.findUnique({
      where: { id: link.personId },
      select: { digestOptOutAt: true },
    });
    if (!person) throw AppError.notFound("link");
    await recordLinkUse(tx, link, "unsubscribe");
    if (person.digestOptOutAt) return { unsubscribedAt: person.digestOptOutAt.toISOString() };
    const at = new Date();
    await tx.person.update({ where: { id: link.personId }, data: { digestOptOutAt: at } });
    await recordAudit(tx, {
      actor: linkActor("DIGEST_UNSUBSCRIBE"),
      entity: "Person",
      entityId: link.personId,
      action: "UPDATE",
      programmeId: link.programmeId,
      before: auditJson({ digestOptOutAt: null }),
      after: auditJson({ digestOptOutAt: at }),
    });
    return { unsubscribedAt: at.toISOString() };
  });
}
