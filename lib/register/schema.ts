// Zod schemas of the attendance register, shared by the walk-in form, the routes, the service and
// the OpenAPI document. Their own messages are keys of register.json.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { ORGANISATION_KINDS } from "@/lib/organisation/schema";
import { ZPage } from "@/lib/pagination/schema";
import { SEXES, ZPersonEmail, ZPersonName } from "@/lib/person/schema";
import { zLine, zOptionalId, zOptionalLine, zOptionalText } from "@/lib/schema/fields";

export const ATTENDANCE_STATUSES = ["PRESENT", "ABSENT", "EXCUSED"] as const;
export type TAttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const RSVP_STATUSES = ["PENDING", "ACCEPTED", "DECLINED", "DELEGATED"] as const;

export const ZRegisterQuery = z.object({
  q: z.string().trim().max(200).default(""),
  page: ZPage,
});
export type TRegisterQuery = z.infer<typeof ZRegisterQuery>;

export const ZNewOrganisation = z.object({
  name: zLine(200).min(1, "register.errors.organisationNameRequired"),
  acronym: zOptionalLine(30),
  kind: z.enum(ORGANISATION_KINDS, "register.errors.organisationKindRequired"),
});

export const ZNewPerson = z
  .object({
    name: ZPersonName,
    position: zOptionalText(200),
    email: ZPersonEmail,
    sex: z.enum(SEXES).nullish(),
    organisationId: zOptionalId(100),
    newOrganisation: ZNewOrganisation.nullish(),
  })
  .refine((p) => !(p.organisationId && p.newOrganisation), {
    message: "register.errors.organisationBoth",
    path: ["organisationId"],
  });

const walkInFields = {
  personId: zOptionalId(100),
  newPerson: ZNewPerson.nullish(),
  /** "Attended as delegate of" this person. */
  delegateOfPersonId: zOptionalId(100),
};

const exactlyOnePerson = (w: { personId?: string | null; newPerson?: unknown }) =>
  Boolean(w.personId) !== Boolean(w.newPerson);
const onePersonError = { message: "register.errors.personRequired", path: ["personId"] };

export const ZAddWalkIn = z.object(walkInFields).refine(exactlyOnePerson, onePersonError);
export type TAddWalkIn = z.input<typeof ZAddWalkIn>;

export const ZSignIn = z.object({ invitationId: z.string().trim().min(1).max(100) });

/** POST body of the register: sign an invitee in, or add a walk-in (who is signed in at once). */
export const ZRegisterPost = z.discriminatedUnion("action", [
  ZSignIn.extend({ action: z.literal("sign-in") }),
  z.object({ ...walkInFields, action: z.literal("walk-in") }).refine(exactlyOnePerson, onePersonError),
]);
export type TRegisterPost = z.input<typeof ZRegisterPost>;

export const ZSetAttendance = z.object({
  attendance: z.enum(ATTENDANCE_STATUSES).nullable(),
  /** The row's `version` as the user saw it; a change made since is a 409. */
  version: z.string().trim().max(40).optional(),
});
export type TSetAttendance = z.input<typeof ZSetAttendance>;

export const ZRegisterRow = z.object({
  id: z.string().describe("The invitation (register row) id"),
  personId: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  organisation: z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() }).nullable(),
  isWalkIn: z.boolean(),
  rsvp: z.enum(RSVP_STATUSES),
  attendance: z.enum(ATTENDANCE_STATUSES).nullable(),
  signedInAt: z.string().nullable(),
  delegateOf: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.string().describe("Send back as `version` to refuse overwriting a change made since"),
});
export type TRegisterRow = z.infer<typeof ZRegisterRow>;

export const ZRegisterCounts = z.object({
  present: z.number().int().describe("Persons marked present, walk-ins included"),
  invited: z.number().int().describe("Persons invited (walk-ins are not invited)"),
});

export const ZRegisterPage = z.object({
  data: z.array(ZRegisterRow),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
  counts: ZRegisterCounts,
});
export type TRegisterPage = z.infer<typeof ZRegisterPage>;

/** Query of the printable sign-in sheet: the language of its headings and page numbers. */
export const ZSignInSheetQuery = z.object({
  lang: z
    .enum(LOCALES)
    .optional()
    .describe(
      "Language of the sheet's headings and page numbers; default: the caller's (Accept-Language, else their setting)",
    ),
});

/** Attendance entered later from the paper sheet, saved all at once. */
export const ZPaperEntry = z.object({
  /** Register rows (invitation ids) ticked as present. */
  presentIds: z.array(z.string().trim().min(1).max(100)).max(5000),
  /** Unticked rows become absent (excused rows stay excused); otherwise they are left as they are. */
  markOthersAbsent: z.boolean().default(false),
  /** The sign-in time of people newly marked present: none, or the meeting's start. */
  signedInAt: z.enum(["none", "meetingStart"]).default("none"),
});
export type TPaperEntry = z.input<typeof ZPaperEntry>;

/** The paper-entry form's submission: the meeting and its entry. */
export const ZPaperEntryAction = ZPaperEntry.extend({ meetingId: z.string().trim().min(1).max(64) });

export type TPaperEntryResult = { changed: number; present: number; absent: number };
