// Remarks of a meeting: the only place that reads them, and what a remark adds to the one record
// writer (lib/record/writer.ts): its select, its order after the last one, a speaker on the register.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkAgendaItem, checkSpeaker } from "@/lib/record/service/checks";
import { recordWriter } from "@/lib/record/service/writer";
import { ZCreateRemark, ZUpdateRemark, type TRemark } from "./schema";

const REMARK_SELECT = {
  id: true,
  meetingId: true,
  agendaItemId: true,
  order: true,
  kind: true,
  summary: true,
  summaryTranslation: true,
  quote: true,
  quoteTranslation: true,
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
} as const satisfies Prisma.RemarkSelect;

type TRow = Prisma.RemarkGetPayload<{ select: typeof REMARK_SELECT }>;

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

/** Remarks: recorded after the last one, spoken by someone on the meeting's register. */
export const remarkRecords = recordWriter({
  entity: "Remark",
  missing: "remark",
  schemas: { create: ZCreateRemark, update: ZUpdateRemark },
  toOutput: toRemark,
  listOf: async (where) =>
    (await db().meeting.findFirst({ where, select: { remarks: REMARKS_OF_MEETING } }))?.remarks ?? null,
  find: (tx, id) => tx.remark.findUnique({ where: { id }, select: REMARK_SELECT }),
  async check(tx, meetingId, fields) {
    await checkAgendaItem(tx, meetingId, fields.agendaItemId);
    await checkSpeaker(tx, meetingId, fields.speakerPersonId);
  },
  async newRow(tx, meeting, fields): Promise<Prisma.RemarkUncheckedCreateInput> {
    const last = await tx.remark.aggregate({ where: { meetingId: meeting.id }, _max: { order: true } });
    return { ...fields, meetingId: meeting.id, order: (last._max.order ?? 0) + 1 };
  },
  insert: (tx, data) => tx.remark.create({ data, select: REMARK_SELECT }),
  patch: (fields): Prisma.RemarkUncheckedUpdateInput => fields,
  change: (tx, id, data) => tx.remark.update({ where: { id }, data, select: REMARK_SELECT }),
  // Action items it raised stay, unlinked.
  remove: async (tx, row) => void (await tx.remark.delete({ where: { id: row.id } })),
});
