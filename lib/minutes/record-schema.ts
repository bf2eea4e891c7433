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

export type TOrgRef = {
  name: string;
  acronym: string | null;
  /**
   * The organisation it sits under (a directorate's ministry), up to the top; absent for a top-level
   * one, where the record does not carry it (participants, the programme's organisations) and in
   * snapshots saved before it was recorded. The documents name a person by the top one
   * (docs/naming.md).
   */
  parent?: TOrgRef;
};

export type TRecordPerson = {
  personId: string;
  name: string;
  position: string | null;
  /** The position in the other language than the record's; absent in older snapshots. */
  positionTranslation?: string | null;
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
    /**
     * The language the record's texts are kept in; each *Translation field (absent in snapshots
     * saved before bilingual fields) is the same text in the other language. Read by
     * lib/minutes/localise.ts: an absent language is English.
     */
    recordLanguage?: "en" | "id";
    nationalFrameworkTranslation?: string | null;
    descriptionTranslation?: string | null;
  };
  meeting: {
    id: string;
    kind: MeetingKind;
    sequenceNumber: number;
    title: string;
    purpose: string | null;
    purposeTranslation?: string | null;
    /** ISO instants; show them in `timeZone`. */
    startsAt: string;
    endsAt: string;
    timeZone: string;
    status: MeetingStatus;
  } & TMeetingPlace;
  coChairs: (TRecordPerson & { capacity: string; capacityTranslation?: string | null })[];
  agenda: { id: string; order: number; kind: AgendaItemKind; title: string; presenter: string | null }[];
  attendance: {
    /** Same numbers as GET /api/v1/meetings/{id}/attendance/stats (docs/attendance-statistics.md). */
    stats: TAttendanceStats;
    /** Persons present, by organisation name then name: the annex of the minutes. */
    participants: {
      personId: string;
      name: string;
      position: string | null;
      positionTranslation?: string | null;
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
    summaryTranslation?: string | null;
    quote: string | null;
    quoteTranslation?: string | null;
  }[];
  /** By number. */
  decisions: {
    id: string;
    number: number;
    agendaItemId: string | null;
    text: string;
    textTranslation?: string | null;
  }[];
  /** In the order raised. */
  actionItems: {
    id: string;
    agendaItemId: string | null;
    title: string;
    titleTranslation?: string | null;
    description: string | null;
    ownerOrganisation: TOrgRef | null;
    ownerPerson: string | null;
    /** Calendar date "YYYY-MM-DD". */
    dueDate: string | null;
    status: ActionStatus;
    remarkId: string | null;
    decisionId: string | null;
  }[];
  /**
   * "Follow-up of earlier actions": the progress updates recorded at this meeting on action items
   * of earlier meetings (carry-over, lib/action-item/service/carry-over.ts), by the items'
   * references. Absent from the snapshots of versions saved before it existed: readers take a
   * missing list as an empty one (`followUpsOf`).
   */
  followUps?: TFollowUp[];
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

/** A progress update recorded at the meeting on an action item of an earlier meeting. */
export type TFollowUp = {
  /** The update's id. */
  id: string;
  actionItemId: string;
  /** "PSC3/A/04" (lib/action-item/reference.ts). */
  reference: string;
  title: string;
  titleTranslation?: string | null;
  ownerOrganisation: TOrgRef | null;
  ownerPerson: string | null;
  statusBefore: ActionStatus | null;
  /** The status the update left the item in (unchanged when it only added a note). */
  statusAfter: ActionStatus;
  /** The progress note. */
  note: string;
  /** Calendar date "YYYY-MM-DD": the meeting's day. */
  date: string;
};

/** The follow-ups of a record; an older snapshot without the field has none. */
export function followUpsOf(record: Pick<TMeetingRecord, "followUps">): TFollowUp[] {
  return record.followUps ?? [];
}

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
