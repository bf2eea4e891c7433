// Pure list operations of the capture save queue (merge on enqueue, next to send, rebase after a
// save), kept apart from the queue's timers so each rule can be read and tested on its own.
import type { TOperation, TQueuedOp, TRecord } from "./queue-types";

const clean = (op: TQueuedOp): TQueuedOp => ({ ...op, stop: null });

/** The last queued operation on an entity that can still absorb a later edit (not sent, not in conflict). */
function mergeTarget(ops: readonly TQueuedOp[], entityId: string, sendingOpId: string | null) {
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    if (op.entityId !== entityId) continue;
    const isOpen = op.opId !== sendingOpId && (op.stop === null || op.stop.reason === "invalid");
    return isOpen ? i : -1;
  }
  return -1;
}

/**
 * Adds an operation, merging where the server need not see two requests: an edit of an entry
 * whose create (or earlier edit) is still queued joins it; deleting an entry whose create was
 * never sent drops it all; deleting makes its queued edits moot.
 */
export function enqueueOp(
  ops: readonly TQueuedOp[],
  op: TOperation,
  sendingOpId: string | null,
): TQueuedOp[] {
  if (op.kind === "create") return [...ops, { ...op, stop: null }];
  const sameEntity = ops.filter((o) => o.entityId === op.entityId);
  if (op.kind === "update") {
    if (sameEntity.some((o) => o.kind === "delete")) return [...ops];
    const at = mergeTarget(ops, op.entityId, sendingOpId);
    const target = at >= 0 ? ops[at] : null;
    if (target?.kind === "create") {
      return ops.map((o, i) => (i === at ? clean({ ...target, body: { ...target.body, ...op.patch } }) : o));
    }
    if (target?.kind === "update") {
      return ops.map((o, i) =>
        i === at ? clean({ ...target, patch: { ...target.patch, ...op.patch } }) : o,
      );
    }
    return [...ops, { ...op, stop: null }];
  }
  const unsentCreate = sameEntity.some((o) => o.kind === "create" && o.opId !== sendingOpId);
  if (unsentCreate) return ops.filter((o) => o.entityId !== op.entityId);
  if (sameEntity.some((o) => o.kind === "delete")) return [...ops];
  const kept = ops.filter((o) => o.entityId !== op.entityId || o.opId === sendingOpId || o.kind !== "update");
  return [...kept, { ...op, stop: null }];
}

/**
 * The next operation to send, in order: a stopped operation holds back the later ones of the
 * same entry, and of entries that refer to it (an action item raised by a remark not saved yet).
 */
export function nextToSend(
  ops: readonly TQueuedOp[],
  dependsOn: (op: TOperation) => string[],
): TQueuedOp | null {
  const held = new Set<string>();
  for (const op of ops) {
    if (op.stop === null && !held.has(op.entityId) && !dependsOn(op).some((id) => held.has(id))) return op;
    held.add(op.entityId);
  }
  return null;
}

/** The version an operation was made against (a create is made against none). */
const versionOf = (op: TOperation) => (op.kind === "create" ? 0 : op.version);

/**
 * After the server confirms an operation, later ones on the same entry were made on top of it:
 * they carry the new version. A later edit made against a newer version (seen in a poll) keeps it.
 */
export function afterSaved(
  ops: readonly TQueuedOp[],
  saved: TOperation,
  record: TRecord | null,
): TQueuedOp[] {
  const rest = ops.filter((o) => o.opId !== saved.opId);
  if (record === null) return rest.filter((o) => o.entityId !== saved.entityId);
  const seen = versionOf(saved);
  return rest.map((o) =>
    o.entityId === saved.entityId && o.kind !== "create" && o.version <= seen
      ? { ...o, version: record.version }
      : o,
  );
}

/** Drops an operation and everything queued after it on the same entry (built on top of it). */
export function dropFrom(ops: readonly TQueuedOp[], opId: string): TQueuedOp[] {
  const at = ops.findIndex((o) => o.opId === opId);
  if (at < 0) return [...ops];
  const entityId = ops[at].entityId;
  return ops.filter((o, i) => i < at || o.entityId !== entityId);
}
