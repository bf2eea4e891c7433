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

/** An IANA time zone the runtime knows ("Asia/Jakarta"). */
export const ZTimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: "Unknown time zone (use an IANA name such as Asia/Jakarta)" },
);

const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .nullish();

/** Scheduling a meeting. Times carry their UTC offset; the meeting's zone says how to show them. */
export const ZCreateMeeting = z
  .object({
    programmeId: z.string().min(1, "Choose a programme"),
    kind: z.enum(MEETING_KINDS).default("PSC"),
    title: z.string().trim().min(3, "Give the meeting a title").max(300),
    purpose: ZOptionalText(4000),
    startsAt: z.string().datetime({ offset: true, message: "Use an ISO 8601 date-time with offset" }),
    endsAt: z.string().datetime({ offset: true, message: "Use an ISO 8601 date-time with offset" }),
    timeZone: ZTimeZone.default("Asia/Jakarta"),
    venueBuilding: ZOptionalText(300),
    venueRoom: ZOptionalText(200),
    venueAddress: ZOptionalText(500),
    onlineUrl: z.string().trim().url("Use a full link (https://…)").max(2000).nullish(),
  })
  .refine((m) => new Date(m.endsAt) > new Date(m.startsAt), {
    path: ["endsAt"],
    message: "The meeting must end after it starts",
  });
export type TCreateMeeting = z.input<typeof ZCreateMeeting>;
