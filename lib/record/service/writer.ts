// The one record writer: every write to a meeting's remarks, decisions and action items goes
// through it — the meeting lock, the idempotent create with a client id, the version check, the
// audit event with the record before and after, and the delete. A record kind supplies only its
// schemas, its select and mapper, and its own checks and numbering (lib/<kind>/service.ts).
import "server-only";
import type { z } from "zod";
import { db, type TTx } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { AppError, type TNotFoundKind } from "@/lib/errors";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { auditRecord, checkVersion, type TRecordEntity } from "./checks";
import { ZDeleteRecord, type TDeleteRecord } from "../fields";
import { lockMeetingRecord, type TLockedMeeting } from "./lock";

type TStored = { id: string; meetingId: string; version: number };
type TOutput = { id: string };
/** The kind's zod schemas: a create may carry a client id, an update the version seen. */
type TSchemas = { create: z.ZodType<{ id?: string }>; update: z.ZodType<{ version: number }> };
type TNew<S extends TSchemas> = Omit<z.output<S["create"]>, "id">;
type TChange<S extends TSchemas> = Omit<z.output<S["update"]>, "version">;

type TRecordKind<TRow extends TStored, TOut extends TOutput, S extends TSchemas, TInsert, TPatch> = {
  entity: TRecordEntity;
  missing: TNotFoundKind;
  schemas: S;
  toOutput: (row: TRow) => TOut;
  /** The records of a meeting the reader may see, in their order (null: no such meeting). */
  listOf: (where: Prisma.MeetingWhereInput) => Promise<TRow[] | null>;
  find: (tx: TTx, id: string) => Promise<TRow | null>;
  /** The kind's own checks of the fields sent: references inside the meeting, the speaker. */
  check: (tx: TTx, meetingId: string, fields: TNew<S> | TChange<S>) => Promise<void>;
  /** The new row from a create's fields, numbered under the lock. */
  newRow: (tx: TTx, meeting: TLockedMeeting, fields: TNew<S>) => Promise<TInsert>;
  insert: (tx: TTx, data: TInsert) => Promise<TRow>;
  /** The change of an update's fields to the row as it is. */
  patch: (fields: TChange<S>, row: TRow) => TPatch;
  /** Writes the change; `data` already raises the version. */
  change: (tx: TTx, id: string, data: TPatch) => Promise<TRow>;
  /** Deletes the row, and closes up what is numbered after it. */
  remove: (tx: TTx, row: TRow) => Promise<void>;
};

export function recordWriter<TRow extends TStored, TOut extends TOutput, S extends TSchemas, TInsert, TPatch>(
  kind: TRecordKind<TRow, TOut, S, TInsert, TPatch>,
) {
  const audit = (
    tx: TTx,
    actor: TActor,
    programmeId: string,
    action: "CREATE" | "UPDATE" | "DELETE",
    id: string,
    states: { before?: TOut; after?: TOut },
  ) => auditRecord(tx, { actor, programmeId, entity: kind.entity, action, id, ...states });

  /** The record of this meeting at the version the editor saw, under the lock. */
  async function seen(tx: TTx, access: TAccess, meetingId: string, id: string, version: number) {
    const meeting = await lockMeetingRecord(tx, access, meetingId);
    const row = await kind.find(tx, id);
    if (!row || row.meetingId !== meetingId) throw AppError.notFound(kind.missing);
    const before = kind.toOutput(row);
    await checkVersion(tx, kind.entity, row, version, before);
    return { meeting, row, before };
  }

  /**
   * Inserts a new row, already checked and numbered, with its audit event, in the caller's
   * transaction: the capture screen's create and the meeting bundle import both end here.
   */
  async function insert(tx: TTx, programmeId: string, data: TInsert, actor: TActor): Promise<TOut> {
    const after = kind.toOutput(await kind.insert(tx, data));
    await audit(tx, actor, programmeId, "CREATE", after.id, { after });
    return after;
  }

  return {
    insert,

    async list(access: TAccess, meetingId: string): Promise<TOut[]> {
      const rows = await kind.listOf({ AND: [{ id: meetingId }, meetingAccessWhere(access)] });
      if (!rows) throw AppError.notFound("meeting");
      return rows.map(kind.toOutput);
    },

    /** Records a new one; a create retried with the same client id returns the first. */
    async create(
      access: TAccess,
      meetingId: string,
      input: z.input<S["create"]>,
      actor: TActor,
    ): Promise<TOut> {
      const { id, ...fields } = parseInput(kind.schemas.create, input) as z.output<S["create"]>;
      return db().$transaction(async (tx) => {
        const meeting = await lockMeetingRecord(tx, access, meetingId);
        const existing = id ? await kind.find(tx, id) : null;
        if (existing && existing.meetingId !== meetingId)
          throw AppError.invalidField("id", "errors.field.idTaken");
        if (existing) return kind.toOutput(existing);
        await kind.check(tx, meetingId, fields);
        const data = await kind.newRow(tx, meeting, fields);
        return insert(tx, meeting.programmeId, id ? { ...data, id } : data, actor);
      });
    },

    /** Changes the fields sent, if nobody changed the record since `version`. */
    async update(
      access: TAccess,
      meetingId: string,
      id: string,
      input: z.input<S["update"]>,
      actor: TActor,
    ): Promise<TOut> {
      const { version, ...fields } = parseInput(kind.schemas.update, input) as z.output<S["update"]>;
      return db().$transaction(async (tx) => {
        const { meeting, row, before } = await seen(tx, access, meetingId, id, version);
        await kind.check(tx, meetingId, fields);
        const data = { ...kind.patch(fields, row), version: { increment: 1 } };
        const after = kind.toOutput(await kind.change(tx, id, data));
        await audit(tx, actor, meeting.programmeId, "UPDATE", id, { before, after });
        return after;
      });
    },

    /** Deletes the record, if nobody changed it since `version`. */
    async remove(
      access: TAccess,
      meetingId: string,
      id: string,
      input: TDeleteRecord,
      actor: TActor,
    ): Promise<void> {
      const { version } = parseInput(ZDeleteRecord, input);
      await db().$transaction(async (tx) => {
        const { meeting, row, before } = await seen(tx, access, meetingId, id, version);
        await kind.remove(tx, row);
        await audit(tx, actor, meeting.programmeId, "DELETE", id, { before });
      });
    },
  };
}
