// When a meeting takes invitations: one rule for the service that refuses them and the invite page
// that explains why, so the page never offers what the service would refuse.
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

/** Why invitations cannot go out now, as a key of invitation.errors; null for a scheduled meeting. */
export type TInviteRefusal = "inviteDraft" | "inviteHeld" | "inviteCancelled";

/**
 * Only a scheduled meeting takes invitations: a draft may still change or never happen, and once
 * it is held (or cancelled) there is nothing left to invite to.
 */
export function inviteRefusal(status: MeetingStatus): TInviteRefusal | null {
  if (status === "SCHEDULED") return null;
  if (status === "DRAFT") return "inviteDraft";
  if (status === "CANCELLED") return "inviteCancelled";
  return "inviteHeld";
}
