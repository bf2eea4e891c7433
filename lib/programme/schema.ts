// Zod schemas for programmes, shared by the programme form, the server action, the API routes
// and the OpenAPI document.
import { z } from "zod";
import { parseSdgGoals } from "./sdg";

/** Blank text is "not recorded" (null), never an empty string in the database. */
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish();

const ZOptionalId = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .nullish();

export const ZSdgGoals = z.array(z.union([z.number(), z.string()])).transform((values, ctx) => {
  const goals = parseSdgGoals(values);
  if (goals === null) {
    ctx.addIssue({ code: "custom", message: "SDG goals are numbers from 1 to 17" });
    return z.NEVER;
  }
  return goals;
});

const programmeFields = {
  title: z.string().trim().min(1, "Enter the programme's title").max(300, "At most 300 characters"),
  shortTitle: ZOptionalText(100),
  country: z.string().trim().min(1, "Enter the country").max(100, "At most 100 characters"),
  fund: ZOptionalText(200),
  conveningAgencyId: ZOptionalId,
  participatingOrganisationIds: z.array(z.string().trim().min(1)).max(100),
  startDate: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(z.iso.date("Enter a date as YYYY-MM-DD").nullable())
    .nullish(),
  durationMonths: z
    .union([z.number(), z.string().trim()])
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(
      z
        .number("Enter a number of months")
        .int("Whole months only")
        .min(1, "At least 1 month")
        .max(240, "At most 240 months")
        .nullable(),
    )
    .nullish(),
  sdgGoals: ZSdgGoals,
  nationalFramework: ZOptionalText(300),
  description: ZOptionalText(5000),
};

export const ZCreateProgramme = z.object({
  ...programmeFields,
  participatingOrganisationIds: programmeFields.participatingOrganisationIds.default([]),
  sdgGoals: ZSdgGoals.default([]),
});
export type TCreateProgramme = z.input<typeof ZCreateProgramme>;

/** Only the fields given change; `null` clears an optional field. */
export const ZUpdateProgramme = z.object(programmeFields).partial();
export type TUpdateProgramme = z.input<typeof ZUpdateProgramme>;

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
  description: z.string().nullable(),
});
export type TProgramme = z.infer<typeof ZProgramme>;

/** The form posts FormData: checkboxes repeat their name, everything else is one value. */
export function programmeFormValues(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    title: text("title") ?? "",
    shortTitle: text("shortTitle"),
    country: text("country") ?? "",
    fund: text("fund"),
    conveningAgencyId: text("conveningAgencyId"),
    participatingOrganisationIds: form.getAll("participatingOrganisationIds").map(String),
    startDate: text("startDate"),
    durationMonths: text("durationMonths"),
    sdgGoals: form.getAll("sdgGoals").map(String),
    nationalFramework: text("nationalFramework"),
    description: text("description"),
  };
}
