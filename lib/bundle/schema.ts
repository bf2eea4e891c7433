// The meeting bundle: one versioned JSON document holding a whole meeting and what it refers to.
// References use bundle-local keys ("person-3"), never database ids, so a bundle moves between
// databases. Shared by the export, the import, the OpenAPI document and docs/meeting-bundle.schema.json.
import { z } from "zod";
import {
  ActionStatus,
  AgendaItemKind,
  AttendanceStatus,
  MeetingKind,
  MeetingStatus,
  OrganisationKind,
  ProgrammeResultKind,
  RemarkKind,
  RsvpStatus,
  Sex,
} from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/i18n/locales";
import { AppError, type TFieldIssues } from "@/lib/errors";
import { ZOnlineUrl } from "@/lib/meeting/online-url";
import { ZTimeZone } from "@/lib/meeting/schema";
import { zCalendarDate, zDateTime } from "@/lib/schema/fields";
import { fieldIssuesOf, messageKeyMap } from "@/lib/validation";
import { checkBundleReferences } from "./checks";

export const BUNDLE_FORMAT = "notulen.meeting-bundle";
export const BUNDLE_VERSION = 1;

const ZKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "bundle.errors.key");
const ref = (what: string) => ZKey.describe(`Key of ${what} in this bundle`);
const nullableRef = (what: string) => ref(what).nullable().default(null);
const text = (max: number) => z.string().min(1).max(max);
const optionalText = (max: number) => text(max).nullable().default(null);
const ZDateTime = zDateTime();
const optionalDateTime = ZDateTime.nullable().default(null);
const ZDate = zCalendarDate("bundle.errors.date");
// int4 columns: a larger number would fail in the database (a 500), not here (a 400 naming it).
const int = z.int32();

export const ZBundleOrganisation = z
  .object({
    key: ZKey.describe("This organisation's key, e.g. org-1"),
    name: text(300).describe("Full name; unique, and how the import finds it in the directory"),
    acronym: optionalText(30),
    kind: z.enum(OrganisationKind),
    parent: nullableRef("the organisation it sits under (a directorate-general under its ministry)"),
  })
  .strict();

export const ZBundlePerson = z
  .object({
    key: ZKey.describe("This person's key, e.g. person-1"),
    name: text(200),
    position: optionalText(200),
    positionTranslation: optionalText(200).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    organisation: nullableRef("the person's organisation"),
    email: z.email().max(320).nullable().default(null),
    sex: z.enum(Sex).nullable().default(null).describe("For disaggregated statistics; null = not recorded"),
    phone: optionalText(50),
    language: z
      .enum(LOCALES)
      .default("en")
      .describe("The language of their invitations, reminders and calendar entries: en or id"),
  })
  .strict();

export const ZBundleOutput = z
  .object({
    code: text(50).describe("Unique within the programme, e.g. 1.2"),
    kind: z.enum(ProgrammeResultKind).default("OUTPUT"),
    title: text(500),
  })
  .strict();

export const ZBundleProgramme = z
  .object({
    title: text(300).describe("With the country, how the import finds the programme"),
    shortTitle: optionalText(100),
    country: text(100),
    fund: optionalText(200),
    conveningAgency: nullableRef("the convening (lead) agency"),
    participatingOrganisations: z.array(ref("a participating organisation")).default([]),
    startDate: ZDate.nullable().default(null),
    durationMonths: int.min(1).max(240).nullable().default(null),
    sdgGoals: z.array(int.min(1).max(17)).default([]).describe("SDG goal numbers, ascending"),
    nationalFramework: optionalText(300),
    nationalFrameworkTranslation: optionalText(300).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    description: optionalText(5000),
    descriptionTranslation: optionalText(5000).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    recordLanguage: z
      .enum(LOCALES)
      .default("en")
      .describe("The language the record's texts are kept in; each *Translation field is the other one"),
    outputs: z.array(ZBundleOutput).default([]).describe("Outputs/outcomes action items may be linked to"),
  })
  .strict();

export const ZBundleMeeting = z
  .object({
    kind: z.enum(MeetingKind),
    sequenceNumber: int.positive().describe('Counted per programme and kind: 3 = "3rd PSC"'),
    title: text(300),
    purpose: optionalText(4000),
    purposeTranslation: optionalText(4000).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    startsAt: ZDateTime,
    endsAt: ZDateTime,
    timeZone: ZTimeZone.describe("IANA time zone the meeting is held in, e.g. Asia/Jakarta"),
    venueBuilding: optionalText(300),
    venueRoom: optionalText(200),
    venueAddress: optionalText(500),
    onlineUrl: ZOnlineUrl.nullable().default(null),
    status: z.enum(MeetingStatus),
  })
  .strict();

export const ZBundleCoChair = z
  .object({
    person: ref("the co-chairing person"),
    capacity: text(300).describe('e.g. "UN Resident Coordinator a.i."'),
    capacityTranslation: optionalText(300).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    order: int.min(0).default(0),
  })
  .strict();

export const ZBundlePaper = z
  .object({ title: text(300), url: z.string().max(2000).nullable().default(null) })
  .strict();

export const ZBundleAgendaItem = z
  .object({
    key: ZKey.describe("This item's key, e.g. agenda-1"),
    order: int.positive().describe("Position on the agenda, unique within the meeting"),
    kind: z.enum(AgendaItemKind).default("REGULAR"),
    title: text(300),
    presenter: nullableRef("the presenting person"),
    plannedMinutes: int.min(1).max(600).nullable().default(null),
    papers: z.array(ZBundlePaper).default([]),
  })
  .strict();

