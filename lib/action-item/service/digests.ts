// The weekly e-mails of the follow-up register, sent by Monday's sweep (reminders.ts):
// - to each organisation, per programme, the digest of its open items (a ministry's includes its
//   directorates'), overdue first — to its people who have an e-mail address and an active user
//   account in the programme (a membership there, or a global role);
// - to each programme's coordinators (a COORDINATOR membership there, or the global role) the
//   overview: new this week, due within 7 days, overdue, reported done awaiting verification.
// A coordinator's address is their directory entry's, else their login's. In the recipient's
// language, with their unsubscribe link (a coordinator without a directory entry
// has none: the link is a person's). People who unsubscribed get none. Each mail sent is an audit
// event (actor "action-digest"), checked first, so a week's digest never goes twice to anyone.
import "server-only";
import { toLocale } from "@/i18n/locales";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/link/service";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail/transport";
import { coordinatorOverviewMail, organisationDigestMail, type TMailItem } from "../action-mail";
import { CLOSED_STATUSES } from "../status";
import { unsubscribeUrl } from "./unsubscribe";

export const ACTION_DIGEST_ACTOR: TActor = { label: "action-digest" };

const DAY = 86_400_000;

type TDigestRecord = {
  digest: {
    kind: "organisation" | "overview";
    /** The Monday of the digest. */
    week: string;
    programmeId: string;
    organisationId?: string;
    to: string;
  };
};

const ITEM_SELECT = {
  id: true,
  programmeId: true,
  number: true,
  title: true,
  dueDate: true,
  status: true,
  createdAt: true,
  ownerOrganisationId: true,
  ownerOrganisation: { select: { parentId: true } },
  meeting: { select: { kind: true, sequenceNumber: true, title: true } },
} as const satisfies Prisma.ActionItemSelect;

type TItem = Prisma.ActionItemGetPayload<{ select: typeof ITEM_SELECT }>;

const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const mailItem = (item: TItem): TMailItem => ({
  number: item.number,
  title: item.title,
  dueDate: dayOf(item.dueDate),
  status: item.status,
  meeting: item.meeting,
  url: appUrl(`actions/${item.id}`),
});

export type TDigestsOutcome = { mailed: number; alreadySent: number; failures: number };

