// The screen's writes, each turned into a queued operation with a fresh client id: the queue
// (not the form) then owns getting it to the server.
import type { TSaveLog } from "./cache";
import { changedFields, createBodyOf } from "./entry-fields";
import type { TEntry } from "./merge";
import { newId } from "./queue-storage";
import type { TEntity, TRecord } from "./queue-types";
import type { TSaveQueue } from "./save-queue";

export type TCaptureActions = ReturnType<typeof captureActions>;

export function captureActions(queue: TSaveQueue | null, log: TSaveLog | null) {
  const create = (entity: TEntity, body: Record<string, unknown>): string => {
    const entityId = newId();
    queue?.enqueue({ opId: newId(), kind: "create", entity, entityId, body });
    return entityId;
  };
  return {
    create,
    /**
     * Queues the fields that differ from the entry as the editor opened it (`base`), against the
     * version they saw; a refused entry is always sent again.
     */
    update(entity: TEntity, base: TEntry<TRecord>, values: Record<string, unknown>) {
      const patch = changedFields(entity, base.record, values);
      if (Object.keys(patch).length === 0 && base.sync.kind !== "invalid") return;
      queue?.enqueue({
        opId: newId(),
        kind: "update",
        entity,
        entityId: base.record.id,
        version: log?.ownLatestVersion(base.record.id, base.record.version) ?? base.record.version,
        patch,
        base: base.record,
      });
    },
    remove(entity: TEntity, entry: TEntry<TRecord>) {
      queue?.enqueue({
        opId: newId(),
        kind: "delete",
        entity,
        entityId: entry.record.id,
        version: entry.record.version,
        base: entry.record,
      });
    },
    keepMine: (opId: string) => queue?.keepMine(opId),
    discard: (opId: string) => queue?.discard(opId),
    /** Someone else deleted the entry: make this device's version of it as a new one. */
    addAgain(entity: TEntity, opId: string, mine: TRecord) {
      queue?.discard(opId);
      create(entity, createBodyOf(entity, mine));
    },
    retryNow: () => queue?.retryNow(),
  };
}
