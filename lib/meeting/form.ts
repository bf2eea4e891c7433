// The schedule/edit meeting form: what the secretariat types (local date, times and zone), shared
// by the form and its server action, and how it becomes the API's UTC input. Pure.
import { z } from "zod";
import type { TFieldIssues } from "@/lib/errors";
import { isInDateYears, zLine } from "@/lib/schema/fields";
import { ZOnlineUrl } from "./online-url";
import {
  MEETING_KINDS,
  NEW_MEETING_STATUSES,
  ZId,
  ZTimeZone,
  type TCreateMeeting,
  type TUpdateMeeting,
} from "./schema";
import type { TMeetingPlace } from "./venue";
import { DEFAULT_TIME_ZONE, isWallDate, isWallTime, utcToZoned, zonedToUtc } from "./zoned-time";

const text = (max: number) => z.string().trim().max(max).default("");
const line = (max: number) => zLine(max).default("");

const fields = {
  title: zLine(300).min(3, "meeting.errors.titleRequired"),
  purpose: text(4000),
  // The purpose in the other language than the programme's record language (issue 12).
  purposeTranslation: text(4000),
  date: z
    .string()
    .refine(isWallDate, "meeting.errors.dateRequired")
    .refine(isInDateYears, "errors.field.dateOutOfRange"),
  startTime: z.string().refine(isWallTime, "meeting.errors.startTimeFormat"),
  endTime: z.string().refine(isWallTime, "meeting.errors.endTimeFormat"),
  timeZone: ZTimeZone.default(DEFAULT_TIME_ZONE),
  venueBuilding: line(300),
  venueRoom: line(200),
  venueAddress: text(500),
  onlineUrl: ZOnlineUrl.nullable().default(null),
};

// Same-day meetings only: a PSC never runs past midnight, and "HH:MM" compares as text.
// Only judged when both times are valid, so a typo in one is not also reported as "ends too early".
const endsAfterStart = <T extends { startTime: string; endTime: string }>(v: T) =>
  !isWallTime(v.startTime) || !isWallTime(v.endTime) || v.endTime > v.startTime;
const ENDS_AFTER_START = { path: ["endTime"], message: "meeting.errors.endBeforeStart" };

const scheduleFields = {
  programmeId: z.string().min(1, "meeting.errors.programmeRequired"),
  kind: z.enum(MEETING_KINDS, "meeting.errors.kindRequired"),
  // The button pressed: "Schedule meeting" (also Enter in a field, the form's first button) or
  // "Save as draft".
  status: z.enum(NEW_MEETING_STATUSES).default("SCHEDULED"),
  ...fields,
};
export const ZScheduleMeetingForm = z.object(scheduleFields).refine(endsAfterStart, ENDS_AFTER_START);
export type TScheduleMeetingForm = z.infer<typeof ZScheduleMeetingForm>;

const editFields = { version: z.coerce.number().int().positive(), ...fields };
export const ZEditMeetingForm = z.object(editFields).refine(endsAfterStart, ENDS_AFTER_START);
export type TEditMeetingForm = z.infer<typeof ZEditMeetingForm>;

/** The edit form as its server action receives it: the fields and which meeting they belong to. */
export const ZEditMeetingSubmission = z
  .object({ meetingId: ZId, ...editFields })
  .refine(endsAfterStart, ENDS_AFTER_START);

// The service speaks in API fields (startsAt); the form shows their problems under its own.
const FORM_FIELD: Record<string, string> = { startsAt: "startTime", endsAt: "endTime" };

/** Field issues of the service under the form's fields. */
export function formFieldIssues(issues: TFieldIssues): TFieldIssues {
  return Object.fromEntries(
    Object.entries(issues).map(([field, refs]) => [FORM_FIELD[field] ?? field, refs]),
  );
}

/** The raw text values of a submitted form, to put back into the fields after a refusal. */
export type TMeetingFormValues = Record<string, string>;

export function formValues(formData: FormData): TMeetingFormValues {
  const values: TMeetingFormValues = {};
  for (const [key, value] of formData)
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

const blankToNull = (v: string) => (v === "" ? null : v);

function timesAndPlace(f: z.infer<z.ZodObject<typeof fields>>) {
  return {
    title: f.title,
    purpose: blankToNull(f.purpose),
    purposeTranslation: blankToNull(f.purposeTranslation),
    startsAt: zonedToUtc(f.date, f.startTime, f.timeZone).toISOString(),
    endsAt: zonedToUtc(f.date, f.endTime, f.timeZone).toISOString(),
    timeZone: f.timeZone,
    venueBuilding: blankToNull(f.venueBuilding),
    venueRoom: blankToNull(f.venueRoom),
    venueAddress: blankToNull(f.venueAddress),
    onlineUrl: f.onlineUrl,
  };
}

export function toCreateMeeting(f: TScheduleMeetingForm): TCreateMeeting {
  return { programmeId: f.programmeId, kind: f.kind, status: f.status, ...timesAndPlace(f) };
}

export function toUpdateMeeting(f: TEditMeetingForm): TUpdateMeeting {
  return { version: f.version, ...timesAndPlace(f) };
}

/** A stored meeting as the edit form shows it: wall-clock times in the meeting's own zone. */
export function editFormValues(
  m: {
    version: number;
    title: string;
    purpose: string | null;
    purposeTranslation: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
  } & TMeetingPlace,
): TMeetingFormValues {
  const start = utcToZoned(m.startsAt, m.timeZone);
  return {
    version: String(m.version),
    title: m.title,
    purpose: m.purpose ?? "",
    purposeTranslation: m.purposeTranslation ?? "",
    date: start.date,
    startTime: start.time,
    endTime: utcToZoned(m.endsAt, m.timeZone).time,
    timeZone: m.timeZone,
    venueBuilding: m.venueBuilding ?? "",
    venueRoom: m.venueRoom ?? "",
    venueAddress: m.venueAddress ?? "",
    onlineUrl: m.onlineUrl ?? "",
  };
}
