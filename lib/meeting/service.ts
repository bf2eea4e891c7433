// Meetings: the only place that reads and writes them.
import "server-only";
import { db, type Prisma } from "@/lib/db";
import { can, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { paged, type TPaged } from "@/lib/pagination/schema";
import { parseInput } from "@/lib/validation";
import { meetingAccessWhere } from "./access";
import { ZCreateMeeting, type TCreateMeeting, type TListMeetingsQuery, type TMeetingSummary } from "./schema";

const SUMMARY_SELECT = {
  id: true,
  kind: true,
  sequenceNumber: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueBuilding: true,
  venueRoom: true,
  venueAddress: true,
  onlineUrl: true,
  programme: { select: { id: true, title: true } },
} satisfies Prisma.MeetingSelect;

type TSummaryRow = Prisma.MeetingGetPayload<{ select: typeof SUMMARY_SELECT }>;

function toSummary(m: TSummaryRow): TMeetingSummary {
  return {
    id: m.id,
    programme: m.programme,
    kind: m.kind,
    sequenceNumber: m.sequenceNumber,
    title: m.title,
    status: m.status,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    venue: venueLine(m),
    onlineUrl: m.onlineUrl,
  };
}

function venueLine(m: {
  venueBuilding: string | null;
  venueRoom: string | null;
  venueAddress: string | null;
}) {
  const parts = [m.venueRoom, m.venueBuilding, m.venueAddress].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}

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
  if (!row) throw AppError.notFound("Meeting");
  return toSummary(row);
}

/**
 * Schedules a meeting as a draft, numbered after the programme's previous meeting of the same
 * kind ("3rd PSC"). The programme row is locked while numbering, so two people scheduling at
 * once get consecutive numbers, never the same one.
 */
export async function createMeeting(
  access: TAccess,
  input: TCreateMeeting,
  actor: TActor,
): Promise<TMeetingSummary> {
  const data = parseInput(ZCreateMeeting, input);
  const refusal = AppError.validation({
    programmeId: ["No such programme, or you may not schedule meetings in it"],
  });
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
      data: { ...data, sequenceNumber: (last._max.sequenceNumber ?? 0) + 1, status: "DRAFT" },
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
