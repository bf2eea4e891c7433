// Keeps each tab's unsent capture operations in localStorage (one key per meeting and tab, so two
// tabs never overwrite each other's), and hands over those of a tab that closed before sending.
import type { TQueuedOp, TQueueStorage } from "./queue-types";

type TStorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;
type TStored = { ops: readonly unknown[]; heartbeat: number; isReleased?: boolean };

/** A tab that has not written for this long is gone; its operations are taken over. */
export const STALE_AFTER_MS = 15_000;
const TAB_KEY = "notulen.capture.tab";
const ENTITIES = new Set(["remarks", "decisions", "action-items"]);

const prefix = (meetingId: string) => `notulen.capture.${meetingId}.`;

function read(storage: TStorageLike, key: string): TStored | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? "null");
    if (typeof value !== "object" || value === null || !Array.isArray((value as TStored).ops)) return null;
    return value as TStored;
  } catch {
    return null;
  }
}

/** Keeps only well-formed operations: storage can hold anything an older version wrote. */
export function validOps(ops: readonly unknown[]): TQueuedOp[] {
  return ops.filter((o): o is TQueuedOp => {
    if (typeof o !== "object" || o === null) return false;
    const op = o as Record<string, unknown>;
    const isBase =
      typeof op.opId === "string" && typeof op.entityId === "string" && ENTITIES.has(String(op.entity));
    if (!isBase) return false;
    if (op.kind === "create") return typeof op.body === "object" && op.body !== null;
    if (op.kind === "update") return typeof op.version === "number" && typeof op.patch === "object";
    return op.kind === "delete" && typeof op.version === "number";
  });
}

/** A random id that works outside secure contexts too (crypto.randomUUID needs https or localhost). */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export type TTabStorage = TQueueStorage & {
  /** Tells other tabs this one is alive. */
  heartbeat: () => void;
  /** The page is going away: other tabs (or this one after a reload) may take its operations. */
  release: () => void;
  /** Operations of this meeting left by tabs that are gone; removed from storage once taken. */
  takeOrphans: () => TQueuedOp[];
};

export function openTabStorage(
  local: TStorageLike,
  session: Pick<Storage, "getItem" | "setItem">,
  meetingId: string,
  now: () => number = () => Date.now(),
): TTabStorage {
  let tabId = session.getItem(TAB_KEY) ?? newId();
  const own = read(local, prefix(meetingId) + tabId);
  // A duplicated tab inherits the session id of a tab that is still alive: take a new one.
  if (own && !own.isReleased && now() - own.heartbeat < STALE_AFTER_MS) tabId = newId();
  session.setItem(TAB_KEY, tabId);
  const key = prefix(meetingId) + tabId;
  let ops: readonly TQueuedOp[] = [];

  const write = (isReleased: boolean) => {
    try {
      if (ops.length === 0) local.removeItem(key);
      else local.setItem(key, JSON.stringify({ ops, heartbeat: now(), isReleased } satisfies TStored));
    } catch {
      // Storage full or blocked: the queue still works for this page, it just won't survive a reload.
    }
  };

  return {
    load() {
      ops = validOps(read(local, key)?.ops ?? []);
      return [...ops];
    },
    save(next) {
      ops = next;
      write(false);
    },
    heartbeat: () => write(false),
    release: () => write(true),
    takeOrphans() {
      const taken: TQueuedOp[] = [];
      const keys: string[] = [];
      for (let i = 0; i < local.length; i++) {
        const k = local.key(i);
        if (k && k !== key && k.startsWith(prefix(meetingId))) keys.push(k);
      }
      for (const k of keys) {
        const stored = read(local, k);
        if (stored && !stored.isReleased && now() - stored.heartbeat < STALE_AFTER_MS) continue;
        taken.push(...validOps(stored?.ops ?? []));
        local.removeItem(k);
      }
      return taken;
    },
  };
}
