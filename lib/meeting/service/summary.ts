// A meeting as lists and GET /api/v1/meetings show it; the detail (detail.ts) is this and more.
import "server-only";
import type { Prisma } from "@/lib/db";
import type { TMeetingSummary } from "../schema";
import { venueLine } from "../venue";
import { MEETING_FACTS_SELECT } from "./facts";

export const SUMMARY_SELECT = {
  ...MEETING_FACTS_SELECT,
  programme: { select: { id: true, title: true } },
} satisfies Prisma.MeetingSelect;

type TSummaryRow = Prisma.MeetingGetPayload<{ select: typeof SUMMARY_SELECT }>;

export function toSummary(m: TSummaryRow): TMeetingSummary {
  return {
    id: m.id,
    programme: m.programme,
    kind: m.kind,
    sequenceNumber: m.sequenceNumber,
    title: m.title,
    status: m.status,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    venue: venueLine(m),
    onlineUrl: m.onlineUrl,
  };
}
