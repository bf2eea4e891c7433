// Checks shared by the remark, decision and action-item services inside their transaction:
// references must belong to the same meeting, speakers must be on its register, and a stale
// version is a conflict that names who changed the record.
import "server-only";
import type { TTx } from "@/lib/db";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";

export async function checkAgendaItem(tx: TTx, meetingId: string, agendaItemId: string | null | undefined) {
  if (!agendaItemId) return;
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, meetingId },
    select: { id: true },
  });
  if (!item) throw AppError.validation({ agendaItemId: ["No such agenda item in this meeting"] });
}

/** A speaker is someone on the meeting's attendance register (invited or walk-in). */
export async function checkSpeaker(tx: TTx, meetingId: string, personId: string | undefined) {
  if (!personId) return;
  const row = await tx.invitation.findUnique({
    where: { meetingId_personId: { meetingId, personId } },
    select: { id: true },
  });
  if (!row) {
    throw AppError.validation({
      speakerPersonId: ["The speaker is not on this meeting's attendance register: add them there first"],
    });
  }
}

/** An id sent with a create that another record already has (of any meeting) is refused. */
export function idTaken(): AppError {
  return AppError.validation({ id: ["This id is already used by another record"] });
}

/**
 * Refuses a write made against an older version: nothing is saved, and the caller gets the
 * record as it is now, and who changed it last, to show both versions.
 */
export async function checkVersion<T extends { version: number }>(
  tx: TTx,
  entity: string,
  id: string,
  current: T,
  seenVersion: number,
  toOutput: (row: T) => unknown,
): Promise<void> {
  if (current.version === seenVersion) return;
  const last = await tx.auditEvent.findFirst({
    where: { entity, entityId: id },
    orderBy: { at: "desc" },
    select: { at: true, actor: { select: { name: true } }, actorLabel: true },
  });
  const who = last?.actor?.name ?? last?.actorLabel ?? "Someone";
  throw AppError.conflict(
    `${who} changed this ${entity === "ActionItem" ? "action item" : entity.toLowerCase()} after you opened it (version ${current.version}, you had ${seenVersion}). Nothing was saved: compare and save again.`,
    toOutput(current),
  );
}

/**
 * A create retried with the id it already made: the record made the first time (same meeting),
 * or a refusal when the id belongs to a record of another meeting. Null when the id is new.
 */
export async function alreadyCreated<T extends { meetingId: string }>(
  meetingId: string,
  id: string | undefined,
  find: (id: string) => Promise<T | null>,
): Promise<T | null> {
  if (!id) return null;
  const existing = await find(id);
  if (existing && existing.meetingId !== meetingId) throw idTaken();
  return existing;
}

/** The audit event of one change to a record of the meeting, with the record before and after. */
export function auditRecord(
  tx: TTx,
  change: {
    actor: TActor;
    programmeId: string;
    entity: "Remark" | "Decision" | "ActionItem";
    action: "CREATE" | "UPDATE" | "DELETE";
    id: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  return recordAudit(tx, {
    actor: change.actor,
    entity: change.entity,
    entityId: change.id,
    action: change.action,
    programmeId: change.programmeId,
    before: change.before === undefined ? undefined : auditJson(change.before),
    after: change.after === undefined ? undefined : auditJson(change.after),
  });
}
