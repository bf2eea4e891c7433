// The meeting lifecycle as data: which status may follow which, so services and buttons agree.
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

/** draft → scheduled → held → minutes draft ⇄ minutes in review → minutes adopted; cancelled before it is held. */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  DRAFT: ["SCHEDULED", "CANCELLED"],
  SCHEDULED: ["HELD", "CANCELLED"],
  HELD: ["MINUTES_DRAFT"],
  MINUTES_DRAFT: ["MINUTES_IN_REVIEW"],
  // Back to the draft for another review round.
  MINUTES_IN_REVIEW: ["MINUTES_ADOPTED", "MINUTES_DRAFT"],
  MINUTES_ADOPTED: [],
  CANCELLED: [],
};

export function nextStatuses(from: MeetingStatus): readonly MeetingStatus[] {
  return MEETING_TRANSITIONS[from];
}

/**
 * The moves the meeting page's status buttons offer: all but review and adoption. Circulating a
 * version (lib/minutes/service/circulation.ts) puts the minutes in review, with reviewers and a
 * deadline; only the adoption of a version (lib/minutes/service/adoption.ts) adopts them, so adopted
 * minutes always have a fingerprint.
 */
export function statusMovesByHand(from: MeetingStatus): readonly MeetingStatus[] {
  return MEETING_TRANSITIONS[from].filter((to) => to !== "MINUTES_ADOPTED" && to !== "MINUTES_IN_REVIEW");
}

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** A status from which nothing follows: the meeting's record is closed. */
export function isFinalStatus(status: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[status].length === 0;
}

const HELD_STATUSES: readonly MeetingStatus[] = [
  "HELD",
  "MINUTES_DRAFT",
  "MINUTES_IN_REVIEW",
  "MINUTES_ADOPTED",
];

/** The meeting has taken place (its minutes may be under way): what is written of it is past. */
export function hasBeenHeld(status: MeetingStatus): boolean {
  return HELD_STATUSES.includes(status);
}
