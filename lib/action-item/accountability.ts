// The accountability figures of one programme, computed from its action items: by organisation
// (a directorate's items count for its ministry) and over its meetings. Pure, so the definitions in
// docs/action-items.md are unit-tested at their edges (tests/unit/action-accountability.test.ts).
import type { ActionStatus, MeetingKind } from "@/lib/generated/prisma/enums";
import type {
  TAccountabilityCounts,
  TAccountabilityMeeting,
  TAccountabilityOrganisation,
} from "./accountability-schema";
import { actionReference } from "./reference";
import { actionToday, CLOSED_STATUSES, isDoneOnTime, isOverdue } from "./status";

export type TAccountabilityItem = {
  id: string;
  number: number | null;
  status: ActionStatus;
  dueDate: Date | null;
  closedAt: Date | null;
  ownerOrganisationId: string | null;
  meetingId: string;
};

export type TAccountabilityOrganisationRow = {
  id: string;
  name: string;
  acronym: string | null;
  parentId: string | null;
};

export type TAccountabilityMeetingRow = {
  id: string;
  kind: MeetingKind;
  sequenceNumber: number;
  startsAt: Date;
  timeZone: string;
};

const DAY_MS = 86_400_000;

/** Median of numbers (the mean of the middle two for an even count), one decimal; null if none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(m * 10) / 10;
}

/** Days from the due date to today (actionToday): 1 the day after it was due. */
export function daysOverdue(dueDate: Date, now: Date): number {
  return Math.round((actionToday(now).getTime() - dueDate.getTime()) / DAY_MS);
}

/** The counts of a set of items (one organisation's, or all). */
export function accountabilityCounts(
  items: TAccountabilityItem[],
  meetings: Map<string, TAccountabilityMeetingRow>,
  now: Date,
): TAccountabilityCounts {
  const counts = {
    total: items.length,
    open: 0,
    overdue: 0,
    done: 0,
    doneOnTime: 0,
    doneLate: 0,
    dropped: 0,
  };
  const late: { item: TAccountabilityItem; days: number }[] = [];
  for (const item of items) {
    if (!CLOSED_STATUSES.includes(item.status)) counts.open += 1;
    if (item.status === "DROPPED") counts.dropped += 1;
    if (item.status === "DONE") {
      counts.done += 1;
      const onTime = isDoneOnTime(item);
      if (onTime === true) counts.doneOnTime += 1;
      if (onTime === false) counts.doneLate += 1;
    }
    if (isOverdue(item, now)) {
      counts.overdue += 1;
      late.push({ item, days: daysOverdue(item.dueDate!, now) });
    }
  }
  // The oldest: the most days overdue; among equals, the earliest raised reference for a stable answer.
  const oldest = late.reduce<(typeof late)[number] | null>(
    (best, x) =>
      !best || x.days > best.days || (x.days === best.days && x.item.id < best.item.id) ? x : best,
    null,
  );
  const meeting = oldest ? meetings.get(oldest.item.meetingId) : undefined;
  return {
    ...counts,
    medianDaysOverdue: median(late.map((x) => x.days)),
    oldestOverdue:
      oldest && meeting
        ? {
            id: oldest.item.id,
            reference: actionReference(meeting, oldest.item.number),
            dueDate: oldest.item.dueDate!.toISOString().slice(0, 10),
            daysOverdue: oldest.days,
          }
        : null,
  };
}

/** The top-level organisation of each organisation (its ministry), following parents. */
function topLevel(organisations: TAccountabilityOrganisationRow[]) {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return (id: string): TAccountabilityOrganisationRow | undefined => {
    let current = byId.get(id);
    for (let depth = 0; current?.parentId && byId.has(current.parentId) && depth < 10; depth += 1) {
      current = byId.get(current.parentId);
    }
    return current;
  };
}

/**
 * One row per top-level owner organisation, most overdue first, then most open, then by name; and
 * last, one for items without an owner.
 */
export function accountabilityByOrganisation(
  items: TAccountabilityItem[],
  organisations: TAccountabilityOrganisationRow[],
  meetings: Map<string, TAccountabilityMeetingRow>,
  now: Date,
): TAccountabilityOrganisation[] {
  const top = topLevel(organisations);
  const groups = new Map<string | null, TAccountabilityItem[]>();
  for (const item of items) {
    const key = item.ownerOrganisationId ? (top(item.ownerOrganisationId)?.id ?? null) : null;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const rows = [...groups.entries()].map(([id, group]) => {
    const org = id ? byId.get(id) : undefined;
    return {
      organisation: org ? { id: org.id, name: org.name, acronym: org.acronym } : null,
      ...accountabilityCounts(group, meetings, now),
    };
  });
  return rows.sort(
    (a, b) =>
      Number(a.organisation === null) - Number(b.organisation === null) ||
      b.overdue - a.overdue ||
      b.open - a.open ||
      (a.organisation?.name ?? "").localeCompare(b.organisation?.name ?? ""),
  );
}

/**
 * One row per meeting, in date order: items raised at it, items closed from its start until the
 * next meeting's start (the last one: until now), and of those raised, how many are still open.
 */
export function accountabilityByMeeting(
  items: TAccountabilityItem[],
  meetings: TAccountabilityMeetingRow[],
): TAccountabilityMeeting[] {
  const ordered = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return ordered.map((m, i) => {
    const from = m.startsAt.getTime();
    const until = i + 1 < ordered.length ? ordered[i + 1].startsAt.getTime() : Infinity;
    const raised = items.filter((a) => a.meetingId === m.id);
    return {
      meeting: {
        id: m.id,
        kind: m.kind,
        sequenceNumber: m.sequenceNumber,
        startsAt: m.startsAt.toISOString(),
        timeZone: m.timeZone,
      },
      raised: raised.length,
      closed: items.filter((a) => a.closedAt && a.closedAt.getTime() >= from && a.closedAt.getTime() < until)
        .length,
      stillOpen: raised.filter((a) => !CLOSED_STATUSES.includes(a.status)).length,
    };
  });
}
