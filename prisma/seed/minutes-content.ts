// Builds the snapshot stored in MinutesVersion.content for the held demo meetings, and its
// fingerprint: the app's own (SHA-256 of the RFC 8785 canonical JSON), so /verify confirms the
// demo's adopted minutes like any others.
import { minutesFingerprint } from "../../lib/minutes/fingerprint";
import { ORGANISATIONS, PEOPLE } from "./directory";
import type { TInvitationRow } from "./invitations";
import { PROGRAMME } from "./programme";
import type { TMeetingSeed } from "./types";

type TJson = string | number | boolean | null | TJson[] | { [key: string]: TJson };

export const MINUTES_CONTENT_FORMAT = "notulen.minutes-snapshot/1";

const personOf = (key: string) => {
  const person = PEOPLE.find((p) => p.key === key);
  if (!person) throw new Error(`unknown person "${key}"`);
  return person;
};
const organisationOf = (key: string) => {
  const organisation = ORGANISATIONS.find((o) => o.key === key);
  if (!organisation) throw new Error(`unknown organisation "${key}"`);
  return organisation;
};
/** A directorate-general counts towards its ministry. */
const rootOf = (key: string): string => {
  const parent = organisationOf(key).parent;
  return parent ? rootOf(parent) : key;
};

function countBy<T>(items: T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
}

/** The status an action item had on a given day, from its dated updates. */
function statusOn(action: TMeetingSeed["actionItems"][number], day: string): string {
  const past = (action.updates ?? []).filter((u) => u.date <= day && u.statusAfter);
  return past.at(-1)?.statusAfter ?? "OPEN";
}

export function buildMinutesContent(
  meeting: TMeetingSeed,
  invitations: TInvitationRow[],
  asOf: string,
): TJson {
  const present = invitations
    .filter((i) => i.attendance === "PRESENT")
    .map((i) => ({ row: i, person: personOf(i.person) }));
  const presentOrganisations = new Set(present.map((p) => p.person.organisation));
  const ministries = new Set(
    [...presentOrganisations].filter((o) => organisationOf(o).kind === "GOVERNMENT_MINISTRY").map(rootOf),
  );
  const agendaTitle = (order: number) => meeting.agenda[order - 1]?.title ?? null;

  return {
    format: MINUTES_CONTENT_FORMAT,
    programme: {
      title: PROGRAMME.title,
      fund: PROGRAMME.fund,
      conveningAgency: PROGRAMME.conveningAgencyAcronym,
    },
    meeting: {
      kind: "PSC",
      sequenceNumber: meeting.sequenceNumber,
      title: meeting.title,
      purpose: meeting.purpose,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      timeZone: "Asia/Jakarta",
      venue: {
        building: meeting.venueBuilding ?? null,
        room: meeting.venueRoom ?? null,
        address: meeting.venueAddress ?? null,
      },
      onlineUrl: meeting.onlineUrl ?? null,
    },
    coChairs: meeting.coChairs.map((c) => {
      const person = personOf(c.person);
      return {
        name: person.name,
        position: person.position,
        organisation: organisationOf(person.organisation).acronym,
        capacity: c.capacity,
      };
    }),
    agenda: meeting.agenda.map((a, i) => ({
      order: i + 1,
      kind: a.kind ?? "REGULAR",
      title: a.title,
      presenter: a.presenter ? personOf(a.presenter).name : null,
      plannedMinutes: a.plannedMinutes ?? null,
    })),
    attendance: {
      invited: invitations.filter((i) => !i.isWalkIn).length,
      present: present.length,
      organisations: presentOrganisations.size,
      ministries: ministries.size,
      bySex: countBy(present, (p) => p.person.sex ?? "NOT_RECORDED"),
      byOrganisationKind: countBy(present, (p) => organisationOf(p.person.organisation).kind),
      participants: present.map(({ row, person }) => ({
        name: person.name,
        position: person.position,
        organisation: organisationOf(person.organisation).acronym,
        isWalkIn: row.isWalkIn,
        delegateOf: row.delegateOf ? personOf(row.delegateOf).name : null,
      })),
    },
    remarks: meeting.remarks.map((r, i) => {
      const speaker = personOf(r.speaker);
      return {
        order: i + 1,
        kind: r.kind,
        agendaItem: agendaTitle(r.agenda),
        speaker: speaker.name,
        organisation: organisationOf(speaker.organisation).acronym,
        summary: r.summary,
        quote: r.quote ?? null,
      };
    }),
    decisions: meeting.decisions.map((d, i) => ({
      number: i + 1,
      agendaItem: agendaTitle(d.agenda),
      text: d.text,
    })),
    actionItems: meeting.actionItems.map((a) => ({
      title: a.title,
      owner: organisationOf(a.ownerOrganisation).acronym,
      ownerPerson: a.ownerPerson ? personOf(a.ownerPerson).name : null,
      dueDate: a.dueDate,
      status: statusOn(a, asOf),
    })),
  };
}

/** The fingerprint adoption gives a version (lib/minutes/fingerprint.ts, docs/minutes-fingerprint.md). */
export const fingerprintOf = minutesFingerprint;
