// An invitation's RSVP link: issued (or the live one reused) for every e-mail about the
// invitation, and opened by its token — a live RSVP link (lib/link) whose person is the invitee.
import "server-only";
import { db, type Prisma, type TTx } from "@/lib/db";
import { MEETING_FACTS_SELECT } from "@/lib/meeting/service/facts";
import { findLiveLink, issueLink, linkUrl, type TOpenLink } from "@/lib/link/service";
import { rsvpLinkExpiry } from "../rsvp-rules";
import { PERSON_SELECT } from "./person-select";

/** The personal RSVP link of an invitation, to put in an e-mail. */
export async function rsvpLinkUrl(input: {
  invitationId: string;
  personId: string;
  meeting: { programmeId: string; endsAt: Date };
}): Promise<string> {
  const token = await issueLink({
    purpose: "RSVP",
    personId: input.personId,
    subjectId: input.invitationId,
    programmeId: input.meeting.programmeId,
    expiresAt: rsvpLinkExpiry(input.meeting),
  });
  return linkUrl("rsvp", token);
}

const INVITATION_SELECT = {
  id: true,
  rsvp: true,
  invitedVia: true,
  delegatedToId: true,
  person: { select: PERSON_SELECT },
  delegatedTo: { select: { person: { select: { name: true } } } },
  meeting: { select: MEETING_FACTS_SELECT },
} as const;

type TRsvpInvitation = Prisma.InvitationGetPayload<{ select: typeof INVITATION_SELECT }>;

export type TOpenedRsvpLink = { link: TOpenLink; invitation: TRsvpInvitation };

/**
 * The invitation a token opens, with its link; null for a forged, expired, revoked or
 * other-purpose link, or one issued to someone other than the invitee. `lock`: hold the
 * invitation's row until the transaction ends, so two answers through one link take turns.
 */
export async function openRsvpLink(
  token: string,
  tx: Pick<TTx, "link" | "invitation" | "$queryRaw"> = db(),
  options: { lock?: boolean } = {},
): Promise<TOpenedRsvpLink | null> {
  const link = await findLiveLink(token, "RSVP", tx);
  if (!link) return null;
  if (options.lock) await tx.$queryRaw`SELECT id FROM "Invitation" WHERE id = ${link.subjectId} FOR UPDATE`;
  const invitation = await tx.invitation.findUnique({
    where: { id: link.subjectId },
    select: INVITATION_SELECT,
  });
  if (!invitation || invitation.person.id !== link.personId) return null;
  return { link, invitation };
}
