// Writes the minutes of the held demo meetings (the 1st adopted, locked and fingerprinted; the 2nd a
// draft with review comments) and a few audit events, inside the seed transaction.
import { PEOPLE } from "./directory";
import type { TInvitationRow } from "./invitations";
import { MEETING_2_REVIEW_COMMENTS } from "./meeting-2";
import { buildMinutesContent, fingerprintOf } from "./minutes-content";
import { PROGRAMME } from "./programme";
import type { TMeetingSeed } from "./types";
import type { TDirectoryIds, TTx } from "./write-directory";

type TRecord = { seed: TMeetingSeed; invitations: TInvitationRow[] };

/** The 1st minutes were adopted under the 2nd meeting's adoption item, 45 minutes into it. */
export const FIRST_MINUTES_ADOPTED_AT = "2025-09-18T07:15:00Z";

export async function writeMinutes(
  tx: TTx,
  ids: TDirectoryIds,
  meetingIds: Map<number, string>,
  [first, second]: [TRecord, TRecord],
  secretariatUserId: string | undefined,
): Promise<string> {
  const firstContent = buildMinutesContent(first.seed, first.invitations, "2025-04-04");
  const fingerprint = fingerprintOf(firstContent);
  const adoptedAt = new Date(FIRST_MINUTES_ADOPTED_AT);
  const firstMinutes = await tx.minutes.create({
    data: {
      meetingId: meetingIds.get(first.seed.sequenceNumber)!,
      status: "ADOPTED",
      adoptedAt,
      adoptionMethod: "AT_MEETING",
      adoptedAtMeetingId: meetingIds.get(second.seed.sequenceNumber)!,
      fingerprint,
      lockedAt: adoptedAt,
      // The demo's adopted version predates snapshots of the record: it has no stored documents,
      // so its downloads are rendered from the record as before.
      createdAt: new Date("2025-04-04T03:00:00Z"),
      versions: {
        create: {
          number: 1,
          content: firstContent as object,
          note: "Draft circulated to ministries and agencies for review; no amendments received.",
          reviewOpensAt: new Date("2025-04-07T02:00:00Z"),
          reviewClosesAt: new Date("2025-04-21T10:00:00Z"),
          createdByUserId: secretariatUserId ?? null,
          createdAt: new Date("2025-04-04T03:00:00Z"),
        },
      },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  await tx.minutes.update({
    where: { id: firstMinutes.id },
    data: { adoptedVersionId: firstMinutes.versions[0].id },
  });

  const secondMinutes = await tx.minutes.create({
    data: {
      meetingId: meetingIds.get(second.seed.sequenceNumber)!,
      status: "DRAFT",
      createdAt: new Date("2025-10-02T04:00:00Z"),
      versions: {
        create: {
          number: 1,
          content: buildMinutesContent(second.seed, second.invitations, "2025-10-02") as object,
          note: "Draft for review by the ministries and agencies that attended.",
          createdByUserId: secretariatUserId ?? null,
          createdAt: new Date("2025-10-02T04:00:00Z"),
        },
      },
    },
    select: { versions: { select: { id: true } } },
  });

  await tx.reviewComment.createMany({
    data: MEETING_2_REVIEW_COMMENTS.map((c, i) => {
      const email = PEOPLE.find((p) => p.key === c.authorPerson)?.email;
      return {
        minutesVersionId: secondMinutes.versions[0].id,
        authorPersonId: ids.person(c.authorPerson),
        authorUserId: (email && ids.users.get(email)) || null,
        anchor: c.anchor,
        body: c.body,
        status: c.status,
        response: "response" in c ? c.response : null,
        createdAt: new Date(Date.UTC(2025, 9, 6 + 2 * i, 3)),
      };
    }),
  });

  return firstMinutes.id;
}

/** A few audit events for the history views, dated when they would have happened. */
export async function writeAuditEvents(
  tx: TTx,
  ids: TDirectoryIds,
  meetingIds: Map<number, string>,
  seeds: TMeetingSeed[],
  firstMinutesId: string,
): Promise<void> {
  const dropped = await tx.actionItem.findFirstOrThrow({
    where: { programmeId: ids.programmeId, status: "DROPPED" },
    select: { id: true },
  });
  const firstMeetingId = meetingIds.get(seeds[0].sequenceNumber)!;
  const event = (at: string, entity: string, entityId: string, before: object | null, after: object) => ({
    at: new Date(at),
    actorLabel: "seed",
    programmeId: ids.programmeId,
    entity,
    entityId,
    action: before ? ("UPDATE" as const) : ("CREATE" as const),
    before: before ?? undefined,
    after,
  });
  await tx.auditEvent.createMany({
    data: [
      event("2025-02-10T02:00:00Z", "Programme", ids.programmeId, null, {
        title: PROGRAMME.title,
        country: PROGRAMME.country,
        fund: PROGRAMME.fund,
      }),
      ...seeds.map((m) =>
        event(
          m.attendance.invitedAt,
          "Meeting",
          meetingIds.get(m.sequenceNumber)!,
          { status: "DRAFT" },
          { status: "SCHEDULED" },
        ),
      ),
      event(
        FIRST_MINUTES_ADOPTED_AT,
        "Minutes",
        firstMinutesId,
        { status: "IN_REVIEW" },
        {
          status: "ADOPTED",
          adoptionMethod: "AT_MEETING",
        },
      ),
      event(
        FIRST_MINUTES_ADOPTED_AT,
        "Meeting",
        firstMeetingId,
        { status: "MINUTES_IN_REVIEW" },
        { status: "MINUTES_ADOPTED" },
      ),
      event("2025-09-18T08:30:00Z", "ActionItem", dropped.id, { status: "OPEN" }, { status: "DROPPED" }),
    ],
  });
}
