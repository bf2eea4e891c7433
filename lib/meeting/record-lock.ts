// The one gate for writing a meeting's record (remarks, decisions, action items): checks
// record:manage, then locks the meeting row so two secretariat users capturing at once get
// consistent orders and decision numbers, and refuses once the minutes are adopted.
import "server-only";
import type { TTx } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { meetingRecordWhere } from "./access";

export type TLockedMeeting = { id: string; programmeId: string; status: string };

/** Statuses in which the record is closed: nothing was held, or the minutes are adopted and locked. */
const CLOSED = new Set(["CANCELLED", "MINUTES_ADOPTED"]);

export async function lockMeetingRecord(
  tx: TTx,
  access: TAccess,
  meetingId: string,
): Promise<TLockedMeeting> {
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingRecordWhere(access)] },
    select: { id: true, programmeId: true, status: true },
  });
  if (!meeting) throw AppError.notFound("Meeting");
  await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  if (CLOSED.has(meeting.status)) {
    throw AppError.validation(
      { _form: ["The record of this meeting is closed: it was cancelled or its minutes are adopted"] },
      "The record of this meeting can no longer be changed",
    );
  }
  return meeting;
}

/** Whether the record of a meeting in this status may still change (for the screens). */
export function isRecordOpen(status: string): boolean {
  return !CLOSED.has(status);
}
