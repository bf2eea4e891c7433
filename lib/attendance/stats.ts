// Attendance statistics from attendance-register rows ("52 participants from 9 ministries"),
// kept pure so the definitions in docs/attendance-statistics.md are tested without a database.
import {
  ATTENDANCE_ROLES,
  KIND_BUCKETS,
  SEX_BUCKETS,
  type TAttendanceRole,
  type TAttendanceStats,
  type TKindBucket,
  type TOrganisationCount,
  type TSexBucket,
} from "./schema";
import type { TOrganisationKind } from "@/lib/organisation/schema";

export type TStatsOrganisation = {
  id: string;
  name: string;
  acronym: string | null;
  kind: TOrganisationKind;
  parentId: string | null;
};

/** One invitation (or walk-in) row of the attendance register, with what the statistics need. */
export type TStatsRow = {
  meetingId: string;
  personId: string;
  sex: Exclude<TSexBucket, "NOT_RECORDED"> | null;
  organisationId: string | null;
  attendance: "PRESENT" | "ABSENT" | "EXCUSED" | null;
  isWalkIn: boolean;
  /** Attended as delegate of someone else. */
  isDelegate: boolean;
  isCoChair: boolean;
  /** Has at least one remark in the meeting. */
  isSpeaker: boolean;
};

type TPersonTally = {
  sex: TSexBucket;
  organisation: TStatsOrganisation | null;
  isInvited: boolean;
  isPresent: boolean;
  wasInvitedAndPresent: boolean;
  wasWalkIn: boolean;
  wasDelegate: boolean;
  role: TAttendanceRole;
};

const roleRank = (role: TAttendanceRole) => ATTENDANCE_ROLES.indexOf(role);

export function roleOf(row: Pick<TStatsRow, "isCoChair" | "isSpeaker">): TAttendanceRole {
  if (row.isCoChair) return "CO_CHAIR";
  if (row.isSpeaker) return "SPEAKER";
  return "PARTICIPANT";
}

/**
 * The top-level organisation a person is counted under: a directorate (an organisation with a
 * parent) rolls up to its ministry, however deep. Unknown ids give null; a cycle stops the walk.
 */
export function topLevelOrganisation(
  organisationId: string | null,
  byId: ReadonlyMap<string, TStatsOrganisation>,
): TStatsOrganisation | null {
  let current = organisationId ? byId.get(organisationId) : undefined;
  const seen = new Set<string>();
  while (current?.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.parentId);
  }
  return current ?? null;
}

function tallyPersons(
  rows: readonly TStatsRow[],
  byId: ReadonlyMap<string, TStatsOrganisation>,
): Map<string, TPersonTally> {
  const persons = new Map<string, TPersonTally>();
  for (const row of rows) {
    let person = persons.get(row.personId);
    if (!person) {
      person = {
        sex: row.sex ?? "NOT_RECORDED",
        organisation: topLevelOrganisation(row.organisationId, byId),
        isInvited: false,
        isPresent: false,
        wasInvitedAndPresent: false,
        wasWalkIn: false,
        wasDelegate: false,
        role: "PARTICIPANT",
      };
      persons.set(row.personId, person);
    }
    if (!row.isWalkIn) person.isInvited = true;
    if (row.attendance !== "PRESENT") continue;
    person.isPresent = true;
    if (row.isWalkIn) person.wasWalkIn = true;
    else person.wasInvitedAndPresent = true;
    if (row.isDelegate) person.wasDelegate = true;
    const role = roleOf(row);
    if (roleRank(role) < roleRank(person.role)) person.role = role;
  }
  return persons;
}

const zeroes = <K extends string>(keys: readonly K[]) => new Map<K, number>(keys.map((key) => [key, 0]));

/** Statistics of a set of register rows, counting each person once. */
export function attendanceStats(
  rows: readonly TStatsRow[],
  organisations: readonly TStatsOrganisation[],
): TAttendanceStats {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const persons = [...tallyPersons(rows, byId).values()];
  const present = persons.filter((p) => p.isPresent);

  const byKind = zeroes<TKindBucket>(KIND_BUCKETS);
  const bySex = zeroes<TSexBucket>(SEX_BUCKETS);
  const byRole = zeroes<TAttendanceRole>(ATTENDANCE_ROLES);
  for (const p of present) {
    const kind = p.organisation?.kind ?? "NOT_RECORDED";
    byKind.set(kind, byKind.get(kind)! + 1);
    bySex.set(p.sex, bySex.get(p.sex)! + 1);
    byRole.set(p.role, byRole.get(p.role)! + 1);
  }

  const byOrganisation = new Map<string, TOrganisationCount>();
  for (const p of persons) {
    if (!p.organisation || !(p.isInvited || p.isPresent)) continue;
    const { id, name, acronym, kind } = p.organisation;
    const entry = byOrganisation.get(id) ?? { id, name, acronym, kind, invited: 0, participants: 0 };
    if (p.isInvited) entry.invited += 1;
    if (p.isPresent) entry.participants += 1;
    byOrganisation.set(id, entry);
  }
  const organisationRows = [...byOrganisation.values()].sort(
    (a, b) => b.participants - a.participants || b.invited - a.invited || a.name.localeCompare(b.name),
  );
  const attended = organisationRows.filter((o) => o.participants > 0);

  return {
    invited: persons.filter((p) => p.isInvited).length,
    participants: present.length,
    invitedPresent: persons.filter((p) => p.wasInvitedAndPresent).length,
    walkIns: persons.filter((p) => p.wasWalkIn).length,
    delegates: persons.filter((p) => p.wasDelegate).length,
    organisations: attended.length,
    ministries: attended.filter((o) => o.kind === "GOVERNMENT_MINISTRY").length,
    byOrganisationKind: KIND_BUCKETS.map((kind) => ({ kind, participants: byKind.get(kind)! })),
    bySex: SEX_BUCKETS.map((sex) => ({ sex, participants: bySex.get(sex)! })),
    byRole: ATTENDANCE_ROLES.map((role) => ({ role, participants: byRole.get(role)! })),
    byOrganisation: organisationRows,
  };
}

/** Per meeting, and over all of a programme's meetings (unique persons, plus attendances summed). */
export function programmeAttendanceStats<M extends { id: string }>(
  meetings: readonly M[],
  rows: readonly TStatsRow[],
  organisations: readonly TStatsOrganisation[],
) {
  const rowsByMeeting = new Map<string, TStatsRow[]>(meetings.map((m) => [m.id, []]));
  for (const row of rows) rowsByMeeting.get(row.meetingId)?.push(row);
  const perMeeting = meetings.map((meeting) => ({
    meeting,
    stats: attendanceStats(rowsByMeeting.get(meeting.id)!, organisations),
  }));
  const included = rows.filter((row) => rowsByMeeting.has(row.meetingId));
  return {
    meetings: perMeeting,
    totals: {
      ...attendanceStats(included, organisations),
      meetingsWithAttendance: perMeeting.filter((m) => m.stats.participants > 0).length,
      attendances: perMeeting.reduce((sum, m) => sum + m.stats.participants, 0),
    },
  };
}
