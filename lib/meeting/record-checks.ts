// Checks shared by the remark, decision and action-item services inside their transaction:
// references must belong to the same meeting, speakers must be on its register, and a stale
// version is a conflict that names who changed the record.
import "server-only";
import type { TTx } from "@/lib/db";
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
