// The one gate for writing a meeting's record (remarks, decisions, action items): checks
// record:manage, then locks the meeting row so two secretariat users capturing at once get
// consistent orders and decision numbers, and refuses once the record is closed.
import "server-only";
import type { TTx } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { meetingRecordWhere } from "@/lib/meeting/service/access";
import { isFinalStatus } from "@/lib/meeting/status";

export type TLockedMeeting = { id: string; programmeId: string; status: MeetingStatus };

export async function lockMeetingRecord(
  tx: TTx,
  access: TAccess,
  meetingId: string,
): Promise<TLockedMeeting> {
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingRecordWhere(access)] },
    select: { id: true, programmeId: true, status: true },
  });
  if (!meeting) throw AppError.notFound("meeting");
  await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  // Adopted minutes are locked: a write is a conflict with that state (409), not bad input.
  if (meeting.status === "MINUTES_ADOPTED") throw AppError.conflict("minutesAdoption.errors.recordLocked");
  if (!isRecordOpen(meeting.status)) {
    throw AppError.validation(
      { _form: [{ key: "capture.errors.recordClosed" }] },
      "capture.errors.recordClosed",
    );
  }
  return meeting;
}

/**
 * Whether the record of a meeting in this status may still change (for the screens): not once the
 * meeting is final — cancelled, or its minutes adopted and locked.
 */
export function isRecordOpen(status: MeetingStatus): boolean {
  return !isFinalStatus(status);
}
