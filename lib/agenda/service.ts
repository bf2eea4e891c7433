// Agenda items of a meeting: the only place that reads and writes them. Every change locks the
// meeting row, so two people editing one agenda get consistent orders, never duplicates; an edit or
// removal made against an older version of an item is refused with the item as it is now.
import "server-only";
import { db, type Prisma, type TTx } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import type { TLocale } from "@/i18n/locales";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";
import { carriedOver } from "@/lib/action-item/service/carry-over";
import { meetingAccessWhere, meetingManageWhere } from "@/lib/meeting/service/access";
import { isFinalStatus } from "@/lib/meeting/status";
import { parseInput } from "@/lib/validation";
import { generatedKindsToAdd, isCompleteOrder, ordersFor, placeGenerated } from "./order";
import {
  ZCreateAgendaItem,
  ZDeleteAgendaItem,
  ZReorderAgenda,
  ZUpdateAgendaItem,
  type TAgendaItem,
  type TCreateAgendaItem,
  type TDeleteAgendaItem,
  type TMatterArising,
  type TReorderAgenda,
  type TUpdateAgendaItem,
} from "./schema";

/** An item as the meeting page shows it (lib/meeting/schema.ts `ZAgendaItem`). */
const MEETING_ITEM_SELECT = {
  id: true,
  order: true,
  kind: true,
  title: true,
  plannedMinutes: true,
  presenter: { select: { id: true, name: true } },
} as const;

/** An item as the agenda builder and the API give it: with the version an edit must name. */
const ITEM_SELECT = { ...MEETING_ITEM_SELECT, version: true } as const;

/** The agenda's order: by position, ties by id. */
const AGENDA_ORDER = [{ order: "asc" as const }, { id: "asc" as const }];

/**
 * The agenda of a meeting in its order, as a relation select: lets a screen that reads the meeting
 * anyway (the meeting page) take it in the same query, already shaped as the API's agenda items.
 */
export const AGENDA_OF_MEETING = {
  orderBy: AGENDA_ORDER,
  select: MEETING_ITEM_SELECT,
} satisfies Prisma.MeetingSelect["agendaItems"];

/** The meeting as the user may change its agenda, locked until the transaction ends. */
async function lockMeeting(tx: TTx, access: TAccess, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingManageWhere(access)] },
    select: { id: true, programmeId: true, startsAt: true, status: true },
  });
  if (!meeting) throw AppError.notFound("meeting");
  await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  if (meeting.status === "MINUTES_ADOPTED") throw AppError.conflict("minutesAdoption.errors.recordLocked");
  if (isFinalStatus(meeting.status)) throw new AppError("VALIDATION", "meeting.errors.agendaClosed");
  return meeting;
}

/** An audit event of the agenda; the actor and the programme are the change's. */
type TAgendaEvent = Omit<Parameters<typeof recordAudit>[1], "actor" | "programmeId">;

/**
 * One change to a meeting's agenda in one transaction: the meeting locked as the user may change
 * it, then `change`, which records its audit event with `audit` (under the meeting's programme).
 */
async function changeAgenda<T>(
  access: TAccess,
  meetingId: string,
  actor: TActor,
  change: (
    tx: TTx,
    meeting: Awaited<ReturnType<typeof lockMeeting>>,
    audit: (event: TAgendaEvent) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  return db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, access, meetingId);
    return change(tx, meeting, (event) =>
      recordAudit(tx, { actor, programmeId: meeting.programmeId, ...event }),
    );
  });
}

/**
 * One item of this meeting's agenda, as it is now, if it is still at the version the editor saw
 * (under the meeting's lock, so no other agenda change can come in between).
 */
async function seenItem(tx: TTx, meetingId: string, itemId: string, version: number) {
  const item = await tx.agendaItem.findFirst({ where: { id: itemId, meetingId }, select: ITEM_SELECT });
  if (!item) throw AppError.notFound("agendaItem");
  if (item.version !== version) throw AppError.conflict("meeting.errors.agendaItemChanged", undefined, item);
  return item;
}

async function checkPresenter(tx: TTx, personId: string | null | undefined): Promise<void> {
  if (!personId) return;
  const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true } });
  if (!person) throw AppError.invalidField("presenterPersonId", "errors.field.noSuchPerson");
}

/** The agenda of a meeting the user may see, in order, with the items' versions. */
export async function listAgenda(access: TAccess, meetingId: string): Promise<TAgendaItem[]> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { agendaItems: { orderBy: AGENDA_ORDER, select: ITEM_SELECT } },
  });
  if (!meeting) throw AppError.notFound("meeting");
  return meeting.agendaItems;
}

/** Adds a regular item at the end of the agenda. */
export async function createAgendaItem(
  access: TAccess,
  meetingId: string,
  input: TCreateAgendaItem,
  actor: TActor,
): Promise<TAgendaItem> {
  const data = parseInput(ZCreateAgendaItem, input);
  return changeAgenda(access, meetingId, actor, async (tx, _meeting, audit) => {
    await checkPresenter(tx, data.presenterPersonId);
    const last = await tx.agendaItem.aggregate({ where: { meetingId }, _max: { order: true } });
    const item = await tx.agendaItem.create({
      data: { ...data, meetingId, kind: "REGULAR", order: (last._max.order ?? 0) + 1 },
      select: ITEM_SELECT,
    });
    await audit({
      entity: "AgendaItem",
      entityId: item.id,
      action: "CREATE",
      after: auditJson({ meetingId, ...item }),
    });
    return item;
  });
}

