// The attendance register at the venue: list, sign in and status changes (walk-ins are in walk-in.ts).
// Signing in opens on the meeting's day (sign-in-day.ts); the paper sheet is entered in paper-entry.ts.
import "server-only";
import { db, type Prisma, type TTx } from "@/lib/db";
import { containsIgnoringCase } from "@/lib/db/ignoring-case";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { meetingManageWhere } from "@/lib/meeting/service/access";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import { parseInput } from "@/lib/validation";
import { attendanceChange, isStale, rowVersion } from "../attendance";
import { signInOpensOn } from "../sign-in-day";
import {
  ZRegisterQuery,
  ZSetAttendance,
  type TRegisterPage,
  type TRegisterQuery,
  type TRegisterRow,
  type TSetAttendance,
} from "../schema";

export const REGISTER_PAGE_SIZE = 25;

export const ROW_SELECT = {
  id: true,
  personId: true,
  isWalkIn: true,
  rsvp: true,
  attendance: true,
  signedInAt: true,
  updatedAt: true,
  person: {
    select: { name: true, position: true, organisation: ORGANISATION_REF },
  },
  delegateOf: { select: { id: true, name: true } },
} satisfies Prisma.InvitationSelect;

export const AUDIT_SELECT = {
  id: true,
  meetingId: true,
  personId: true,
  isWalkIn: true,
  attendance: true,
  signedInAt: true,
  delegateOfPersonId: true,
} satisfies Prisma.InvitationSelect;

type TRow = Prisma.InvitationGetPayload<{ select: typeof ROW_SELECT }>;

export const toRow = (r: TRow): TRegisterRow => ({
  id: r.id,
  personId: r.personId,
  name: r.person.name,
  position: r.person.position,
  organisation: r.person.organisation,
  isWalkIn: r.isWalkIn,
  rsvp: r.rsvp,
  attendance: r.attendance,
  signedInAt: r.signedInAt?.toISOString() ?? null,
  delegateOf: r.delegateOf,
  version: rowVersion(r.updatedAt),
});

/** Refuses a sign-in (someone marked present) before the meeting's day, with the day to come back. */
export function assertSignInOpen(meeting: { startsAt: Date; timeZone: string }) {
  const day = signInOpensOn(meeting);
  if (day) throw AppError.conflict("register.errors.beforeMeetingDay", { date: day });
}

/**
 * Refuses any attendance change once the meeting's minutes are adopted: the attendance is part of
 * the adopted, fingerprinted record (409, like every other write to it).
 */
export function assertRegisterWritable(meeting: { status: string }) {
  if (meeting.status === "MINUTES_ADOPTED") throw AppError.conflict("minutesAdoption.errors.recordLocked");
}

/** The meeting whose register the user may run; "not found" also when it is not theirs. */
export async function getRegisterMeeting(
  access: TAccess,
  meetingId: string,
  reader: Pick<TTx, "meeting"> = db(),
) {
  const meeting = await reader.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingManageWhere(access)] },
    select: {
      id: true,
      programmeId: true,
      title: true,
      sequenceNumber: true,
      kind: true,
      status: true,
      startsAt: true,
      timeZone: true,
    },
  });
  if (!meeting) throw AppError.notFound("meeting");
  return meeting;
}

/** One page of the register (invitees and walk-ins, by name), searched by name, e-mail or organisation. */
export async function listRegister(
  access: TAccess,
  meetingId: string,
  input: Partial<TRegisterQuery>,
): Promise<TRegisterPage> {
  const query = parseInput(ZRegisterQuery, input);
  await getRegisterMeeting(access, meetingId);
  const contains = containsIgnoringCase(query.q);
  const where: Prisma.InvitationWhereInput = {
    meetingId,
    ...(query.q
      ? {
          person: {
            OR: [
              { name: contains },
              { email: contains },
              { position: contains },
              { organisation: { name: contains } },
              { organisation: { acronym: contains } },
            ],
          },
        }
      : {}),
  };
  const [total, rows, present, invited] = await Promise.all([
    db().invitation.count({ where }),
    db().invitation.findMany({
      where,
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
      skip: (query.page - 1) * REGISTER_PAGE_SIZE,
      take: REGISTER_PAGE_SIZE,
      select: ROW_SELECT,
    }),
    db().invitation.count({ where: { meetingId, attendance: "PRESENT" } }),
    db().invitation.count({ where: { meetingId, isWalkIn: false } }),
  ]);
  return {
    data: rows.map(toRow),
    page: query.page,
    pageSize: REGISTER_PAGE_SIZE,
    total,
    pageCount: Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE)),
    counts: { present, invited },
  };
}

/** Sets a row's attendance (null = not recorded), at the version the user saw if given. Undo uses this too. */
export async function setAttendance(
  access: TAccess,
  meetingId: string,
  invitationId: string,
  input: TSetAttendance,
  actor: TActor,
): Promise<TRegisterRow> {
  const data = parseInput(ZSetAttendance, input);
  return db().$transaction(async (tx) => {
    const meeting = await getRegisterMeeting(access, meetingId, tx);
    assertRegisterWritable(meeting);
    // Excused or absent may be known ahead (apologies sent); present only from the meeting's day.
    if (data.attendance === "PRESENT") assertSignInOpen(meeting);
    const before = await tx.invitation.findFirst({
      where: { id: invitationId, meetingId: meeting.id },
      select: { ...AUDIT_SELECT, updatedAt: true },
    });
    if (!before) throw AppError.notFound("invitation");
    if (isStale(data.version, before.updatedAt)) {
      throw AppError.conflict("register.errors.rowChanged");
    }
    const change = attendanceChange(before, data.attendance, new Date());
    // The version in the `where` makes two simultaneous changes of one version let only one through.
    const updated = await tx.invitation.updateMany({
      where: { id: invitationId, updatedAt: before.updatedAt },
      data: change,
    });
    if (updated.count === 0) throw AppError.conflict("register.errors.rowChangedNow");
    const row = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: ROW_SELECT });
    const beforeAudit = { ...before, updatedAt: undefined };
    await recordAudit(tx, {
      actor,
      entity: "Invitation",
      entityId: invitationId,
      action: "UPDATE",
      programmeId: meeting.programmeId,
      before: auditJson(beforeAudit),
      after: auditJson({ ...beforeAudit, ...change }),
    });
    return toRow(row);
  });
}

/** Marks an invitee present, signed in now (an earlier sign-in time is kept). */
export async function signIn(access: TAccess, meetingId: string, invitationId: string, actor: TActor) {
  return setAttendance(access, meetingId, invitationId, { attendance: "PRESENT" }, actor);
}

/** What the walk-in dialog offers as "attended as delegate of": the meeting's invitees, by name. */
export async function delegateOptions(access: TAccess, meetingId: string) {
  await getRegisterMeeting(access, meetingId);
  const rows = await db().invitation.findMany({
    where: { meetingId, isWalkIn: false },
    orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
    select: { personId: true, person: { select: { name: true } } },
  });
  return rows.map((r) => ({ personId: r.personId, name: r.person.name }));
}
