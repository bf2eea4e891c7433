// The undo offered after each register change: what to set back, and for how long it is offered.
import type { TAttendanceStatus } from "./schema";

export const UNDO_WINDOW_MS = 10_000;

export type TUndo = {
  invitationId: string;
  name: string;
  previous: TAttendanceStatus | null;
  next: TAttendanceStatus | null;
  /** Epoch milliseconds after which the undo is no longer offered. */
  expiresAt: number;
};

export function offerUndo(change: Omit<TUndo, "expiresAt">, now: number): TUndo | null {
  if (change.previous === change.next) return null;
  return { ...change, expiresAt: now + UNDO_WINDOW_MS };
}

export const isUndoable = (undo: TUndo | null, now: number): undo is TUndo =>
  undo !== null && now < undo.expiresAt;
