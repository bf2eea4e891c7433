// The attendance definitions of docs/attendance-statistics.md, as the secretariat would check them.
import { describe, expect, it } from "vitest";
import {
  attendanceStats,
  programmeAttendanceStats,
  topLevelOrganisation,
  type TStatsOrganisation,
  type TStatsRow,
} from "@/lib/attendance/stats";

const org = (id: string, kind: TStatsOrganisation["kind"], parentId: string | null = null) => ({
  id,
  name: id,
  acronym: null,
  kind,
  parentId,
});

const ORGS: TStatsOrganisation[] = [
  org("Bappenas", "GOVERNMENT_MINISTRY"),
  org("DG Planning", "GOVERNMENT_AGENCY", "Bappenas"),
  org("Sub-directorate", "OTHER", "DG Planning"),
  org("Ministry of Health", "GOVERNMENT_MINISTRY"),
  org("UNDP", "UN_ENTITY"),
];

let n = 0;
const row = (overrides: Partial<TStatsRow> = {}): TStatsRow => ({
  meetingId: "m1",
  personId: `p${(n += 1)}`,
  sex: "FEMALE",
  organisationId: "UNDP",
  attendance: "PRESENT",
  isWalkIn: false,
  isDelegate: false,
  isCoChair: false,
  isSpeaker: false,
  ...overrides,
});

const bucket = <T extends Record<string, unknown>>(list: T[], key: keyof T, value: string) =>
  list.find((entry) => entry[key] === value)?.participants;

describe("attendanceStats of one meeting", () => {
  it("counts a directorate under its top-level ministry, once", () => {
    const stats = attendanceStats(
      [
        row({ organisationId: "Bappenas" }),
        row({ organisationId: "DG Planning" }),
        row({ organisationId: "Sub-directorate" }),
        row({ organisationId: "Ministry of Health" }),
        row({ organisationId: "UNDP" }),
      ],
      ORGS,
    );
    expect(stats.participants).toBe(5);
    expect(stats.ministries).toBe(2);
    expect(stats.organisations).toBe(3);
    expect(stats.byOrganisation[0]).toMatchObject({ id: "Bappenas", participants: 3, invited: 3 });
    expect(stats.byOrganisation.map((o) => o.id)).not.toContain("DG Planning");
    expect(bucket(stats.byOrganisationKind, "kind", "GOVERNMENT_MINISTRY")).toBe(4);
    expect(bucket(stats.byOrganisationKind, "kind", "GOVERNMENT_AGENCY")).toBe(0);
  });

  it("counts a walk-in as a participant but not as invited", () => {
    const stats = attendanceStats([row(), row({ isWalkIn: true })], ORGS);
    expect(stats).toMatchObject({ participants: 2, invited: 1, invitedPresent: 1, walkIns: 1 });
  });

  it("does not count the absent, the excused or the not yet signed in, but keeps them as invited", () => {
    const stats = attendanceStats(
      [
        row({ organisationId: "Ministry of Health", attendance: "ABSENT" }),
        row({ attendance: "EXCUSED" }),
        row({ attendance: null }),
        row(),
      ],
      ORGS,
    );
    expect(stats).toMatchObject({ participants: 1, invited: 4, ministries: 0, organisations: 1 });
    expect(stats.byOrganisation.find((o) => o.id === "Ministry of Health")).toMatchObject({
      invited: 1,
      participants: 0,
    });
  });

  it("reports sex not recorded separately from prefer not to say", () => {
    const stats = attendanceStats(
      [row({ sex: null }), row({ sex: "PREFER_NOT_TO_SAY" }), row({ sex: "MALE" }), row({ sex: "MALE" })],
      ORGS,
    );
    expect(stats.bySex).toEqual([
      { sex: "FEMALE", participants: 0 },
      { sex: "MALE", participants: 2 },
      { sex: "PREFER_NOT_TO_SAY", participants: 1 },
      { sex: "NOT_RECORDED", participants: 1 },
    ]);
  });

  it("counts each participant in one role: co-chair before speaker before participant", () => {
    const stats = attendanceStats(
      [
        row({ isCoChair: true, isSpeaker: true }),
        row({ isSpeaker: true }),
        row({ isSpeaker: true, attendance: "ABSENT" }),
        row(),
      ],
      ORGS,
    );
    expect(stats.byRole).toEqual([
      { role: "CO_CHAIR", participants: 1 },
      { role: "SPEAKER", participants: 1 },
      { role: "PARTICIPANT", participants: 1 },
    ]);
  });

  it("counts a delegate, and a person without organisation under 'not recorded'", () => {
    const stats = attendanceStats([row({ isDelegate: true, organisationId: null })], ORGS);
    expect(stats).toMatchObject({ delegates: 1, organisations: 0 });
    expect(bucket(stats.byOrganisationKind, "kind", "NOT_RECORDED")).toBe(1);
  });
});

describe("programmeAttendanceStats", () => {
  it("gives a row per meeting and counts a person at several meetings once in the totals", () => {
    const rows = [
      row({ meetingId: "m1", personId: "ana", isCoChair: true }),
      row({ meetingId: "m2", personId: "ana", isSpeaker: true }),
      row({ meetingId: "m2", personId: "budi", sex: "MALE", organisationId: "DG Planning" }),
      row({ meetingId: "m3", personId: "citra", attendance: "ABSENT" }),
      row({ meetingId: "cancelled", personId: "dewi" }),
    ];
    const result = programmeAttendanceStats([{ id: "m1" }, { id: "m2" }, { id: "m3" }], rows, ORGS);
    expect(result.meetings.map((m) => m.stats.participants)).toEqual([1, 2, 0]);
    expect(result.totals).toMatchObject({
      participants: 2,
      attendances: 3,
      meetingsWithAttendance: 2,
      invited: 3,
      ministries: 1,
    });
    expect(bucket(result.totals.byRole, "role", "CO_CHAIR")).toBe(1);
  });
});

describe("topLevelOrganisation", () => {
  it("stops on a parent cycle instead of looping", () => {
    const cyclic = new Map([
      ["a", org("a", "OTHER", "b")],
      ["b", org("b", "OTHER", "a")],
    ]);
    expect(topLevelOrganisation("a", cyclic)?.id).toMatch(/^[ab]$/);
  });
});
