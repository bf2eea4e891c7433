// Zod schemas for meetings, shared by forms, API routes and the OpenAPI document.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { ZPage, ZPageSize } from "@/lib/pagination/schema";
import { zDateTime, zLine, zOptionalLine, zOptionalText } from "@/lib/schema/fields";
import { ZOnlineUrl } from "./online-url";
import { DEFAULT_TIME_ZONE } from "./zoned-time";

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
/** What a new meeting may start as: a draft to finish later, or scheduled (open to invitations) at once. */
export const NEW_MEETING_STATUSES = ["DRAFT", "SCHEDULED"] as const;
export const AGENDA_ITEM_KINDS = ["REGULAR", "ADOPTION_OF_PREVIOUS_MINUTES", "MATTERS_ARISING"] as const;

/** An agenda item as the API returns it: in the meeting's detail and from the agenda endpoints. */
export const ZAgendaItem = z.object({
  id: z.string(),
  order: z.number().int(),
  kind: z.enum(AGENDA_ITEM_KINDS),
  title: z.string(),
  presenter: z.object({ id: z.string(), name: z.string() }).nullable(),
  plannedMinutes: z.number().int().nullable(),
});

/** An id the browser sends to a server action (meeting, agenda item, person): malformed is invalid, never a crash. */
export const ZId = z.string().trim().min(1).max(64);

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
  { message: "errors.field.timeZone" },
);

const ZDateTime = zDateTime();
const ZTitle = zLine(300).min(3, "meeting.errors.titleRequired");
const ENDS_AFTER_START = { path: ["endsAt"], message: "meeting.errors.endBeforeStart" };

/**
 * Scheduling a meeting. Times carry their UTC offset; the meeting's zone says how to show them.
 * Without `status` it is a draft, as the API has always made it; invitations wait for SCHEDULED.
 */
export const ZCreateMeeting = z
  .object({
    programmeId: z.string().min(1, "meeting.errors.programmeRequired"),
    status: z.enum(NEW_MEETING_STATUSES).default("DRAFT"),
    kind: z.enum(MEETING_KINDS).default("PSC"),
    title: ZTitle,
    purpose: zOptionalText(4000),
    purposeTranslation: zOptionalText(4000).describe(
      "The same text in the other language than the programme's record language (docs/bilingual-record.md)",
    ),
    startsAt: ZDateTime,
    endsAt: ZDateTime,
    timeZone: ZTimeZone.default(DEFAULT_TIME_ZONE),
    venueBuilding: zOptionalLine(300),
    venueRoom: zOptionalLine(200),
    venueAddress: zOptionalText(500),
    onlineUrl: ZOnlineUrl.nullish(),
  })
  .refine((m) => new Date(m.endsAt) > new Date(m.startsAt), ENDS_AFTER_START);
export type TCreateMeeting = z.input<typeof ZCreateMeeting>;

/**
 * Editing a meeting: only the fields sent change (null clears an optional one). `version` is the
 * one the editor saw; if someone saved in between, the edit is refused instead of overwriting theirs.
 */
export const ZUpdateMeeting = z
  .object({
    version: z.number().int().positive().max(2_147_483_647),
    title: ZTitle.optional(),
    purpose: zOptionalText(4000),
    purposeTranslation: zOptionalText(4000),
    startsAt: ZDateTime.optional(),
    endsAt: ZDateTime.optional(),
    timeZone: ZTimeZone.optional(),
    venueBuilding: zOptionalLine(300),
    venueRoom: zOptionalLine(200),
    venueAddress: zOptionalText(500),
    onlineUrl: ZOnlineUrl.nullish(),
  })
  .strict()
  .refine((m) => !m.startsAt || !m.endsAt || new Date(m.endsAt) > new Date(m.startsAt), ENDS_AFTER_START);
export type TUpdateMeeting = z.input<typeof ZUpdateMeeting>;

/** Moving a meeting along its lifecycle (lib/meeting/status.ts says which moves are allowed). */
export const ZChangeMeetingStatus = z.object({
  to: z.enum(MEETING_STATUSES),
  version: z.number().int().positive().max(2_147_483_647),
});
export type TChangeMeetingStatus = z.input<typeof ZChangeMeetingStatus>;

/** One meeting with what its page shows: co-chairs, agenda and head counts. */
export const ZMeetingDetail = ZMeetingSummary.extend({
  programme: z.object({
    id: z.string(),
    title: z.string(),
    shortTitle: z.string().nullable(),
    recordLanguage: z
      .enum(LOCALES)
      .describe("The language the programme's record is kept in; *Translation fields are in the other one"),
  }),
  purpose: z.string().nullable(),
  purposeTranslation: z.string().nullable(),
  venueBuilding: z.string().nullable(),
  venueRoom: z.string().nullable(),
  venueAddress: z.string().nullable(),
  version: z.number().int(),
  icsSequence: z.number().int(),
  coChairs: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      position: z.string().nullable(),
      organisation: z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() }).nullable(),
      capacity: z.string(),
      capacityTranslation: z.string().nullable(),
    }),
  ),
  agendaItems: z.array(ZAgendaItem),
  counts: z.object({ invited: z.number().int(), present: z.number().int() }),
});
export type TMeetingDetail = z.infer<typeof ZMeetingDetail>;
