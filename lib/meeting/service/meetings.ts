// Meetings: the only place that reads and writes them.
import "server-only";
import { db, type Prisma, type TTx } from "@/lib/db";
import { can, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { scheduleMeetingReminders } from "@/lib/invitation/service/reminders";
import { paged, type TPaged } from "@/lib/pagination/schema";
import { parseInput } from "@/lib/validation";
import { meetingAccessWhere, meetingManageWhere } from "./access";
import { isScheduleChange } from "../changes";
import { getMeetingDetail } from "./detail";
import {
  ZChangeMeetingStatus,
  ZCreateMeeting,
  ZUpdateMeeting,
  type TChangeMeetingStatus,
  type TCreateMeeting,
  type TListMeetingsQuery,
  type TMeetingDetail,
  type TMeetingSummary,
  type TUpdateMeeting,
} from "../schema";
import { canTransition, isFinalStatus } from "../status";
import { SUMMARY_SELECT, toSummary } from "./summary";

/** Meetings the user may see, newest first, one page at a time. */
export async function listMeetings(
  access: TAccess,
  query: TListMeetingsQuery,
): Promise<TPaged<TMeetingSummary>> {
  const where = {
    AND: [
      meetingAccessWhere(access),
      query.programmeId ? { programmeId: query.programmeId } : {},
      query.status ? { status: query.status } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db().meeting.count({ where }),
    db().meeting.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: SUMMARY_SELECT,
    }),
  ]);
  return paged(rows.map(toSummary), query.page, query.pageSize, total);
}

/** One meeting the user may see; "not found" also when it exists but is not theirs. */
export async function getMeeting(access: TAccess, id: string): Promise<TMeetingSummary> {
  const row = await db().meeting.findFirst({
    where: { AND: [{ id }, meetingAccessWhere(access)] },
    select: SUMMARY_SELECT,
  });
  if (!row) throw AppError.notFound("meeting");
  return toSummary(row);
}

/**
 * Creates a meeting, as a draft or scheduled at once (`status`), numbered after the programme's
 * previous meeting of the same kind ("3rd PSC"). The programme row is locked while numbering, so
 * two people scheduling at once get consecutive numbers, never the same one.
 */
export async function createMeeting(
  access: TAccess,
  input: TCreateMeeting,
  actor: TActor,
): Promise<TMeetingSummary> {
  const data = parseInput(ZCreateMeeting, input);
  const refusal = AppError.invalidField("programmeId", "meeting.errors.programmeNotAllowed");
  if (!can(access, "meeting:manage", data.programmeId)) throw refusal;
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Programme" WHERE id = ${data.programmeId} FOR UPDATE`;
    if (locked.length === 0) throw refusal;
    const last = await tx.meeting.aggregate({
      where: { programmeId: data.programmeId, kind: data.kind },
      _max: { sequenceNumber: true },
    });
    const meeting = await tx.meeting.create({
      data: { ...data, sequenceNumber: (last._max.sequenceNumber ?? 0) + 1 },
      select: SUMMARY_SELECT,
    });
    await recordAudit(tx, {
      actor,
      entity: "Meeting",
      entityId: meeting.id,
      action: "CREATE",
      programmeId: data.programmeId,
      after: auditJson(meeting),
    });
    return toSummary(meeting);
  });
}

const staleVersion = () => AppError.conflict("meeting.errors.changedMeanwhile");

/** The meeting as the user may change it, at the version they saw; 404 alike for missing and not-yours. */
async function loadForChange(tx: TTx, access: TAccess, id: string, version: number) {
  const before = await tx.meeting.findFirst({ where: { AND: [{ id }, meetingManageWhere(access)] } });
  if (!before) throw AppError.notFound("meeting");
  if (before.version !== version) throw staleVersion();
  return before;
}

/** Writes `data` and raises the version; the version in the `where` settles a race with an edit committed after our read. */
async function writeAtVersion(
  tx: TTx,
  id: string,
  version: number,
  data: Prisma.MeetingUpdateManyMutationInput,
) {
  const { count } = await tx.meeting.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw staleVersion();
}

/**
 * One change to a meeting the user may manage, at the version they saw: `change` writes it and
 * answers what its audit event records. Then the reminders follow the meeting: moved → rescheduled,
 * cancelled → dropped.
 */
