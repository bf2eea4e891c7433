// Decisions of a meeting: the only place that reads them, and what a decision adds to the one
// record writer (lib/record/writer.ts): the server numbers them 1, 2, … per meeting under the
// meeting lock, and closes up the numbers when one is deleted.
import "server-only";
import type { TAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { checkAgendaItem } from "@/lib/record/service/checks";
import { recordWriter } from "@/lib/record/service/writer";
import { ZCreateDecision, ZUpdateDecision, type TDecision } from "./schema";

const DECISION_SELECT = {
  id: true,
  meetingId: true,
  agendaItemId: true,
  number: true,
  text: true,
  textTranslation: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.DecisionSelect;

type TRow = Prisma.DecisionGetPayload<{ select: typeof DECISION_SELECT }>;

export const toDecision = (d: TRow): TDecision => ({ ...d, updatedAt: d.updatedAt.toISOString() });

/**
 * The decisions of a meeting in their order, as a relation select: lets a screen that reads the meeting
 * anyway (the capture screen's poll) take them in the same query; map the rows with `toDecision`.
 */
export const DECISIONS_OF_MEETING = {
  orderBy: { number: "asc" as const },
  select: DECISION_SELECT,
} satisfies Prisma.MeetingSelect["decisions"];

/** How many decisions the meeting has, for a user who may read it (0 for one they may not). */
export function countDecisions(access: TAccess, meetingId: string): Promise<number> {
  return db().decision.count({ where: { meetingId, meeting: meetingAccessWhere(access) } });
}

/** Decisions: the next number of the meeting; later ones move up one when one is deleted. */
export const decisionRecords = recordWriter({
  entity: "Decision",
  missing: "decision",
  schemas: { create: ZCreateDecision, update: ZUpdateDecision },
  toOutput: toDecision,
  listOf: async (where) =>
    (await db().meeting.findFirst({ where, select: { decisions: DECISIONS_OF_MEETING } }))?.decisions ?? null,
  find: (tx, id) => tx.decision.findUnique({ where: { id }, select: DECISION_SELECT }),
  check: (tx, meetingId, fields) => checkAgendaItem(tx, meetingId, fields.agendaItemId),
  async newRow(tx, meeting, fields): Promise<Prisma.DecisionUncheckedCreateInput> {
    const last = await tx.decision.aggregate({ where: { meetingId: meeting.id }, _max: { number: true } });
    return { ...fields, meetingId: meeting.id, number: (last._max.number ?? 0) + 1 };
  },
  insert: (tx, data) => tx.decision.create({ data, select: DECISION_SELECT }),
  patch: (fields): Prisma.DecisionUncheckedUpdateInput => fields,
  change: (tx, id, data) => tx.decision.update({ where: { id }, data, select: DECISION_SELECT }),
  // Later decisions move up one number; their text is untouched, so their versions stay and
  // nobody editing them gets a conflict.
  async remove(tx, row) {
    await tx.decision.delete({ where: { id: row.id } });
    const later = await tx.decision.findMany({
      where: { meetingId: row.meetingId, number: { gt: row.number } },
      orderBy: { number: "asc" },
      select: { id: true, number: true },
    });
    for (const d of later) await tx.decision.update({ where: { id: d.id }, data: { number: d.number - 1 } });
  },
});
