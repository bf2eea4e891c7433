// Remarks of a meeting: the only place that reads and writes them. Writes go through the meeting
// record lock (lib/meeting/record-lock.ts), carry the version the editor saw, and leave an audit event.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/access";
import {
  checkAgendaItem,
  checkSpeaker,
  checkVersion,
  alreadyCreated,
  auditRecord,
} from "@/lib/meeting/record-checks";
import { lockMeetingRecord } from "@/lib/meeting/record-lock";
import { ZDeleteRecord, type TDeleteRecord } from "@/lib/meeting/record-fields";
import { parseInput } from "@/lib/validation";
import { ZCreateRemark, ZUpdateRemark, type TCreateRemark, type TRemark, type TUpdateRemark } from "./schema";

const REMARK_SELECT = {
  id: true,
  meetingId: true,
  agendaItemId: true,
  order: true,
  kind: true,
  summary: true,
  quote: true,
  version: true,
  updatedAt: true,
  speaker: {
    select: {
      id: true,
      name: true,
      position: true,
      organisation: { select: { name: true, acronym: true } },
    },
  },
} as const;

type TRow = {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  order: number;
  kind: TRemark["kind"];
  summary: string;
  quote: string | null;
  version: number;
  updatedAt: Date;
  speaker: {
    id: string;
    name: string;
    position: string | null;
    organisation: { name: string; acronym: string | null } | null;
  };
};

export function toRemark(r: TRow): TRemark {
  const { speaker, updatedAt, ...rest } = r;
  return {
    ...rest,
    updatedAt: updatedAt.toISOString(),
    speaker: {
      id: speaker.id,
      name: speaker.name,
      position: speaker.position,
      organisation: speaker.organisation ? (speaker.organisation.acronym ?? speaker.organisation.name) : null,
    },
  };
}

/**
 * The remarks of a meeting in their order, as a relation select: lets a screen that reads the meeting
 * anyway (the capture screen's poll) take them in the same query; map the rows with `toRemark`.
 */
export const REMARKS_OF_MEETING = {
  orderBy: [{ order: "asc" as const }, { id: "asc" as const }],
  select: REMARK_SELECT,
} satisfies Prisma.MeetingSelect["remarks"];

/** The remarks of a meeting the user may see, in the order spoken. */
export async function listRemarks(access: TAccess, meetingId: string): Promise<TRemark[]> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { remarks: REMARKS_OF_MEETING },
  });
  if (!meeting) throw AppError.notFound("Meeting");
  return meeting.remarks.map(toRemark);
}

/** Records a remark after the last one; a retried create with the same id returns the first. */
export async function createRemark(
  access: TAccess,
  meetingId: string,
  input: TCreateRemark,
  actor: TActor,
): Promise<TRemark> {
  const { id, ...data } = parseInput(ZCreateRemark, input);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const existing = await alreadyCreated(meetingId, id, (key) =>
      tx.remark.findUnique({ where: { id: key }, select: REMARK_SELECT }),
    );
    if (existing) return toRemark(existing);
    await checkAgendaItem(tx, meetingId, data.agendaItemId);
    await checkSpeaker(tx, meetingId, data.speakerPersonId);
    const last = await tx.remark.aggregate({ where: { meetingId }, _max: { order: true } });
    const created = toRemark(
      await tx.remark.create({
        data: { ...data, ...(id ? { id } : {}), meetingId, order: (last._max.order ?? 0) + 1 },
        select: REMARK_SELECT,
      }),
    );
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "Remark",
      action: "CREATE",
      id: created.id,
      after: created,
    });
    return created;
  });
}

/** Changes the fields sent, if nobody changed the remark since `version`. */
export async function updateRemark(
  access: TAccess,
  meetingId: string,
  remarkId: string,
  input: TUpdateRemark,
  actor: TActor,
): Promise<TRemark> {
  const { version, ...data } = parseInput(ZUpdateRemark, input);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const row = await tx.remark.findFirst({ where: { id: remarkId, meetingId }, select: REMARK_SELECT });
    if (!row) throw AppError.notFound("Remark");
    await checkVersion(tx, "Remark", remarkId, row, version, toRemark);
    await checkAgendaItem(tx, meetingId, data.agendaItemId);
    await checkSpeaker(tx, meetingId, data.speakerPersonId);
    const after = toRemark(
      await tx.remark.update({
        where: { id: remarkId },
        data: { ...data, version: { increment: 1 } },
        select: REMARK_SELECT,
      }),
    );
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "Remark",
      action: "UPDATE",
      id: remarkId,
      before: toRemark(row),
      after,
    });
    return after;
  });
}

/** Deletes a remark, if nobody changed it since `version`; action items it raised stay. */
export async function deleteRemark(
  access: TAccess,
  meetingId: string,
  remarkId: string,
  input: TDeleteRecord,
  actor: TActor,
): Promise<void> {
  const { version } = parseInput(ZDeleteRecord, input);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const row = await tx.remark.findFirst({ where: { id: remarkId, meetingId }, select: REMARK_SELECT });
    if (!row) throw AppError.notFound("Remark");
    await checkVersion(tx, "Remark", remarkId, row, version, toRemark);
    await tx.remark.delete({ where: { id: remarkId } });
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "Remark",
      action: "DELETE",
      id: remarkId,
      before: toRemark(row),
    });
  });
}