async function changeMeeting(
  access: TAccess,
  id: string,
  version: number,
  actor: TActor,
  change: (
    tx: TTx,
    before: Awaited<ReturnType<typeof loadForChange>>,
  ) => Promise<{ before: Prisma.InputJsonValue; after: Prisma.InputJsonValue }>,
): Promise<TMeetingDetail> {
  await db().$transaction(async (tx) => {
    const before = await loadForChange(tx, access, id, version);
    const states = await change(tx, before);
    await recordAudit(tx, {
      actor,
      entity: "Meeting",
      entityId: id,
      action: "UPDATE",
      programmeId: before.programmeId,
      ...states,
    });
  });
  await scheduleMeetingReminders(id);
  return getMeetingDetail(access, id);
}

/**
 * Edits a meeting if nobody else saved since the editor loaded `version`. Moving the date, time
 * or venue raises the ICS SEQUENCE, so calendars replace the invitation instead of adding one.
 */
export async function updateMeeting(
  access: TAccess,
  id: string,
  input: TUpdateMeeting,
  actor: TActor,
): Promise<TMeetingDetail> {
  const { version, ...changes } = parseInput(ZUpdateMeeting, input);
  return changeMeeting(access, id, version, actor, async (tx, before) => {
    if (isFinalStatus(before.status)) {
      throw new AppError("VALIDATION", "meeting.errors.notEditable", { params: { status: before.status } });
    }
    const startsAt = changes.startsAt ? new Date(changes.startsAt) : before.startsAt;
    const endsAt = changes.endsAt ? new Date(changes.endsAt) : before.endsAt;
    if (endsAt <= startsAt) throw AppError.invalidField("endsAt", "meeting.errors.endBeforeStart");
    const isReschedule = isScheduleChange(before, changes);
    await writeAtVersion(tx, id, version, {
      ...changes,
      startsAt,
      endsAt,
      ...(isReschedule ? { icsSequence: { increment: 1 } } : {}),
    });
    const after = await tx.meeting.findUniqueOrThrow({ where: { id } });
    return { before: auditJson(before), after: auditJson(after) };
  });
}

/** A move lib/meeting/status.ts does not allow is a VALIDATION error. */
function refuseUnlessAllowed(from: MeetingStatus, to: MeetingStatus) {
  if (!canTransition(from, to)) {
    throw AppError.validation(
      { to: [{ key: "meeting.errors.statusChange", params: { from, to } }] },
      "meeting.errors.statusChangeNotAllowed",
    );
  }
}

/**
 * Moves a meeting along its lifecycle inside the caller's transaction, by the same rules and with
 * the same audit event as changeMeetingStatus: for a service that already holds the meeting's row
 * lock and checked its own permission (the draft minutes move a held meeting to MINUTES_DRAFT).
 */
export async function moveMeetingStatus(
  tx: TTx,
  meeting: { id: string; programmeId: string; status: MeetingStatus; version: number },
  to: MeetingStatus,
  actor: TActor,
): Promise<void> {
  refuseUnlessAllowed(meeting.status, to);
  await writeAtVersion(tx, meeting.id, meeting.version, { status: to });
  await recordAudit(tx, {
    actor,
    entity: "Meeting",
    entityId: meeting.id,
    action: "UPDATE",
    programmeId: meeting.programmeId,
    before: { status: meeting.status, version: meeting.version },
    after: { status: to, version: meeting.version + 1 },
  });
}

/** Moves a meeting along its lifecycle; a move lib/meeting/status.ts does not allow is a VALIDATION error. */
export async function changeMeetingStatus(
  access: TAccess,
  id: string,
  input: TChangeMeetingStatus,
  actor: TActor,
): Promise<TMeetingDetail> {
  const { to, version } = parseInput(ZChangeMeetingStatus, input);
  return changeMeeting(access, id, version, actor, async (tx, before) => {
    refuseUnlessAllowed(before.status, to);
    // Adoption locks and fingerprints a version and stores its official documents: only the
    // adoption service (lib/minutes/service/adoption.ts) may move a meeting there.
    if (to === "MINUTES_ADOPTED") throw AppError.conflict("minutesAdoption.errors.useAdoption");
    // A cancellation is sent to calendars as a new revision of the invitation.
    await writeAtVersion(tx, id, version, {
      status: to,
      ...(to === "CANCELLED" ? { icsSequence: { increment: 1 } } : {}),
    });
    return {
      before: { status: before.status, version: before.version, icsSequence: before.icsSequence },
      after: {
        status: to,
        version: before.version + 1,
        icsSequence: before.icsSequence + (to === "CANCELLED" ? 1 : 0),
      },
    };
  });
}
