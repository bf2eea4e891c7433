// A signed-in member's own invitations — those of the directory entry their account is linked to
// (User.personId), in the programmes whose meetings they may read — and their answer to one from
// the app, by the rules of the personal RSVP link: only while the meeting is still to be held
// (rsvp-rules.ts), the invitation's row locked while answering, the change audited — with the user
// as the one who answered, and no token. Sending a colleague instead stays with the link.
import "server-only";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { db, type Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isOpenForAnswers } from "../rsvp-rules";
import { ZOwnRsvp } from "../schema";
import { saveAttendanceAnswer } from "./rsvp";

const NOTHING: Prisma.InvitationWhereInput = { id: { in: [] } };

/**
 * The user's own invitations: their person's, in a programme where they read meetings (all of them,
 * or those they are invited to). Another person's invitation — a colleague's in the same meeting,
 * another organisation's — and one in a programme the user holds no role in are not theirs here.
 */
export function ownInvitationWhere(access: TAccess): Prisma.InvitationWhereInput {
  if (!access.personId) return NOTHING;
  const readAll = programmesWith(access, "meeting:read");
  const readInvited = programmesWith(access, "meeting:read-invited");
  if (readAll === "all" || readInvited === "all") return { personId: access.personId };
  const programmeIds = [...new Set([...readAll, ...readInvited])];
  if (programmeIds.length === 0) return NOTHING;
  return { personId: access.personId, meeting: { programmeId: { in: programmeIds } } };
}

const ANSWER_SELECT = {
  id: true,
  rsvp: true,
  delegatedToId: true,
  meeting: { select: { programmeId: true, status: true, endsAt: true } },
} as const;

/**
 * The member's answer to their own invitation: "not found" for an invitation that is not theirs
 * (or does not exist), a conflict once the meeting no longer takes answers. Nothing is written then.
 */
export async function answerOwnInvitation(access: TAccess, input: unknown, actor: TActor) {
  const { invitationId, response } = parseInput(ZOwnRsvp, input);
  return db().$transaction(async (tx) => {
    // Whose an invitation is never changes, so it is checked before the lock; what the answer
    // depends on (the meeting's status, the earlier answer) is read again once the row is held, so
    // this answer and one through the link (which takes the same lock) take turns.
    const own = await tx.invitation.findFirst({
      where: { id: invitationId, ...ownInvitationWhere(access) },
      select: { id: true },
    });
    if (!own) throw AppError.notFound("invitation");
    await tx.$queryRaw`SELECT id FROM "Invitation" WHERE id = ${own.id} FOR UPDATE`;
    const invitation = await tx.invitation.findUnique({ where: { id: own.id }, select: ANSWER_SELECT });
    // Gone meanwhile (its meeting deleted).
    if (!invitation) throw AppError.notFound("invitation");
    const { meeting } = invitation;
    if (!isOpenForAnswers(meeting)) {
      throw AppError.conflict(
        meeting.status === "CANCELLED"
          ? "invitation.errors.answerCancelled"
          : "invitation.errors.answerClosed",
      );
    }
    await saveAttendanceAnswer(tx, invitation, response, actor);
    return { invitationId: invitation.id, rsvp: response };
  });
}
