// Zod schemas for programmes, shared by the programme form, the server action, the API routes
// and the OpenAPI document.
import { z } from "zod";
import { ADOPTION_METHODS } from "@/lib/minutes/adoption-schema";
import { ZReviewSettings } from "@/lib/minutes/review-schema";
import { ZVersion } from "@/lib/record/fields";
import { formTexts, zCalendarDate, zLine, zOptionalId, zOptionalText } from "@/lib/schema/fields";
import { LOCALES } from "@/i18n/locales";
import { parseSdgGoals } from "./sdg";

/** The languages a programme's record may be kept in (its texts as entered). */
export const RECORD_LANGUAGES = LOCALES;

/** A programme's id as the browser or a client sends it: malformed is a field error, never a crash. */
export const ZProgrammeId = z.string().trim().min(1).max(64);

export const ZSdgGoals = z.array(z.union([z.number(), z.string()])).transform((values, ctx) => {
  const goals = parseSdgGoals(values);
  if (goals === null) {
    ctx.addIssue({ code: "custom", message: "programme.errors.sdgGoals" });
    return z.NEVER;
  }
  return goals;
});

const programmeFields = {
  title: zLine(300).min(1, "programme.errors.titleRequired"),
  shortTitle: zOptionalText(100),
  country: zLine(100).min(1, "programme.errors.countryRequired"),
  fund: zOptionalText(200),
  conveningAgencyId: zOptionalId(64),
  participatingOrganisationIds: z.array(z.string().trim().min(1).max(64)).max(100),
  startDate: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(zCalendarDate().nullable())
    .nullish(),
  durationMonths: z
    .union([z.number(), z.string().trim()])
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number().int().min(1).max(240).nullable())
    .nullish(),
  sdgGoals: ZSdgGoals,
  nationalFramework: zOptionalText(300),
  nationalFrameworkTranslation: zOptionalText(300),
  description: zOptionalText(5000),
  descriptionTranslation: zOptionalText(5000),
  recordLanguage: z
    .enum(RECORD_LANGUAGES, "programme.errors.recordLanguage")
    .describe("The language the record is kept in: en or id; each *Translation field is the other language"),
  // The terms of reference on minutes: how they are adopted, and who sees reviewers' comments.
  adoptionMethods: ZReviewSettings.shape.adoptionMethods.describe(
    "How the programme's minutes are adopted: AT_MEETING, NO_OBJECTION, CO_CHAIRS (at least one)",
  ),
  reviewVisibility: ZReviewSettings.shape.reviewVisibility.describe(
    "Who sees a reviewer's comments besides the secretariat: OWN_ORGANISATION (the reviewer's organisation) or ALL_REVIEWERS",
  ),
};

/** What a new programme's terms of reference use until someone says otherwise. */
export const DEFAULT_ADOPTION_METHODS: (typeof ADOPTION_METHODS)[number][] = ["AT_MEETING", "NO_OBJECTION"];
export const DEFAULT_REVIEW_VISIBILITY = "OWN_ORGANISATION" as const;

export const ZCreateProgramme = z.object({
  ...programmeFields,
  participatingOrganisationIds: programmeFields.participatingOrganisationIds.default([]),
  sdgGoals: ZSdgGoals.default([]),
  adoptionMethods: programmeFields.adoptionMethods.default(DEFAULT_ADOPTION_METHODS),
  reviewVisibility: programmeFields.reviewVisibility.default(DEFAULT_REVIEW_VISIBILITY),
  recordLanguage: programmeFields.recordLanguage.default("en"),
});
export type TCreateProgramme = z.input<typeof ZCreateProgramme>;

/**
 * Only the fields given change; `null` clears an optional field. `version` is the one the editor
 * saw: if someone changed the programme since, nothing is saved (409 with it as it is now).
 */
export const ZUpdateProgramme = z.object(programmeFields).partial().extend({ version: ZVersion });
export type TUpdateProgramme = z.input<typeof ZUpdateProgramme>;

/**
 * The programme form: a new programme, or (with its id and the version it was opened at) the one
 * being edited; the service requires the version of an edit.
 */
export const ZSaveProgramme = ZCreateProgramme.extend({
  programmeId: ZProgrammeId.nullish(),
  version: ZVersion.optional(),
});

const ZOrganisationRef = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });

/** A programme as the API returns it. */
export const ZProgramme = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string().nullable(),
  country: z.string(),
  fund: z.string().nullable(),
  conveningAgency: ZOrganisationRef.nullable(),
  participatingOrganisations: z.array(ZOrganisationRef),
  startDate: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  sdgGoals: z.array(z.number().int()),
  nationalFramework: z.string().nullable(),
  nationalFrameworkTranslation: z.string().nullable(),
  description: z.string().nullable(),
  descriptionTranslation: z.string().nullable(),
  recordLanguage: z.enum(RECORD_LANGUAGES),
  adoptionMethods: z.array(z.enum(ADOPTION_METHODS)),
  reviewVisibility: z.enum(["OWN_ORGANISATION", "ALL_REVIEWERS"]),
  version: z.number().int(),
});
export type TProgramme = z.infer<typeof ZProgramme>;

/**
 * The form's fields, read the same way in the browser (to check) and the server action:
 * checkboxes repeat their name, everything else is one value.
 */
export function programmeFormValues(form: FormData): Record<string, unknown> {
  const values = formTexts(form, [
    "programmeId",
    "version",
    "title",
    "shortTitle",
    "country",
    "fund",
    "conveningAgencyId",
    "startDate",
    "durationMonths",
    "nationalFramework",
    "nationalFrameworkTranslation",
    "description",
    "descriptionTranslation",
    "recordLanguage",
    "reviewVisibility",
  ]);
  return {
    ...values,
    title: values.title ?? "",
    country: values.country ?? "",
    participatingOrganisationIds: form.getAll("participatingOrganisationIds").map(String),
    sdgGoals: form.getAll("sdgGoals").map(String),
    adoptionMethods: form.getAll("adoptionMethods").map(String),
  };
}
