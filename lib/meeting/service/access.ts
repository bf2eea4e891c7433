// Which meetings a user may see, as a Prisma `where` built from the permission table.
import type { Prisma } from "@/lib/generated/prisma/client";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import type { AttendanceStatus, InvitedVia } from "@/lib/generated/prisma/enums";

/**
 * An invitation that lets a member read the meeting: the secretariat's, or that of a colleague sent
 * through someone's RSVP link once the secretariat has confirmed them — signed in at the register
 * (present), or invited explicitly (which makes the invitation the secretariat's). A link grants
 * nothing beyond its own invitation.
 */
const CONFIRMED_INVITATION: Prisma.InvitationWhereInput = {
  OR: [{ invitedVia: "SECRETARIAT" }, { attendance: "PRESENT" }],
};

/** CONFIRMED_INVITATION for an invitation already read: does it let its person read the meeting? */
export function isConfirmedInvitation(invitation: {
  invitedVia: InvitedVia;
  attendance: AttendanceStatus | null;
}): boolean {
  return invitation.invitedVia === "SECRETARIAT" || invitation.attendance === "PRESENT";
}

export function meetingAccessWhere(access: TAccess): Prisma.MeetingWhereInput {
  const readAll = programmesWith(access, "meeting:read");
  if (readAll === "all") return {};
  const readInvited = programmesWith(access, "meeting:read-invited");
  const or: Prisma.MeetingWhereInput[] = [];
  if (readAll.length > 0) or.push({ programmeId: { in: readAll } });
  if (access.personId && (readInvited === "all" || readInvited.length > 0)) {
    or.push({
      ...(readInvited === "all" ? {} : { programmeId: { in: readInvited } }),
      invitations: { some: { personId: access.personId, ...CONFIRMED_INVITATION } },
    });
  }
  // No grant at all: match nothing.
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** Meetings the user may change: those of programmes where they hold meeting:manage. */
export function meetingManageWhere(access: TAccess): Prisma.MeetingWhereInput {
  const programmes = programmesWith(access, "meeting:manage");
  return programmes === "all" ? {} : { programmeId: { in: programmes } };
}

/** Meetings whose record (remarks, decisions, action items) the user may write. */
export function meetingRecordWhere(access: TAccess): Prisma.MeetingWhereInput {
  const programmes = programmesWith(access, "record:manage");
  return programmes === "all" ? {} : { programmeId: { in: programmes } };
}

/**
 * Meetings the user may export whole (the bundle carries everyone's contact details): those of
 * programmes where they read every meeting — not the members who only see their own invitations.
 */
export function meetingExportWhere(access: TAccess): Prisma.MeetingWhereInput {
  const programmes = programmesWith(access, "meeting:read");
  return programmes === "all" ? {} : { programmeId: { in: programmes } };
}
