// One meeting as its page and GET /api/v1/meetings/{id} show it, in a fixed number of queries.
import "server-only";
import { db, type Prisma } from "@/lib/db";
import { toLocale } from "@/i18n/locales";
import type { TAccess } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "./access";
import type { TMeetingDetail } from "../schema";
import { AGENDA_OF_MEETING } from "@/lib/agenda/service";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import { SUMMARY_SELECT, toSummary } from "./summary";

const DETAIL_SELECT = {
  ...SUMMARY_SELECT,
  version: true,
  purposeTranslation: true,
  programme: { select: { id: true, title: true, shortTitle: true, recordLanguage: true } },
  coChairs: {
    orderBy: [{ order: "asc" }, { id: "asc" }],
    select: {
      capacity: true,
      capacityTranslation: true,
      person: {
        select: {
          id: true,
          name: true,
          position: true,
          organisation: ORGANISATION_REF,
        },
      },
    },
  },
  agendaItems: AGENDA_OF_MEETING,
  // Walk-ins came without an invitation, so they do not count as invited.
  _count: { select: { invitations: { where: { isWalkIn: false } } } },
} satisfies Prisma.MeetingSelect;

/** One meeting the user may see, with co-chairs, agenda and head counts; 404 alike for missing and not-yours. */
export async function getMeetingDetail(access: TAccess, id: string): Promise<TMeetingDetail> {
  const where = { AND: [{ id }, meetingAccessWhere(access)] };
  const [m, present] = await Promise.all([
    db().meeting.findFirst({ where, select: DETAIL_SELECT }),
    db().invitation.count({ where: { meetingId: id, attendance: "PRESENT", meeting: where } }),
  ]);
  if (!m) throw AppError.notFound("meeting");
  return {
    ...toSummary(m),
    programme: { ...m.programme, recordLanguage: toLocale(m.programme.recordLanguage) },
    purpose: m.purpose,
    purposeTranslation: m.purposeTranslation,
    venueBuilding: m.venueBuilding,
    venueRoom: m.venueRoom,
    venueAddress: m.venueAddress,
    version: m.version,
    icsSequence: m.icsSequence,
    coChairs: m.coChairs.map((c) => ({
      personId: c.person.id,
      name: c.person.name,
      position: c.person.position,
      organisation: c.person.organisation,
      capacity: c.capacity,
      capacityTranslation: c.capacityTranslation,
    })),
    agendaItems: m.agendaItems,
    counts: { invited: m._count.invitations, present },
  };
}
