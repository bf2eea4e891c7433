// Checks the record writer and the record kinds run inside their transaction: references must
// belong to the same meeting, speakers must be on its register, and a stale version is a conflict
// that names who changed the record (as a value, so each screen words it in its own language).
import "server-only";
import type { TTx } from "@/lib/db";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";

/** The record kinds of a meeting, as the audit trail names them. */
export type TRecordEntity = "Remark" | "Decision" | "ActionItem";

export async function checkAgendaItem(tx: TTx, meetingId: string, agendaItemId: string | null | undefined) {
  if (!agendaItemId) return;
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, meetingId },
    select: { id: true },
  });
  if (!item) throw AppError.invalidField("agendaItemId", "capture.errors.noAgendaItem");
}

/** A speaker is someone on the meeting's attendance register (invited or walk-in). */
export async function checkSpeaker(tx: TTx, meetingId: string, personId: string | undefined) {
  if (!personId) return;
  const row = await tx.invitation.findUnique({
    where: { meetingId_personId: { meetingId, personId } },
    select: { id: true },
  });
  if (!row) throw AppError.invalidField("speakerPersonId", "capture.errors.speakerNotRegistered");
}

/**
 * Refuses a write made against an older version: nothing is saved, and the caller gets the
 * record as it is now, and who changed it last (`params.who`), to show both versions.
 */
export async function checkVersion(
  tx: TTx,
  entity: TRecordEntity,
  current: { id: string; version: number },
  seen: number,
  output: unknown,
): Promise<void> {
  if (current.version === seen) return;
  const last = await tx.auditEvent.findFirst({
    where: { entity, entityId: current.id },
    orderBy: { at: "desc" },
    select: { actor: { select: { name: true } }, actorLabel: true },
  });
  const who = last?.actor?.name ?? last?.actorLabel;
  const params = { entity, version: current.version, seen };
  throw who
    ? AppError.conflict("capture.errors.changedBy", { ...params, who }, output)
    : AppError.conflict("capture.errors.changed", params, output);
}

/** The audit event of one change to a record of the meeting, with the record before and after. */
export function auditRecord(
  tx: TTx,
  change: {
    actor: TActor;
    programmeId: string;
    entity: TRecordEntity;
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
