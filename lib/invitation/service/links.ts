// The RSVP links of one invitation, for the secretariat (meeting:manage in the meeting's
// programme): to see whether and when a link was used, and which one to revoke.
import "server-only";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { linksOf } from "@/lib/link/service";
import type { TLink } from "@/lib/link/schema";
import { meetingManageWhere } from "@/lib/meeting/service/access";

export async function invitationLinks(
  access: TAccess,
  meetingId: string,
  invitationId: string,
): Promise<TLink[]> {
  const invitation = await db().invitation.findFirst({
    where: { id: invitationId, meetingId, meeting: meetingManageWhere(access) },
    select: { id: true },
  });
  if (!invitation) throw AppError.notFound("invitation");
  return linksOf("RSVP", invitation.id);
}
