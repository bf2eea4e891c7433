// Audit events of an import: one CREATE per record created, collected while writing and inserted
// with one createMany in the same transaction (a 60-attendee meeting makes hundreds of records).
// Each row has the shape recordAudit (lib/audit/service.ts) writes.
import "server-only";
import type { Prisma, TTx } from "@/lib/db";
import type { TActor } from "@/lib/audit/actor";
import { auditJson } from "@/lib/audit/service";

/** Marks, in each event's `after`, that the record came from a meeting bundle. */
export const AUDIT_SOURCE = "meeting-bundle";

export class AuditBatch {
  private readonly rows: Prisma.AuditEventCreateManyInput[] = [];

  constructor(
    private readonly actor: TActor,
    private readonly programmeId: string,
  ) {}

  created<T extends { id: string }>(entity: string, records: readonly T[]): void {
    for (const record of records) {
      this.rows.push({
        actorUserId: this.actor.userId ?? null,
        actorLabel: this.actor.label ?? null,
        programmeId: this.programmeId,
        entity,
        entityId: record.id,
        action: "CREATE",
        after: auditJson({ ...record, source: AUDIT_SOURCE }),
      });
    }
  }

  async write(tx: TTx): Promise<void> {
    if (this.rows.length > 0) await tx.auditEvent.createMany({ data: this.rows });
  }
}
