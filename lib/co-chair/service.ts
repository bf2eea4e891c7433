// Co-chairs of a meeting: the only place that adds and removes them (the meeting page reads them
// through detail.ts). Each change is audited in the same transaction.
import "server-only";
import { db, type TTx } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { meetingManageWhere } from "../meeting/service/access";
import { ZAddCoChair, type TAddCoChair, type TCoChair } from "./schema";
import { isFinalStatus } from "../meeting/status";

async function meetingToChange(tx: TTx, access: TAccess, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingManageWhere(access)] },
    select: { id: true, programmeId: true, status: true },
  });
  if (!meeting) throw AppError.notFound("meeting");
  if (meeting.status === "MINUTES_ADOPTED") throw AppError.conflict("minutesAdoption.errors.recordLocked");
  if (isFinalStatus(meeting.status)) throw new AppError("VALIDATION", "meeting.errors.coChairsClosed");
  return meeting;
}

/** Adds a co-chair after the existing ones; the same person twice is a CONFLICT. */
export async function addCoChair(
  access: TAccess,
  meetingId: string,
  input: TAddCoChair,
  actor: TActor,
): Promise<TCoChair> {
  const data = parseInput(ZAddCoChair, input);
  return db().$transaction(async (tx) => {
    const meeting = await meetingToChange(tx, access, meetingId);
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
    const person = await tx.person.findUnique({ where: { id: data.personId }, select: { name: true } });
    if (!person) throw AppError.invalidField("personId", "errors.field.noSuchPerson");
    const existing = await tx.coChair.findMany({
      where: { meetingId },
      select: { personId: true, order: true },
    });
    if (existing.some((c) => c.personId === data.personId)) {
      throw AppError.conflict("meeting.errors.alreadyCoChair", { name: person.name });
    }
    const order = Math.max(0, ...existing.map((c) => c.order)) + 1;
    const row = await tx.coChair.create({ data: { meetingId, ...data, order } });
    await recordAudit(tx, {
      actor,
      entity: "CoChair",
      entityId: row.id,
      action: "CREATE",
      programmeId: meeting.programmeId,
      after: {
        meetingId,
        personId: data.personId,
        capacity: data.capacity,
        capacityTranslation: data.capacityTranslation ?? null,
        order,
      },
    });
    return {
      personId: data.personId,
      name: person.name,
      capacity: data.capacity,
      capacityTranslation: data.capacityTranslation ?? null,
      order,
    };
  });
}

/** Removes a co-chair; "not found" when that person is not one. */
export async function removeCoChair(
  access: TAccess,
  meetingId: string,
  personId: string,
  actor: TActor,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const meeting = await meetingToChange(tx, access, meetingId);
    const row = await tx.coChair.findFirst({ where: { meetingId, personId } });
    if (!row) throw AppError.notFound("coChair");
    await tx.coChair.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      actor,
      entity: "CoChair",
      entityId: row.id,
      action: "DELETE",
      programmeId: meeting.programmeId,
      before: { meetingId, personId, capacity: row.capacity, order: row.order },
    });
  });
}
