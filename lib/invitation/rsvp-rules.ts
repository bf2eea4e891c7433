// When an RSVP link may still answer, and how long it lives: one rule for the page, the answer and
// the links e-mailed. Answers are taken while the meeting is still to be held — draft or scheduled,
// and not over yet; once it is held, cancelled or its minutes adopted, the link only shows it.
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

const ANSWERABLE: readonly MeetingStatus[] = ["DRAFT", "SCHEDULED"];

/** A day after the meeting ends the link stops opening at all. */
const LINK_LIFETIME_AFTER_END_MS = 24 * 3600_000;

export function isOpenForAnswers(
  meeting: { status: MeetingStatus; endsAt: Date },
  now = new Date(),
): boolean {
  return ANSWERABLE.includes(meeting.status) && meeting.endsAt > now;
}

export function rsvpLinkExpiry(meeting: { endsAt: Date }): Date {
  return new Date(meeting.endsAt.getTime() + LINK_LIFETIME_AFTER_END_MS);
}