export const ZBundleAttendance = z
  .object({
    person: ref("the invited (or walk-in) person; one row per person"),
    isWalkIn: z.boolean().default(false),
    invitedAt: optionalDateTime,
    rsvp: z.enum(RsvpStatus).default("PENDING"),
    rsvpAt: optionalDateTime,
    delegatedTo: nullableRef("the colleague who goes instead (who has an attendance row too)"),
    attendance: z.enum(AttendanceStatus).nullable().default(null).describe("null = not recorded"),
    signedInAt: optionalDateTime,
    delegateOf: nullableRef("the person this one attended as delegate of"),
  })
  .strict();

export const ZBundleRemark = z
  .object({
    key: ZKey.describe("This remark's key, e.g. remark-1"),
    agendaItem: nullableRef("the agenda item"),
    speaker: ref("the speaking person"),
    kind: z.enum(RemarkKind).default("STATEMENT"),
    summary: text(5000),
    summaryTranslation: optionalText(5000).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    quote: optionalText(2000).describe("Verbatim quote, if any"),
    quoteTranslation: optionalText(2000).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    order: int.min(0).describe("Order in which remarks were made"),
  })
  .strict();

export const ZBundleDecision = z
  .object({
    key: ZKey.describe("This decision's key, e.g. decision-1"),
    number: int.positive().describe("Decision 1, 2, … of the meeting; unique"),
    text: text(5000),
    textTranslation: optionalText(5000).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    agendaItem: nullableRef("the agenda item"),
  })
  .strict();

export const ZBundleActionItem = z
  .object({
    key: ZKey.describe("This action item's key, e.g. action-1"),
    title: text(500),
    titleTranslation: optionalText(500).describe(
      "The same text in the other language than the programme's recordLanguage; null = not given",
    ),
    description: optionalText(5000),
    ownerOrganisation: nullableRef("the owning organisation"),
    ownerPerson: nullableRef("the owning person"),
    dueDate: ZDate.nullable().default(null),
    status: z.enum(ActionStatus).default("OPEN"),
    closedAt: optionalDateTime,
    agendaItem: nullableRef("the agenda item under which it was raised"),
    remark: nullableRef("the remark that raised it"),
    decision: nullableRef("the decision that raised it"),
    output: text(50).nullable().default(null).describe("Code of the programme output it contributes to"),
  })
  .strict();

export const ZMeetingBundle = z
  .object({
    format: z.literal(BUNDLE_FORMAT, "bundle.errors.format"),
    version: z.literal(BUNDLE_VERSION, "bundle.errors.version"),
    exportedAt: ZDateTime.optional().describe("When the bundle was made; ignored on import"),
    programme: ZBundleProgramme,
    organisations: z.array(ZBundleOrganisation).default([]).describe("Ordered by name"),
    people: z.array(ZBundlePerson).default([]).describe("Ordered by name, then e-mail"),
    meeting: ZBundleMeeting,
    coChairs: z.array(ZBundleCoChair).default([]),
    agendaItems: z.array(ZBundleAgendaItem).default([]).describe("In agenda order"),
    attendance: z.array(ZBundleAttendance).default([]).describe("In the order of the people list"),
    remarks: z.array(ZBundleRemark).default([]).describe("In the order spoken"),
    decisions: z.array(ZBundleDecision).default([]).describe("By number"),
    actionItems: z.array(ZBundleActionItem).default([]).describe("By title"),
  })
  .strict()
  // Runs even when fields are invalid, so one answer lists every problem of the bundle.
  .superRefine(checkBundleReferences, { when: () => true })
  .meta({
    title: "Notulen meeting bundle",
    description: "A whole meeting of a Programme Steering Committee, see docs/meeting-bundle.md",
  });

export type TMeetingBundle = z.output<typeof ZMeetingBundle>;
export type TMeetingBundleInput = z.input<typeof ZMeetingBundle>;

/**
 * Every problem of a refused bundle as a message key with its values, by path ("remarks.3.speaker";
 * "_form" for the whole): the caller's language is the edge's business.
 */
export function bundleFieldIssues(error: z.ZodError): TFieldIssues {
  const issues: TFieldIssues = {};
  for (const issue of error.issues) {
    // The cross-reference checks give their values (the key not found) as the issue's params.
    const params = issue.code === "custom" ? (issue.params as Record<string, string | number>) : undefined;
    for (const [field, refs] of Object.entries(fieldIssuesOf(new z.ZodError([issue])))) {
      (issues[field] ??= []).push(...refs.map((ref) => (params ? { ...ref, params } : ref)));
    }
  }
  return issues;
}

/** A bundle refused for the problems listed; nothing was imported. */
export function refusedBundle(issues: TFieldIssues): AppError {
  const count = Object.values(issues).flat().length;
  return new AppError("VALIDATION", "bundle.errors.refused", { params: { count }, fieldIssues: issues });
}

/** The bundle, or a VALIDATION error that names every problem by path. */
export function parseMeetingBundle(input: unknown): TMeetingBundle {
  const result = ZMeetingBundle.safeParse(input, { error: messageKeyMap });
  if (result.success) return result.data;
  throw refusedBundle(bundleFieldIssues(result.error));
}
