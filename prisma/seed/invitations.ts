// Expands a meeting's compact attendance description into one invitation row per person, with
// RSVP and sign-in times derived from positions (not random), so every seed run is identical.
import type { AttendanceStatus, RsvpStatus } from "../../lib/generated/prisma/client";
import type { TAttendanceSeed } from "./types";

export interface TInvitationRow {
  person: string;
  isWalkIn: boolean;
  invitedAt: Date | null;
  rsvp: RsvpStatus;
  rsvpAt: Date | null;
  attendance: AttendanceStatus | null;
  signedInAt: Date | null;
  /** Key of the person this invitee attended for. */
  delegateOf: string | null;
  /** Key of the colleague this invitee delegated to. */
  delegatedTo: string | null;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function expandInvitations(
  spec: TAttendanceSeed,
  personKeys: string[],
  startsAt: Date,
): TInvitationRow[] {
  const invitedAt = new Date(spec.invitedAt);
  const delegations = spec.delegations ?? [];
  const walkIns = new Set(spec.walkIns ?? []);
  const delegates = new Map(delegations.map((d) => [d.to, d.from]));
  const delegators = new Map(delegations.map((d) => [d.from, d.to]));
  const notInvited = new Set(spec.notInvited ?? []);
  const declined = new Set(spec.declined ?? []);
  const absent = new Set(spec.absent ?? []);
  const noReply = new Set(spec.noReply ?? []);
  const accepted = new Set(spec.accepted ?? []);
  for (const key of [
    ...walkIns,
    ...delegates.keys(),
    ...delegators.keys(),
    ...notInvited,
    ...declined,
    ...absent,
    ...noReply,
    ...accepted,
  ]) {
    if (!personKeys.includes(key)) throw new Error(`attendance names unknown person "${key}"`);
  }

  // Replies trickle in over the days after the invitation, in a fixed pattern.
  const replyAt = (i: number) =>
    new Date(invitedAt.getTime() + ((i * 5) % 9) * DAY + (1 + (i % 7)) * 60 * MINUTE);
  let signedIn = 0;
  const signInAt = () => new Date(startsAt.getTime() - 35 * MINUTE + signedIn++ * 45_000);

  const rows: TInvitationRow[] = [];
  personKeys.forEach((person, i) => {
    if (notInvited.has(person) || walkIns.has(person) || delegates.has(person)) return;
    const row: TInvitationRow = {
      person,
      isWalkIn: false,
      invitedAt,
      rsvp: "PENDING",
      rsvpAt: null,
      attendance: null,
      signedInAt: null,
      delegateOf: null,
      delegatedTo: null,
    };
    const answer = (rsvp: RsvpStatus) => Object.assign(row, { rsvp, rsvpAt: replyAt(i) });
    if (declined.has(person)) answer("DECLINED");
    else if (delegators.has(person))
      Object.assign(answer("DELEGATED"), { delegatedTo: delegators.get(person) });
    else if (!spec.isHeld) {
      if (accepted.has(person)) answer("ACCEPTED");
    } else if (!noReply.has(person)) answer("ACCEPTED");

    if (spec.isHeld) {
      if (row.rsvp === "DECLINED" || row.rsvp === "DELEGATED") row.attendance = "EXCUSED";
      else if (absent.has(person)) row.attendance = "ABSENT";
      else Object.assign(row, { attendance: "PRESENT", signedInAt: signInAt() });
    }
    rows.push(row);

    const delegate = delegators.get(person);
    if (delegate) {
      // The colleague is invited when the delegation comes in, and attends in the invitee's place.
      rows.push({
        person: delegate,
        isWalkIn: false,
        invitedAt: row.rsvpAt,
        rsvp: "ACCEPTED",
        rsvpAt: row.rsvpAt,
        attendance: spec.isHeld ? "PRESENT" : null,
        signedInAt: spec.isHeld ? signInAt() : null,
        delegateOf: person,
        delegatedTo: null,
      });
    }
  });

  // Walk-ins sign in after the meeting has started.
  [...walkIns].forEach((person, i) =>
    rows.push({
      person,
      isWalkIn: true,
      invitedAt: null,
      rsvp: "PENDING",
      rsvpAt: null,
      attendance: "PRESENT",
      signedInAt: new Date(startsAt.getTime() + (20 + 3 * i) * MINUTE),
      delegateOf: null,
      delegatedTo: null,
    }),
  );
  return rows;
}
