// The reference of an action item, readable in minutes, e-mails and on the phone: the meeting's kind
// and number, "A" for action, and the item's running number within its meeting — "PSC3/A/04". The
// same in both languages (a code, not a phrase). Pure.
import type { MeetingKind } from "@/lib/generated/prisma/enums";

const KIND_CODE: Record<MeetingKind, string> = { PSC: "PSC", TECHNICAL_COMMITTEE: "TC", AD_HOC: "AH" };

/** The meeting's short code: "PSC3", "TC2", "AH1". */
export function meetingCode(meeting: { kind: MeetingKind; sequenceNumber: number }): string {
  return `${KIND_CODE[meeting.kind]}${meeting.sequenceNumber}`;
}

export function actionReference(
  meeting: { kind: MeetingKind; sequenceNumber: number },
  number: number | null,
): string {
  const n = number === null ? "?" : String(number).padStart(2, "0");
  return `${meetingCode(meeting)}/A/${n}`;
}
