// What entering the paper sheet changes, decided without a database: ticked rows become present,
// unticked ones absent only when asked (excused stays excused), rows already right are left alone.
import type { TAttendanceStatus } from "./schema";

export type TPaperRow = { id: string; attendance: TAttendanceStatus | null; signedInAt: Date | null };
export type TPaperChange<R extends TPaperRow> = {
  id: string;
  before: R;
  after: { attendance: TAttendanceStatus; signedInAt: Date | null };
};

export function planPaperEntry<R extends TPaperRow>(
  rows: readonly R[],
  entry: { presentIds: readonly string[]; markOthersAbsent: boolean; signedInAt: "none" | "meetingStart" },
  meetingStart: Date,
): TPaperChange<R>[] {
  const ticked = new Set(entry.presentIds);
  const changes: TPaperChange<R>[] = [];
  for (const row of rows) {
    if (ticked.has(row.id)) {
      // Someone signed in at the venue keeps their real sign-in time.
      if (row.attendance === "PRESENT") continue;
      const signedInAt = entry.signedInAt === "meetingStart" ? meetingStart : null;
      changes.push({ id: row.id, before: row, after: { attendance: "PRESENT", signedInAt } });
    } else if (entry.markOthersAbsent && row.attendance !== "ABSENT" && row.attendance !== "EXCUSED") {
      changes.push({ id: row.id, before: row, after: { attendance: "ABSENT", signedInAt: null } });
    }
  }
  return changes;
}
