// Puts what the server confirmed into the polled capture state at once, so a saved entry never
// blinks out between leaving the queue and the next poll; and re-applies confirmations to a poll
// that started before them (its answer may predate them). Pure apart from each screen's small log.
import type { TCaptureState } from "@/lib/record/capture-schema";
import type { TRecord, TSettled } from "./queue-types";

type TLists = Pick<TCaptureState, "remarks" | "decisions" | "actionItems">;
const LIST = { remarks: "remarks", decisions: "decisions", "action-items": "actionItems" } as const;

type TChange = { list: keyof TLists; id: string } & (
  | { put: TRecord }
  | { removeUpTo: number } // remove the record if the state holds this version or an older one
);

function changeOf(event: TSettled): TChange {
  const list = LIST[event.op.entity];
  const id = event.op.entityId;
  if (event.type === "conflict") return { list, id, put: event.current };
  if (event.type === "gone") return { list, id, removeUpTo: Number.POSITIVE_INFINITY };
  if (event.record) return { list, id, put: event.record };
  return { list, id, removeUpTo: event.op.kind === "create" ? 0 : event.op.version };
}

function applyChange(state: TCaptureState, change: TChange): TCaptureState {
  const rows = state[change.list] as unknown as (TRecord & { order?: number; number?: number })[];
  const existing = rows.find((r) => r.id === change.id);
  let next = rows;
  if ("put" in change) {
    if (existing && existing.version >= change.put.version) return state;
    next = existing ? rows.map((r) => (r.id === change.id ? change.put : r)) : [...rows, change.put];
    if (change.list === "remarks") next = [...next].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    if (change.list === "decisions") next = [...next].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  } else {
    if (!existing || existing.version > change.removeUpTo) return state;
    next = rows.filter((r) => r.id !== change.id);
    // The server closes up decision numbers after a delete; so does the screen, until the next poll.
    const gap = existing.number;
    if (change.list === "decisions" && gap !== undefined) {
      next = next.map((d) => (d.number !== undefined && d.number > gap ? { ...d, number: d.number - 1 } : d));
    }
  }
  return { ...state, [change.list]: next };
}

/** The state with the server's answer to one operation applied. */
export function applySettled(state: TCaptureState, event: TSettled): TCaptureState {
  return applyChange(state, changeOf(event));
}

const KEEP_MS = 60_000;

export type TSaveLog = ReturnType<typeof createSaveLog>;

/**
 * What this screen's own saves confirmed lately, kept per capture screen (one per mount, so
 * nothing outlives it): laid over polls that were already on their way, and the versions the saves
 * moved entries through.
 */
export function createSaveLog() {
  let log: { at: number; change: TChange }[] = [];
  /** Versions this screen's own saves moved entries through: entry id → (version before → after). */
  const ownSaves = new Map<string, Map<number, number>>();

  return {
    /** Remembers a confirmation for the polls already on their way, and the version it made. */
    settled(event: TSettled, at: number): void {
      log = log.filter((c) => at - c.at < KEEP_MS);
      log.push({ at, change: changeOf(event) });
      if (event.type === "saved" && event.record) {
        const steps = ownSaves.get(event.op.entityId) ?? new Map<number, number>();
        steps.set(event.op.kind === "create" ? 0 : event.op.version, event.record.version);
        ownSaves.set(event.op.entityId, steps);
      }
    },

    /**
     * The version to send for an edit opened at `seen`: moved past the versions this screen's own
     * saves made meanwhile (an edit opened while the previous one was on the wire is not a conflict
     * with oneself), but never past a version someone else made.
     */
    ownLatestVersion(entityId: string, seen: number): number {
      const steps = ownSaves.get(entityId);
      let version = seen;
      for (let i = 0; steps?.has(version) && i < 100; i++) version = steps.get(version)!;
      return version;
    },

    /** A polled state with the confirmations made since the poll started laid over it. */
    withLateConfirmations(state: TCaptureState, startedAt: number): TCaptureState {
      return log.filter((c) => c.at >= startedAt).reduce((s, c) => applyChange(s, c.change), state);
    },
  };
}