/** Sends the week's digests and overviews of `day` (a Monday) that were not sent yet. */
export async function sendWeeklyDigests(day: string, now = new Date()): Promise<TDigestsOutcome> {
  const weekStart = new Date(now.getTime() - 7 * DAY);
  const items = await db().actionItem.findMany({
    where: { OR: [{ status: { notIn: [...CLOSED_STATUSES] } }, { createdAt: { gte: weekStart } }] },
    select: ITEM_SELECT,
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const programmeIds = [...new Set(items.map((i) => i.programmeId))];
  const programmes = new Map(
    (
      await db().programme.findMany({
        where: { id: { in: programmeIds } },
        select: { id: true, title: true, shortTitle: true },
      })
    ).map((p) => [p.id, p.shortTitle ?? p.title]),
  );
  const earlier = await db().auditEvent.findMany({
    where: { actorLabel: ACTION_DIGEST_ACTOR.label, after: { path: ["digest", "week"], equals: day } },
    select: { entityId: true, after: true },
  });
  const sent = new Set(
    earlier.flatMap((e) => {
      const d = (e.after as Partial<TDigestRecord> | null)?.digest;
      return d?.week === day ? [`${d.kind}:${d.programmeId}:${d.organisationId ?? ""}:${e.entityId}`] : [];
    }),
  );
  const outcome: TDigestsOutcome = { mailed: 0, alreadySent: 0, failures: 0 };

  /** Sends one digest unless the week's record says it went; records it when it did. */
  async function deliver(
    record: TDigestRecord["digest"],
    entity: "Person" | "User",
    entityId: string,
    compose: () => Promise<{ subject: string; text: string; html: string }>,
  ) {
    if (sent.has(`${record.kind}:${record.programmeId}:${record.organisationId ?? ""}:${entityId}`)) {
      outcome.alreadySent += 1;
      return;
    }
    try {
      await sendMail({ programmeId: record.programmeId, to: record.to, ...(await compose()) });
    } catch (error) {
      outcome.failures += 1;
      logger.warn({ err: error, entity, entityId }, "a weekly action-item digest could not be sent");
      return;
    }
    await recordAudit(db(), {
      actor: ACTION_DIGEST_ACTOR,
      entity,
      entityId,
      action: "UPDATE",
      programmeId: record.programmeId,
      after: auditJson({ digest: record } satisfies TDigestRecord),
    });
    outcome.mailed += 1;
  }

  const open = items.filter((i) => !CLOSED_STATUSES.includes(i.status));
  const isOverdue = (i: TItem) => dayOf(i.dueDate) !== null && dayOf(i.dueDate)! < day;

  // Each organisation's digest, per programme: its own items and its directorates'.
  const groups = new Map<string, { programmeId: string; organisationId: string; items: TItem[] }>();
  for (const item of open) {
    const owners = [item.ownerOrganisationId, item.ownerOrganisation?.parentId].filter(
      (o): o is string => !!o,
    );
    for (const organisationId of owners) {
      const key = `${item.programmeId}:${organisationId}`;
      const group = groups.get(key) ?? { programmeId: item.programmeId, organisationId, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
  }
  const organisationIds = [...new Set([...groups.values()].map((g) => g.organisationId))];
  const [organisations, people] = await Promise.all([
    db().organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
    db().person.findMany({
      where: {
        organisationId: { in: organisationIds },
        email: { not: null },
        digestOptOutAt: null,
        user: { disabledAt: null },
      },
      select: {
        id: true,
        name: true,
        email: true,
        language: true,
        organisationId: true,
        user: { select: { globalRole: true, memberships: { select: { programmeId: true } } } },
      },
      orderBy: { name: "asc" },
    }),
  ]);
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  for (const group of groups.values()) {
    const recipients = people.filter(
      (p) =>
        p.organisationId === group.organisationId &&
        (p.user?.globalRole || p.user?.memberships.some((m) => m.programmeId === group.programmeId)),
    );
    for (const person of recipients) {
      await deliver(
        {
          kind: "organisation",
          week: day,
          programmeId: group.programmeId,
          organisationId: group.organisationId,
          to: person.email!,
        },
        "Person",
        person.id,
        async () =>
          organisationDigestMail({
            locale: toLocale(person.language),
            name: person.name,
            organisation: organisationName.get(group.organisationId) ?? "",
            programme: programmes.get(group.programmeId) ?? "",
            date: day,
            overdue: group.items.filter(isOverdue).map(mailItem),
            open: group.items.filter((i) => !isOverdue(i)).map(mailItem),
            unsubscribeUrl: await unsubscribeUrl(person.id, group.programmeId, now),
          }),
      );
    }
  }

  // Each programme's overview for its coordinators.
  const soon = new Date(Date.parse(`${day}T00:00:00Z`) + 7 * DAY).toISOString().slice(0, 10);
  const coordinators = await db().user.findMany({
    where: {
      disabledAt: null,
      OR: [
        { globalRole: "COORDINATOR" },
        { memberships: { some: { programmeId: { in: programmeIds }, role: "COORDINATOR" } } },
      ],
    },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      globalRole: true,
      memberships: { where: { role: "COORDINATOR" }, select: { programmeId: true } },
      person: { select: { id: true, name: true, email: true, language: true, digestOptOutAt: true } },
    },
    orderBy: { email: "asc" },
  });
  for (const programmeId of programmeIds) {
    const inProgramme = items.filter((i) => i.programmeId === programmeId);
    const openHere = inProgramme.filter((i) => !CLOSED_STATUSES.includes(i.status));
    const sections = {
      created: inProgramme.filter((i) => i.createdAt >= weekStart),
      dueSoon: openHere.filter((i) => {
        const due = dayOf(i.dueDate);
        return due !== null && due >= day && due <= soon;
      }),
      overdue: openHere.filter(isOverdue),
      reportedDone: openHere.filter((i) => i.status === "REPORTED_DONE"),
    };
    if (Object.values(sections).every((s) => s.length === 0)) continue;
    const readers = coordinators.filter(
      (u) =>
        !u.person?.digestOptOutAt &&
        (u.globalRole === "COORDINATOR" || u.memberships.some((m) => m.programmeId === programmeId)),
    );
    for (const user of readers) {
      const to = user.person?.email ?? user.email;
      await deliver({ kind: "overview", week: day, programmeId, to }, "User", user.id, async () =>
        coordinatorOverviewMail({
          locale: toLocale(user.person?.language ?? user.locale),
          name: user.person?.name ?? user.name,
          programme: programmes.get(programmeId) ?? "",
          date: day,
          created: sections.created.map(mailItem),
          dueSoon: sections.dueSoon.map(mailItem),
          overdue: sections.overdue.map(mailItem),
          reportedDone: sections.reportedDone.map(mailItem),
          registerUrl: appUrl(`actions?programmeId=${encodeURIComponent(programmeId)}`),
          unsubscribeUrl: user.person ? await unsubscribeUrl(user.person.id, programmeId, now) : null,
        }),
      );
    }
  }
  return outcome;
}
