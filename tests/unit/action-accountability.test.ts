// The accountability figures of docs/action-items.md at their edges: a directorate counts for its
// ministry; reported done is open and can be overdue; due today is not overdue; done on the due day
// is on time, the day after late, without a due date neither; the median of an even count; the
// oldest overdue; closed per meeting up to (not including) the next meeting's start.
import { describe, expect, it } from "vitest";
import {
  accountabilityByMeeting,
  accountabilityByOrganisation,
  accountabilityCounts,
  daysOverdue,
  median,
  type TAccountabilityItem,
  type TAccountabilityMeetingRow,
} from "@/lib/action-item/accountability";

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
// 08:00 on 2026-12-02 in Jakarta.
const now = new Date("2026-12-02T01:00:00Z");

const psc1: TAccountabilityMeetingRow = {
  id: "m1",
  kind: "PSC",
  sequenceNumber: 1,
  startsAt: new Date("2026-06-01T02:00:00Z"),
  timeZone: "Asia/Jakarta",
};
const psc2: TAccountabilityMeetingRow = {
  ...psc1,
  id: "m2",
  sequenceNumber: 2,
  startsAt: new Date("2026-09-01T02:00:00Z"),
};
const meetings = new Map([psc1, psc2].map((m) => [m.id, m]));

let n = 0;
const item = (over: Partial<TAccountabilityItem>): TAccountabilityItem => ({
  id: `a${String(++n).padStart(3, "0")}`,
  number: n,
  status: "OPEN",
  dueDate: null,
  closedAt: null,
  ownerOrganisationId: "ministry",
  meetingId: "m1",
  ...over,
});

const organisations = [
  { id: "ministry", name: "Ministry of Health", acronym: "MoH", parentId: null },
  { id: "directorate", name: "Directorate of Nutrition", acronym: null, parentId: "ministry" },
  { id: "agency", name: "United Nations Children's Fund", acronym: "UNICEF", parentId: null },
];

describe("counts", () => {
  it("counts reported done as open and overdue until verified; due today is not overdue", () => {
    const c = accountabilityCounts(
      [
        item({ status: "REPORTED_DONE", dueDate: day("2026-11-30") }),
        item({ status: "OPEN", dueDate: day("2026-12-02") }),
        item({ status: "DROPPED", dueDate: day("2026-01-01"), closedAt: day("2026-02-01") }),
      ],
      meetings,
      now,
    );
    expect(c).toMatchObject({ total: 3, open: 2, overdue: 1, dropped: 1, done: 0 });
  });

  it("is on time when done on the due day (in Jakarta), late the day after, neither without a due date", () => {
    const c = accountabilityCounts(
      [
        // 23:30 on the due day in Jakarta is 16:30 UTC that day.
        item({ status: "DONE", dueDate: day("2026-10-01"), closedAt: new Date("2026-10-01T16:30:00Z") }),
        // 00:30 the next day in Jakarta is still the due day in UTC: late.
        item({ status: "DONE", dueDate: day("2026-10-01"), closedAt: new Date("2026-10-01T17:30:00Z") }),
        item({ status: "DONE", dueDate: null, closedAt: day("2026-10-05") }),
      ],
      meetings,
      now,
    );
    expect(c).toMatchObject({ done: 3, doneOnTime: 1, doneLate: 1, open: 0, overdue: 0 });
  });

  it("gives the median days overdue and the oldest overdue item with its reference", () => {
    const items = [
      item({ dueDate: day("2026-12-01") }), // 1 day
      item({ dueDate: day("2026-11-22") }), // 10 days
      item({ dueDate: day("2026-11-02"), meetingId: "m2", number: 4 }), // 30 days
      item({ dueDate: day("2026-11-29") }), // 3 days
    ];
    const c = accountabilityCounts(items, meetings, now);
    expect(c.medianDaysOverdue).toBe(6.5);
    expect(c.oldestOverdue).toEqual({
      id: items[2].id,
      reference: "PSC2/A/04",
      dueDate: "2026-11-02",
      daysOverdue: 30,
    });
  });

  it("has no median and no oldest when nothing is overdue", () => {
    const c = accountabilityCounts([item({ dueDate: day("2027-01-01") })], meetings, now);
    expect(c.medianDaysOverdue).toBeNull();
    expect(c.oldestOverdue).toBeNull();
  });
});

describe("median and days overdue", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 4, 10])).toBe(3);
  });
  it("is 1 the day after the due date and 0 on it", () => {
    expect(daysOverdue(day("2026-12-01"), now)).toBe(1);
    expect(daysOverdue(day("2026-12-02"), now)).toBe(0);
  });
});

describe("by organisation", () => {
  it("counts a directorate's items for its ministry, keeps items without an owner apart, most overdue first", () => {
    const rows = accountabilityByOrganisation(
      [
        item({ ownerOrganisationId: "directorate", dueDate: day("2026-11-01") }),
        item({ ownerOrganisationId: "ministry", dueDate: day("2026-11-15") }),
        item({ ownerOrganisationId: "agency", status: "OPEN" }),
        item({ ownerOrganisationId: null, status: "OPEN" }),
      ],
      organisations,
      meetings,
      now,
    );
    expect(rows.map((r) => [r.organisation?.acronym ?? null, r.total, r.overdue])).toEqual([
      ["MoH", 2, 2],
      ["UNICEF", 1, 0],
      [null, 1, 0],
    ]);
  });
});

describe("over meetings", () => {
  it("counts items raised at each meeting and those closed from its start until the next meeting's", () => {
    const rows = accountabilityByMeeting(
      [
        item({ meetingId: "m1", status: "DONE", closedAt: new Date("2026-08-31T23:59:59Z") }),
        // Closed at the very start of PSC2: counts for PSC2's period, not PSC1's.
        item({ meetingId: "m1", status: "DROPPED", closedAt: psc2.startsAt }),
        item({ meetingId: "m1", status: "IN_PROGRESS" }),
        item({ meetingId: "m2", status: "DONE", closedAt: new Date("2026-11-30T00:00:00Z") }),
      ],
      [psc2, psc1],
    );
    expect(rows.map((r) => [r.meeting.id, r.raised, r.closed, r.stillOpen])).toEqual([
      ["m1", 3, 1, 1],
      ["m2", 1, 2, 0],
    ]);
  });
});
