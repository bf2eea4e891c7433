// Meetings: the only place that reads and writes them.
import "server-only";
import { db, Prisma } from "@/lib/db";
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

const SEQUENCE_RETRIES = 3;

/**
 * Schedules a meeting as a draft, numbered after the programme's previous meeting of the same
 * kind ("3rd PSC"). Two people scheduling at once both get a number: the unique constraint
 * catches the race and the loser retries with the next number.
 */
export async function createMeeting(
  access: TAccess,
  input: TCreateMeeting,
  actor: TActor,
): Promise<TMeetingSummary> {
  const data = parseInput(ZCreateMeeting, input);
  if (!can(access, "meeting:manage", data.programmeId)) {
    throw AppError.validation({ programmeId: ["No such programme, or you may not schedule meetings in it"] });
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db().$transaction(async (tx) => {
        const programme = await tx.programme.findUnique({
          where: { id: data.programmeId },
          select: { id: true },
        });
        if (!programme)
          throw AppError.validation({
            programmeId: ["No such programme, or you may not schedule meetings in it"],
          });
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
    } catch (error) {
      const isSequenceRace =
        error instanceof Prisma.PrismaClientKnownRequestError &&
        error.code === "P2002" &&
        attempt < SEQUENCE_RETRIES;
      if (!isSequenceRace) throw error;
    }
  }
}
