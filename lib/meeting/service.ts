// Meetings: the only place that reads and writes them.
import "server-only";
import { db } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import { paged, type TPaged } from "@/lib/pagination/schema";
import { meetingAccessWhere } from "./access";
import type { TListMeetingsQuery, TMeetingSummary } from "./schema";

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
      select: {
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
      },
    }),
  ]);
  const data = rows.map((m) => ({
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
  }));
  return paged(data, query.page, query.pageSize, total);
}
