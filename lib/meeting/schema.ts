// Zod schemas for meetings, shared by forms, API routes and the OpenAPI document.
import { z } from "zod";
import { ZPage, ZPageSize } from "@/lib/pagination/schema";

export const MEETING_STATUSES = [
  "DRAFT",
  "SCHEDULED",
  "HELD",
  "MINUTES_DRAFT",
  "MINUTES_IN_REVIEW",
  "MINUTES_ADOPTED",
  "CANCELLED",
] as const;
export const MEETING_KINDS = ["PSC", "TECHNICAL_COMMITTEE", "AD_HOC"] as const;

export const ZListMeetingsQuery = z.object({
  page: ZPage,
  pageSize: ZPageSize,
  programmeId: z.string().min(1).optional(),
  status: z.enum(MEETING_STATUSES).optional(),
});
export type TListMeetingsQuery = z.infer<typeof ZListMeetingsQuery>;

/** A meeting as the list endpoint returns it. */
export const ZMeetingSummary = z.object({
  id: z.string(),
  programme: z.object({ id: z.string(), title: z.string() }),
  kind: z.enum(MEETING_KINDS),
  sequenceNumber: z.number().int(),
  title: z.string(),
  status: z.enum(MEETING_STATUSES),
  startsAt: z.string().datetime({ offset: true }),
  endsAt: z.string().datetime({ offset: true }),
  timeZone: z.string(),
  venue: z.string().nullable(),
  onlineUrl: z.string().nullable(),
});
export type TMeetingSummary = z.infer<typeof ZMeetingSummary>;
