// Decisions of a meeting: the only place that reads and writes them. The server numbers them
// (1, 2, … per meeting, closing up on delete) under the meeting record lock; every write is
// version-checked and audited.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { AppError } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/access";
import { checkAgendaItem, checkVersion, alreadyCreated, auditRecord } from "@/lib/meeting/record-checks";
import { lockMeetingRecord } from "@/lib/meeting/record-lock";
import { ZDeleteRecord, type TDeleteRecord } from "@/lib/meeting/record-fields";
import { parseInput } from "@/lib/validation";
import {
  ZCreateDecision,
  ZUpdateDecision,
  type TCreateDecision,
  type TDecision,
  type TUpdateDecision,
} from "./schema";

const DECISION_SELECT = {
  id: true,
  meetingId: true,
  agendaItemId: true,
  number: true,
  text: true,
  version: true,
  updatedAt: true,
} as const;

type TRow = Omit<TDecision, "updatedAt"> & { updatedAt: Date };

export const toDecision = (d: TRow): TDecision => ({ ...d, updatedAt: d.updatedAt.toISOString() });

/**
 * The decisions of a meeting in their order, as a relation select: lets a screen that reads the meeting
 * anyway (the capture screen's poll) take them in the same query; map the rows with `toDecision`.
 */
export const DECISIONS_OF_MEETING = {
  orderBy: { number: "asc" as const },
  select: DECISION_SELECT,
} satisfies Prisma.MeetingSelect["decisions"];

/** The decisions of a meeting the user may see, by number. */
export async function listDecisions(access: TAccess, meetingId: string): Promise<TDecision[]> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { decisions: DECISIONS_OF_MEETING },
  });
  if (!meeting) throw AppError.notFound("Meeting");
  return meeting.decisions.map(toDecision);
}

/** Records the next decision of the meeting; a retried create with the same id returns the first. */
export async function createDecision(
  access: TAccess,
  meetingId: string,
  input: TCreateDecision,
  actor: TActor,
): Promise<TDecision> {
  const { id, ...data } = parseInput(ZCreateDecision, input);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const existing = await alreadyCreated(meetingId, id, (key) =>
      tx.decision.findUnique({ where: { id: key }, select: DECISION_SELECT }),
    );
    if (existing) return toDecision(existing);
    await checkAgendaItem(tx, meetingId, data.agendaItemId);
    const last = await tx.decision.aggregate({ where: { meetingId }, _max: { number: true } });
    const created = toDecision(
      await tx.decision.create({
        data: { ...data, ...(id ? { id } : {}), meetingId, number: (last._max.number ?? 0) + 1 },
        select: DECISION_SELECT,
      }),
    );
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "Decision",
      action: "CREATE",
      id: created.id,
      after: created,
    });
    return created;
  });
}

/** Changes text or agenda item, if nobody changed the decision since `version`. */
export async function updateDecision(
  access: TAccess,
  meetingId: string,
  decisionId: string,
  input: TUpdateDecision,
  actor: TActor,
): Promise<TDecision> {
  const { version, ...data } = parseInput(ZUpdateDecision, input);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const row = await tx.decision.findFirst({
      where: { id: decisionId, meetingId },
      select: DECISION_SELECT,
    });
    if (!row) throw AppError.notFound("Decision");
    await checkVersion(tx, "Decision", decisionId, row, version, toDecision);
    await checkAgendaItem(tx, meetingId, data.agendaItemId);
    const after = toDecision(
      await tx.decision.update({
        where: { id: decisionId },
        data: { ...data, version: { increment: 1 } },
        select: DECISION_SELECT,
      }),
    );
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "Decision",
      action: "UPDATE",
      id: decisionId,
      before: toDecision(row),
      after,
    });
    return after;
  });
}

/**
 * Deletes a decision, if nobody changed it since `version`; later decisions move up one number
 * (their text is untouched, so their versions stay and nobody editing them gets a conflict).
 */
export async function deleteDecision(
  access: TAccess,
  meetingId: string,
  decisionId: string,
  input: TDeleteRecord,
  actor: TActor,
): Promise<void> {
  const { version } = parseInput(ZDeleteRecord, input);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const row = await tx.decision.findFirst({
      where: { id: decisionId, meetingId },
      select: DECISION_SELECT,
    });
    if (!row) throw AppError.notFound("Decision");
    await checkVersion(tx, "Decision", decisionId, row, version, toDecision);
    await tx.decision.delete({ where: { id: decisionId } });
    const later = await tx.decision.findMany({
      where: { meetingId, number: { gt: row.number } },
      orderBy: { number: "asc" },
      select: { id: true, number: true },
    });
    for (const d of later) await tx.decision.update({ where: { id: d.id }, data: { number: d.number - 1 } });
    await auditRecord(tx, {
      actor,
      programmeId: meeting.programmeId,
      entity: "Decision",
      action: "DELETE",
      id: decisionId,
      before: toDecision(row),
    });
  });
}
