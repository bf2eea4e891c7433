// Zod schemas for organisations of the directory, shared by the organisation form, the server
// actions, the API routes and the OpenAPI document.
import { z } from "zod";
import { ZPage } from "@/lib/pagination/schema";
import { ZVersion } from "@/lib/record/fields";
import { formTexts, zLine, zOptionalId, zOptionalLine } from "@/lib/schema/fields";

export const ORGANISATION_KINDS = [
  "GOVERNMENT_MINISTRY",
  "GOVERNMENT_AGENCY",
  "UN_ENTITY",
  "CIVIL_SOCIETY",
  "DONOR",
  "OTHER",
] as const;
export type TOrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** An organisation's id as the browser or a client sends it: malformed is a field error, never a crash. */
export const ZOrganisationId = z.string().trim().min(1).max(64);

const organisationFields = {
  name: zLine(300).min(1, "organisation.errors.nameRequired"),
  acronym: zOptionalLine(30),
  kind: z.enum(ORGANISATION_KINDS, "organisation.errors.kindRequired"),
  parentId: zOptionalId(64),
};

export const ZCreateOrganisation = z.object(organisationFields);
export type TCreateOrganisation = z.input<typeof ZCreateOrganisation>;

/**
 * Only the fields given change; `null` clears the acronym or the parent. `version` is the one the
 * editor saw: if someone changed the organisation since, nothing is saved (409 with it as it is now).
 */
export const ZUpdateOrganisation = z.object(organisationFields).partial().extend({ version: ZVersion });
export type TUpdateOrganisation = z.input<typeof ZUpdateOrganisation>;

/**
 * Merge the organisation in the path (the duplicate) into `into` (the one kept), if the duplicate is
 * still at the `version` the caller saw.
 */
export const ZMergeOrganisation = z.object({
  into: z.string().trim().min(1, "organisation.errors.chooseKept").max(64),
  version: ZVersion,
});
export type TMergeOrganisation = z.input<typeof ZMergeOrganisation>;

/**
 * The organisation form: a new organisation, or (with its id and the version it was opened at) the
 * one being edited; the service requires the version of an edit.
 */
export const ZSaveOrganisation = ZCreateOrganisation.extend({
  organisationId: ZOrganisationId.nullish(),
  version: ZVersion.optional(),
});

/** The merge dialog: the duplicate (its id and the version it was opened at) and the organisation to keep. */
export const ZMergeOrganisationForm = ZMergeOrganisation.extend({
  organisationId: ZOrganisationId,
  version: ZVersion.optional(),
});

export const ZListOrganisationsQuery = z.object({
  kind: z.enum(ORGANISATION_KINDS).optional(),
  page: ZPage,
});

export const ZOrganisation = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: z.string().nullable(),
  version: z.number().int(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

/** What a merge moved to the kept organisation. */
export const ZMergeResult = z.object({
  kept: ZOrganisation,
  moved: z.object({
    people: z.number().int(),
    childOrganisations: z.number().int(),
    actionItems: z.number().int(),
    programmeParticipations: z.number().int(),
    convenedProgrammes: z.number().int(),
  }),
});
export type TMergeResult = z.infer<typeof ZMergeResult>;

/** The organisation form's fields, read the same way in the browser (to check) and the server action. */
export function organisationFormValues(form: FormData): Record<string, unknown> {
  const values = formTexts(form, ["organisationId", "version", "name", "acronym", "kind", "parentId"]);
  return { ...values, name: values.name ?? "" };
}
