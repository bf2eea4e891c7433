// The accountability view of one programme (the /actions/accountability page and
// GET /api/v1/programmes/{id}/accountability): its action items the user may read, counted by
// organisation and over meetings by the pure rules in ../accountability.ts.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { programmesWith, type TAccess } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { actionItemAccessWhere } from "@/lib/action-item/service";
import {
  accountabilityByMeeting,
  accountabilityByOrganisation,
  accountabilityCounts,
} from "../accountability";
import type { TAccountability } from "../accountability-schema";
import { actionToday } from "../status";

/** Programmes whose follow-up the user may see: those with items they read, or all they follow up. */
function programmesWhere(access: TAccess, visible: Prisma.ActionItemWhereInput): Prisma.ProgrammeWhereInput {
  const readAll = programmesWith(access, "action:read");
  if (readAll === "all") return {};
  return { OR: [{ actionItems: { some: visible } }, { id: { in: readAll } }] };
}

/** The programmes the view can show, by title. */
export async function accountabilityProgrammes(access: TAccess) {
  const visible = await actionItemAccessWhere(access);
  return db().programme.findMany({
    where: programmesWhere(access, visible),
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
}

/** One programme's figures; a programme the user cannot follow up is not found. */
export async function programmeAccountability(
  access: TAccess,
  programmeId: string,
  now: Date = new Date(),
): Promise<TAccountability> {
  const visible = await actionItemAccessWhere(access);
  const programme = await db().programme.findFirst({
    where: { AND: [{ id: programmeId }, programmesWhere(access, visible)] },
    select: { id: true, title: true },
  });
  if (!programme) throw AppError.notFound("programme");
  const [items, meetings] = await Promise.all([
    db().actionItem.findMany({
      where: { AND: [visible, { programmeId }] },
      select: {
        id: true,
        number: true,
        status: true,
        dueDate: true,
        closedAt: true,
        ownerOrganisationId: true,
        meetingId: true,
      },
    }),
    // Held meetings (not cancelled, started) the user reads or whose items they read.
    db().meeting.findMany({
      where: {
        programmeId,
        status: { not: "CANCELLED" },
        startsAt: { lte: now },
        OR: [meetingAccessWhere(access), { actionItems: { some: visible } }],
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, sequenceNumber: true, startsAt: true, timeZone: true },
    }),
  ]);
  // Every meeting an item was raised at, even one not listed above (a later one, by a data fix).
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const missing = [...new Set(items.map((a) => a.meetingId))].filter((id) => !meetingById.has(id));
  if (missing.length > 0) {
    for (const m of await db().meeting.findMany({
      where: { id: { in: missing } },
      select: { id: true, kind: true, sequenceNumber: true, startsAt: true, timeZone: true },
    }))
      meetingById.set(m.id, m);
  }
  const ownerIds = [...new Set(items.flatMap((a) => (a.ownerOrganisationId ? [a.ownerOrganisationId] : [])))];
  const organisations = await organisationsWithAncestors(ownerIds);
  return {
    programme,
    today: actionToday(now).toISOString().slice(0, 10),
    totals: accountabilityCounts(items, meetingById, now),
    organisations: accountabilityByOrganisation(items, organisations, meetingById, now),
    meetings: accountabilityByMeeting(items, meetings),
  };
}

/** The owner organisations and every organisation above them (to name each one's ministry). */
async function organisationsWithAncestors(ids: string[]) {
  if (ids.length === 0) return [];
  return db().$queryRaw<{ id: string; name: string; acronym: string | null; parentId: string | null }[]>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT id, 0 FROM "Organisation" WHERE id = ANY(${ids})
      UNION
      SELECT o."parentId", u.depth + 1 FROM "Organisation" o JOIN up u ON o.id = u.id
      WHERE o."parentId" IS NOT NULL AND u.depth < 10
    )
    SELECT DISTINCT o.id, o.name, o.acronym, o."parentId" FROM "Organisation" o JOIN up ON o.id = up.id`;
}
