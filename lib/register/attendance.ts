// What a register change writes: the attendance and when the person signed in, decided without a database.
import type { TAttendanceStatus } from "./schema";

export type TAttendanceState = { attendance: TAttendanceStatus | null; signedInAt: Date | null };

/**
 * Present keeps an earlier sign-in time (marking present twice does not move it); any other
 * status clears it, so undoing a sign-in leaves no trace of a time.
 */
export function attendanceChange(
  current: TAttendanceState,
  next: TAttendanceStatus | null,
  now: Date,
): TAttendanceState {
  if (next !== "PRESENT") return { attendance: next, signedInAt: null };
  return {
    attendance: "PRESENT",
    signedInAt: current.attendance === "PRESENT" ? (current.signedInAt ?? now) : now,
  };
}

/** The version a register row shows: its last change, to the millisecond. */
export const rowVersion = (updatedAt: Date): string => updatedAt.toISOString();

/** A change sent without a version always applies; with one it must match the row's. */
export const isStale = (sent: string | undefined, updatedAt: Date): boolean =>
  sent !== undefined && sent !== rowVersion(updatedAt);
