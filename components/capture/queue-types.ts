// The shapes the capture save queue works with, apart from the queue itself so the merge, the
// storage and the HTTP layer can share them without importing the queue's machinery.
import type { TFieldErrors } from "@/lib/errors";

export type { TFieldErrors };

/** The three kinds of entry in a meeting's record; also the URL segment of their endpoints. */
export type TEntity = "remarks" | "decisions" | "action-items";

/** What the queue needs to know about a saved record: its id and version. */
export type TRecord = { id: string; version: number };

type TOpBase = { opId: string; entity: TEntity; entityId: string };

/** A new entry; `entityId` is the client-made id the server will use, so a resend is safe. */
export type TCreateOp = TOpBase & { kind: "create"; body: Record<string, unknown> };

/** Changed fields of an entry; `version` is the one the editor saw; `base` is the entry as they saw it. */
export type TUpdateOp = TOpBase & {
  kind: "update";
  version: number;
  patch: Record<string, unknown>;
  base: TRecord | null;
};

export type TDeleteOp = TOpBase & { kind: "delete"; version: number; base: TRecord | null };

export type TOperation = TCreateOp | TUpdateOp | TDeleteOp;

/**
 * Why an operation stopped and waits for the user; stopped operations are never resent on their
 * own. Messages arrive from the server already in the reader's language.
 */
export type TStop =
  | { reason: "invalid"; message: string; fieldErrors: TFieldErrors }
  /** `by`: who saved the other version, when the server knows (absent in older stored queues). */
  | { reason: "conflict"; message: string; current: TRecord; by?: string | null }
  | { reason: "gone"; message: string };

export type TQueuedOp = TOperation & { stop: TStop | null };

/** The server's answer to one operation, as the queue understands it. */
export type TSendOutcome =
  | { type: "saved"; record: TRecord | null }
  | { type: "invalid"; message: string; fieldErrors: TFieldErrors }
  | { type: "conflict"; message: string; current: TRecord; by: string | null }
  | { type: "gone"; message: string }
  | { type: "unauthenticated" }
  | { type: "retry"; message: string };

/** Told to the screen after each answer, so it can put the server's record into its cache. */
export type TSettled =
  | { type: "saved"; op: TOperation; record: TRecord | null }
  | { type: "conflict"; op: TOperation; current: TRecord }
  | { type: "gone"; op: TOperation };

export type TQueueSnapshot = {
  ops: readonly TQueuedOp[];
  /** The operation on the wire right now. */
  sendingOpId: string | null;
  isOnline: boolean;
  /** The session expired: the user has to log in again (in another tab); the queue waits. */
  isAuthRequired: boolean;
  /** When the next attempt after a failure is due (epoch ms), or null when none is waiting. */
  nextRetryAt: number | null;
  /** The last network or server error, for the status bar. */
  lastError: string | null;
};

/** Where the queue keeps its operations between reloads. */
export type TQueueStorage = {
  load: () => TQueuedOp[];
  save: (ops: readonly TQueuedOp[]) => void;
};
