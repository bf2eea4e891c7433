// The capture screen's state in one read: meeting, agenda, register persons, organisations and the
// record so far. The screen polls it, so two secretariat users see each other's entries.
import "server-only";
import { db } from "@/lib/db";
import { can, type TAccess } from "@/lib/auth/permissions";
import { ACTIONS_OF_MEETING, toActionItem } from "@/lib/action-item/service";
import { meetingName } from "@/lib/meeting/facts";
import { DECISIONS_OF_MEETING, toDecision } from "@/lib/decision/service";
import { AppError } from "@/lib/errors";
import { REMARKS_OF_MEETING, toRemark } from "@/lib/remark/service";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import type { TCaptureState } from "../capture-schema";
import { isRecordOpen } from "./lock";
import { toLocale, type TLocale } from "@/i18n/locales";
import { MEETING_FACTS_SELECT } from "@/lib/meeting/service/facts";

export async function getCaptureState(
  access: TAccess,
  meetingId: string,
  locale: TLocale,
): Promise<TCaptureState> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      ...MEETING_FACTS_SELECT,
      programme: {
        select: {
          recordLanguage: true,
          conveningAgency: ORGANISATION_REF,
          participatingOrganisations: { select: { organisation: ORGANISATION_REF } },
        },
      },
      agendaItems: {
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: { id: true, order: true, title: true, kind: true },
      },
      invitations: {
        select: {
          attendance: true,
          person: { select: { id: true, name: true, position: true, organisation: ORGANISATION_REF } },
        },
      },
      // The record in the same query: the screen polls this every few seconds per editor.
      remarks: REMARKS_OF_MEETING,
      decisions: DECISIONS_OF_MEETING,
      actionItems: ACTIONS_OF_MEETING,
    },
  });
  if (!meeting) throw AppError.notFound("meeting");
  const collator = new Intl.Collator(locale === "id" ? "id" : "en");
  const people = meeting.invitations
    .map((i) => ({ ...i.person, attendance: i.attendance }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const organisations = new Map<string, { id: string; name: string; acronym: string | null }>();
  for (const o of [
    meeting.programme.conveningAgency,
    ...meeting.programme.participatingOrganisations.map((p) => p.organisation),
    ...people.map((p) => p.organisation),
  ]) {
    if (o) organisations.set(o.id, o);
  }
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      label: meetingName(meeting.kind, meeting.sequenceNumber, locale),
      status: meeting.status,
      timeZone: meeting.timeZone,
      startsAt: meeting.startsAt.toISOString(),
      isRecordOpen: isRecordOpen(meeting.status),
      canEdit: can(access, "record:manage", meeting.programmeId),
      recordLanguage: toLocale(meeting.programme.recordLanguage),
    },
    agenda: meeting.agendaItems,
    people,
    organisations: [...organisations.values()].sort((a, b) => collator.compare(a.name, b.name)),
    remarks: meeting.remarks.map(toRemark),
    decisions: meeting.decisions.map(toDecision),
    actionItems: meeting.actionItems.map(toActionItem),
  };
}
