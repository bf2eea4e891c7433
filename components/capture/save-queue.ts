// The capture screen's save queue: every create, edit and delete is kept (and stored on the
// device) until the server confirms it, sent one at a time in order, retried with backoff.
// Plain TypeScript, no React, so its rules are unit-tested with a fake `send` and fake timers.
import { afterSaved, dropFrom, enqueueOp, nextToSend } from "./queue-ops";
import type {
  TOperation,
  TQueuedOp,
  TQueueSnapshot,
  TQueueStorage,
  TRecord,
  TSendOutcome,
  TSettled,
} from "./queue-types";

/** Waits after the 1st, 2nd, … failure in a row; the last one repeats. */
export const BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000] as const;

export type TSaveQueueOptions = {
  send: (op: TOperation) => Promise<TSendOutcome>;
  storage?: TQueueStorage;
  backoffMs?: readonly number[];
  now?: () => number;
  /** Entry ids an operation refers to (a remark raising an action item): held while they are. */
  dependsOn?: (op: TOperation) => string[];
  /**
   * Whether a conflicting record already holds the change (a resent edit whose first answer was
   * lost): then it counts as saved instead of showing a conflict against oneself.
   */
  isPatchApplied?: (op: TOperation, current: TRecord) => boolean;
  onSettled?: (event: TSettled) => void;
};

export type TSaveQueue = ReturnType<typeof createSaveQueue>;

export function createSaveQueue(options: TSaveQueueOptions) {
  const backoff = options.backoffMs ?? BACKOFF_MS;
  const now = options.now ?? (() => Date.now());
  const dependsOn = options.dependsOn ?? (() => []);
  const listeners = new Set<() => void>();
  let ops: TQueuedOp[] = options.storage?.load() ?? [];
  let sendingOpId: string | null = null;
  let isOnline = true;
  let isAuthRequired = false;
  let isStarted = false;
  let failures = 0;
  let lastError: string | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let nextRetryAt: number | null = null;
  let snapshot: TQueueSnapshot = build();

  function build(): TQueueSnapshot {
    return { ops, sendingOpId, isOnline, isAuthRequired, nextRetryAt, lastError };
  }

  function emit() {
    snapshot = build();
    for (const listener of listeners) listener();
  }

  function setOps(next: TQueuedOp[]) {
    ops = next;
    options.storage?.save(ops);
  }

  function clearRetry() {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
    nextRetryAt = null;
  }

  function scheduleRetry() {
    failures += 1;
    const wait = backoff[Math.min(failures, backoff.length) - 1];
    clearRetry();
    nextRetryAt = now() + wait;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      nextRetryAt = null;
      emit();
      pump();
    }, wait);
  }

  function settle(op: TQueuedOp, outcome: TSendOutcome) {
    const stop = (next: TQueuedOp["stop"]) =>
      setOps(ops.map((o) => (o.opId === op.opId ? { ...o, stop: next } : o)));
    if (outcome.type === "retry" || outcome.type === "unauthenticated") {
      isAuthRequired = outcome.type === "unauthenticated";
      lastError = outcome.type === "retry" ? outcome.message : null;
      scheduleRetry();
      return;
    }
    failures = 0;
    lastError = null;
    isAuthRequired = false;
    const saved = (record: TRecord | null) => {
      setOps(afterSaved(ops, op, record));
      options.onSettled?.({ type: "saved", op, record });
    };
    switch (outcome.type) {
      case "saved":
        return saved(outcome.record);
      case "invalid":
        return stop({ reason: "invalid", message: outcome.message, fieldErrors: outcome.fieldErrors });
      case "conflict":
        if (op.kind === "update" && options.isPatchApplied?.(op, outcome.current))
          return saved(outcome.current);
        stop({ reason: "conflict", message: outcome.message, current: outcome.current, by: outcome.by });
        return options.onSettled?.({ type: "conflict", op, current: outcome.current });
      case "gone":
        // Deleting what is already gone is what was wanted.
        if (op.kind === "delete") return saved(null);
        stop({ reason: "gone", message: outcome.message });
        return options.onSettled?.({ type: "gone", op });
    }
  }

  function pump() {
    if (!isStarted || sendingOpId !== null || !isOnline || retryTimer !== null) return;
    const op = nextToSend(ops, dependsOn);
    if (!op) return;
    sendingOpId = op.opId;
    emit();
    void Promise.resolve()
      .then(() => options.send(op))
      .catch((error: unknown): TSendOutcome => ({ type: "retry", message: String(error) }))
      .then((outcome) => {
        sendingOpId = null;
        // The operation may have been discarded while it was on the wire; its answer still counts.
        settle(op, outcome);
        emit();
        pump();
      });
  }

  function change(next: TQueuedOp[]) {
    setOps(next);
    emit();
    pump();
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    start() {
      isStarted = true;
      pump();
    },
    stop() {
      isStarted = false;
      clearRetry();
      emit();
    },
    enqueue: (op: TOperation) => change(enqueueOp(ops, op, sendingOpId)),
    /** "Keep mine": send the change again against the version the server has now. */
    keepMine(opId: string) {
      change(
        ops.map((o) =>
          o.opId === opId && o.stop?.reason === "conflict" && o.kind !== "create"
            ? { ...o, version: o.stop.current.version, stop: null }
            : o,
        ),
      );
    },
    /** "Use theirs" or "Discard": forget the change (and later ones of that entry built on it). */
    discard: (opId: string) => change(dropFrom(ops, opId)),
    /** Operations left by another tab of this meeting that closed before sending them. */
    adopt(adopted: readonly TQueuedOp[]) {
      const known = new Set(ops.map((o) => o.opId));
      const fresh = adopted.filter((o) => !known.has(o.opId));
      if (fresh.length > 0) change([...ops, ...fresh]);
    },
    /** Skip the wait: the connection came back or the user logged in again. */
    retryNow() {
      clearRetry();
      failures = 0;
      emit();
      pump();
    },
    setOnline(online: boolean) {
      if (online === isOnline) return;
      isOnline = online;
      if (online) {
        clearRetry();
        failures = 0;
      }
      emit();
      pump();
    },
  };
}