/** Edits title, presenter or planned minutes of one item, if nobody changed it since `version`. */
export async function updateAgendaItem(
  access: TAccess,
  meetingId: string,
  itemId: string,
  input: TUpdateAgendaItem,
  actor: TActor,
): Promise<TAgendaItem> {
  const { version, ...data } = parseInput(ZUpdateAgendaItem, input);
  return changeAgenda(access, meetingId, actor, async (tx, _meeting, audit) => {
    const before = await seenItem(tx, meetingId, itemId, version);
    await checkPresenter(tx, data.presenterPersonId);
    const after = await tx.agendaItem.update({
      where: { id: itemId },
      data: { ...data, version: { increment: 1 } },
      select: ITEM_SELECT,
    });
    await audit({
      entity: "AgendaItem",
      entityId: itemId,
      action: "UPDATE",
      before: auditJson(before),
      after: auditJson(after),
    });
    return after;
  });
}

/** Removes one item, if nobody changed it since `version`; the items after it close the gap. */
export async function deleteAgendaItem(
  access: TAccess,
  meetingId: string,
  itemId: string,
  input: TDeleteAgendaItem,
  actor: TActor,
): Promise<void> {
  const { version } = parseInput(ZDeleteAgendaItem, input);
  await changeAgenda(access, meetingId, actor, async (tx, _meeting, audit) => {
    const before = await seenItem(tx, meetingId, itemId, version);
    await tx.agendaItem.delete({ where: { id: itemId } });
    const rest = await tx.agendaItem.findMany({
      where: { meetingId },
      orderBy: AGENDA_ORDER,
      select: { id: true },
    });
    await writeOrders(
      tx,
      rest.map((i) => i.id),
    );
    await audit({
      entity: "AgendaItem",
      entityId: itemId,
      action: "DELETE",
      before: auditJson({ meetingId, ...before }),
    });
  });
}

async function writeOrders(tx: TTx, ids: readonly string[]): Promise<void> {
  for (const { id, order } of ordersFor(ids)) await tx.agendaItem.update({ where: { id }, data: { order } });
}

/** Saves the whole agenda in a new order; an order that misses or invents items is refused. */
export async function reorderAgenda(
  access: TAccess,
  meetingId: string,
  input: TReorderAgenda,
  actor: TActor,
): Promise<TAgendaItem[]> {
  const { itemIds } = parseInput(ZReorderAgenda, input);
  await changeAgenda(access, meetingId, actor, async (tx, _meeting, audit) => {
    const current = await tx.agendaItem.findMany({
      where: { meetingId },
      orderBy: AGENDA_ORDER,
      select: { id: true },
    });
    const currentIds = current.map((i) => i.id);
    if (!isCompleteOrder(currentIds, itemIds)) {
      throw AppError.conflict("meeting.errors.agendaChanged");
    }
    await writeOrders(tx, itemIds);
    await audit({
      entity: "Agenda",
      entityId: meetingId,
      action: "UPDATE",
      before: { itemIds: currentIds },
      after: { itemIds },
    });
  });
  return listAgenda(access, meetingId);
}

/**
 * Adds "Adoption of the minutes of the previous meeting" (only when the programme had an
 * earlier meeting) and "Matters arising", titled in the language of whoever adds them; an item
 * the agenda already has is not added again.
 */
export async function addGeneratedItems(
  access: TAccess,
  meetingId: string,
  actor: TActor,
  locale: TLocale = "en",
): Promise<TAgendaItem[]> {
  const t = translator(locale);
  const titles = {
    ADOPTION_OF_PREVIOUS_MINUTES: t("meeting.agendaBuilder.generatedTitles.adoption"),
    MATTERS_ARISING: t("meeting.agendaBuilder.generatedTitles.mattersArising"),
  };
  await changeAgenda(access, meetingId, actor, async (tx, meeting, audit) => {
    const previous = await tx.meeting.findFirst({
      where: { ...earlierMeetingsWhere(meeting), status: { not: "CANCELLED" } },
      select: { id: true },
    });
    const current = await tx.agendaItem.findMany({
      where: { meetingId },
      orderBy: AGENDA_ORDER,
      select: { id: true, kind: true },
    });
    const kinds = generatedKindsToAdd(
      current.map((i) => i.kind),
      previous !== null,
    );
    if (kinds.length === 0) return;
    const added = [];
    for (const kind of kinds) {
      added.push(
        await tx.agendaItem.create({
          data: { meetingId, kind, title: titles[kind], order: 0 },
          select: { id: true, kind: true },
        }),
      );
    }
    await writeOrders(
      tx,
      placeGenerated(current, added).map((i) => i.id),
    );
    await audit({
      entity: "Agenda",
      entityId: meetingId,
      action: "UPDATE",
      before: { itemIds: current.map((i) => i.id) },
      after: auditJson({ added }),
    });
  });
  return listAgenda(access, meetingId);
}

function earlierMeetingsWhere(meeting: { id: string; programmeId: string; startsAt: Date }) {
  return { programmeId: meeting.programmeId, id: { not: meeting.id }, startsAt: { lt: meeting.startsAt } };
}

/**
 * The action items "Matters arising" lists: those of earlier meetings of the programme still open
 * (reported done included) when this meeting started, with their status as of then and their
 * reference (lib/action-item/service/carry-over.ts), oldest first.
 */
export async function mattersArising(access: TAccess, meetingId: string): Promise<TMatterArising[]> {
  const { data } = await carriedOver(access, meetingId);
  return data.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    status: r.statusAtCutOff,
    dueDate: r.dueDate,
    owner: r.ownerOrganisation?.acronym ?? r.ownerOrganisation?.name ?? r.ownerPerson?.name ?? null,
    meeting: r.meeting,
  }));
}
