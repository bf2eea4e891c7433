// The audit trail: who changed what, when, with the record before and after. Written inside the
// same transaction as the change, so there is never a change without its audit event.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { TTx } from "@/lib/db";
import type { TActor } from "./actor";

type TAuditInput = {
  actor: TActor;
  entity: string;
  entityId: string;
  action: AuditAction;
  programmeId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: TTx, input: TAuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: input.actor.userId ?? null,
      actorLabel: input.actor.label ?? null,
      programmeId: input.programmeId ?? null,
      entity: input.entity,
      entityId: input.entityId,
      action: input.action,
      before: input.before,
      after: input.after,
    },
  });
}

/** Dates and other non-JSON values as they should appear in an audit record. */
export function auditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
