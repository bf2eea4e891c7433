// The meeting record as the generated documents read it: one plain, serialisable object with
// every fact the formal minutes (PDF, DOCX) and the news-style summary may use. Loaded once by
// lib/minutes/record.ts; the renderers are pure functions of it, so tests and the benchmark can
// feed them a record without a database. A fact that was not recorded is null (or an empty list),
// never a placeholder: the renderers drop what is missing instead of inventing it.
import type { TAttendanceStats } from "@/lib/attendance/schema";
import type {
  ActionStatus,
  AgendaItemKind,
  MeetingKind,
  MeetingStatus,
  MinutesStatus,
  RemarkKind,
  Sex,
} from "@/lib/generated/prisma/enums";
import type { TMeetingPlace, TVenue } from "@/lib/meeting/venue";
import type { TOrganisationKind } from "@/lib/organisation/schema";

export type TOrgRef = { name: string; acronym: string | null };

export type TRecordPerson = {
  personId: string;
  name: string;
  position: string | null;
  organisation: TOrgRef | null;
};

export type TMeetingRecord = {
  programme: {
    id: string;
    title: string;
    shortTitle: string | null;
    country: string;
    fund: string | null;
    conveningAgency: TOrgRef | null;
    /** Participating UN organisations (and other partners), by name. */
    participatingOrganisations: TOrgRef[];
    /** Calendar date "YYYY-MM-DD". */
    startDate: string | null;
    durationMonths: number | null;
    sdgGoals: number[];
    nationalFramework: string | null;
    description: string | null;
  };
  meeting: {
    id: string;
    kind: MeetingKind;
    sequenceNumber: number;
    title: string;
    purpose: string | null;
    /** ISO instants; show them in `timeZone`. */
    startsAt: string;
    endsAt: string;
    timeZone: string;
    status: MeetingStatus;
  } & TMeetingPlace;
  coChairs: (TRecordPerson & { capacity: string })[];
  agenda: { id: string; order: number; kind: AgendaItemKind; title: string; presenter: string | null }[];
  attendance: {
    /** Same numbers as GET /api/v1/meetings/{id}/attendance/stats (docs/attendance-statistics.md). */
    stats: TAttendanceStats;
    /** Persons present, by organisation name then name: the annex of the minutes. */
    participants: {
      personId: string;
      name: string;
      position: string | null;
      sex: Sex | null;
      organisation: (TOrgRef & { kind: TOrganisationKind }) | null;
      /** "Attended as delegate of" this person's name. */
      delegateOf: string | null;
      isWalkIn: boolean;
    }[];
  };
  /** In agenda order, then in the order spoken. */
  remarks: {
    id: string;
    agendaItemId: string | null;
    order: number;
    kind: RemarkKind;
    speaker: TRecordPerson;
    summary: string;
    quote: string | null;
  }[];
  /** By number. */
  decisions: { id: string; number: number; agendaItemId: string | null; text: string }[];
  /** In the order raised. */
  actionItems: {
    id: string;
    agendaItemId: string | null;
    title: string;
    description: string | null;
    ownerOrganisation: TOrgRef | null;
    ownerPerson: string | null;
    /** Calendar date "YYYY-MM-DD". */
    dueDate: string | null;
    status: ActionStatus;
    remarkId: string | null;
    decisionId: string | null;
  }[];
  /** The programme's next meeting that is not cancelled, if one is scheduled. */
  nextMeeting:
    | ({
        id: string;
        kind: MeetingKind;
        sequenceNumber: number;
        title: string;
        startsAt: string;
        endsAt: string;
        timeZone: string;
      } & TVenue)
    | null;
  /** Null when no minutes were drafted yet. */
  minutes: { status: MinutesStatus; latestVersion: number | null; adoptedAt: string | null } | null;
};

/** "Building, Room, Address" from the parts that were recorded; null when none was. */
export function venueOf(v: TVenue): string | null {
  const parts = [v.venueRoom, v.venueBuilding, v.venueAddress].filter((p): p is string => !!p?.trim());
  return parts.length > 0 ? parts.join(", ") : null;
}

/** "Ministry of Health (Kemenkes)" or just the name. */
export function orgLabel(org: TOrgRef | null): string | null {
  if (!org) return null;
  return org.acronym ? `${org.name} (${org.acronym})` : org.name;
}
