// Carry-over into the next meeting (issue 11, item 5): the action items of earlier meetings of the
// programme that were still open when a meeting started — reported done counts as open until it is
// verified — with their status as of that cut-off and the progress recorded for them at this
// meeting. "Matters arising" lists them (lib/agenda/service.ts), the capture screen records a status
// and a note for each (an ordinary progress update, postActionUpdate with `meetingId`), and the
// minutes and the summary print what was recorded (lib/minutes/service.ts `followUps`).
//
// The status as of the cut-off is read from the updates' history: an update records the status it
// found (`statusBefore`), so the status at the cut-off is the `statusBefore` of the first update made
// after it — or recorded at this meeting, even a few minutes before its official start — and the
// item's current status when there is none.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type TAccess } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { utcToZoned } from "@/lib/meeting/zoned-time";
import { ORGANISATION_REF } from "@/lib/organisation/service";
import { isRecordOpen } from "@/lib/record/service/lock";
import { CARRIED_STATUSES, type TCarriedOver } from "../carry-over-schema";
import { actionReference } from "../reference";
import type { TActionStatus } from "../schema";
import { allowedStatuses, toUpdates, UPDATE_SELECT } from "./updates";

const isCarried = (status: TActionStatus): status is (typeof CARRIED_STATUSES)[number] =>
  (CARRIED_STATUSES as readonly string[]).includes(status);

/** The action items a meeting carries over from earlier meetings of its programme, oldest first. */
export async function carriedOver(access: TAccess, meetingId: string): Promise<TCarriedOver> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { id: true, programmeId: true, startsAt: true, timeZone: true, status: true },
  });
  if (!meeting) throw AppError.notFound("meeting");
  const cutOff = meeting.startsAt;
  const afterCutOff: Prisma.ActionItemUpdateWhereInput = {
    OR: [{ createdAt: { gte: cutOff } }, { meetingId: meeting.id }],
  };
  const rows = await db().actionItem.findMany({
    where: {
      programmeId: meeting.programmeId,
      meeting: { id: { not: meeting.id }, startsAt: { lt: cutOff } },
      // Open now, or changed since the cut-off (it may have been open then).
      OR: [{ status: { in: [...CARRIED_STATUSES] } }, { updates: { some: afterCutOff } }],
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { number: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      version: true,
      dueDate: true,
      ownerOrganisation: ORGANISATION_REF,
      ownerPerson: { select: { id: true, name: true } },
      meeting: { select: { id: true, kind: true, sequenceNumber: true, title: true } },
      updates: {
        where: afterCutOff,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { statusBefore: true },
      },
    },
  });
  const carried = rows.flatMap((r) => {
    const atCutOff = r.updates[0]?.statusBefore ?? r.status;
    return isCarried(atCutOff) ? [{ ...r, statusAtCutOff: atCutOff }] : [];
  });
  const here =
    carried.length === 0
      ? []
      : await db().actionItemUpdate.findMany({
          where: { meetingId: meeting.id, actionItemId: { in: carried.map((r) => r.id) } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { ...UPDATE_SELECT, actionItemId: true },
        });
  const outs = await toUpdates(here);
  const recordedHere = new Map<string, typeof outs>();
  here.forEach((u, i) =>
    recordedHere.set(u.actionItemId, [...(recordedHere.get(u.actionItemId) ?? []), outs[i]]),
  );

  // Recording at the meeting writes its record: record:manage (which the secretariat holds with
  // action:update, so every status move is theirs), and only while the record is open.
  const canRecord = can(access, "record:manage", meeting.programmeId) && isRecordOpen(meeting.status);
  return {
    meeting: {
      id: meeting.id,
      cutOff: cutOff.toISOString(),
      day: utcToZoned(cutOff, meeting.timeZone).date,
      canRecord,
    },
    data: carried.map((r) => ({
      id: r.id,
      reference: actionReference(r.meeting, r.number),
      title: r.title,
      ownerOrganisation: r.ownerOrganisation,
      ownerPerson: r.ownerPerson,
      dueDate: r.dueDate ? r.dueDate.toISOString().slice(0, 10) : null,
      statusAtCutOff: r.statusAtCutOff,
      status: r.status,
      version: r.version,
      meeting: r.meeting,
      recordedHere: recordedHere.get(r.id) ?? [],
      allowedStatuses: canRecord
        ? allowedStatuses(r.status, can(access, "action:update", meeting.programmeId))
        : [],
    })),
  };
}
