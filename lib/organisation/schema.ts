// Zod schemas for organisations of the directory, shared by the organisation form, the server
// actions, the API routes and the OpenAPI document.
import { z } from "zod";
import { ZPage } from "@/lib/pagination/schema";
import { formTexts, zOptionalId, zOptionalText } from "@/lib/schema/fields";

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
  name: z.string().trim().min(1, "organisation.errors.nameRequired").max(300),
  acronym: zOptionalText(30),
  kind: z.enum(ORGANISATION_KINDS, "organisation.errors.kindRequired"),
  parentId: zOptionalId(64),
};

export const ZCreateOrganisation = z.object(organisationFields);
export type TCreateOrganisation = z.input<typeof ZCreateOrganisation>;

/** Only the fields given change; `null` clears the acronym or the parent. */
export const ZUpdateOrganisation = z.object(organisationFields).partial();
export type TUpdateOrganisation = z.input<typeof ZUpdateOrganisation>;

/** Merge the organisation in the path (the duplicate) into `into` (the one kept). */
export const ZMergeOrganisation = z.object({
  into: z.string().trim().min(1, "organisation.errors.chooseKept").max(64),
});
export type TMergeOrganisation = z.input<typeof ZMergeOrganisation>;

/** The organisation form: a new organisation, or (with its id) the one being edited. */
export const ZSaveOrganisation = ZCreateOrganisation.extend({ organisationId: ZOrganisationId.nullish() });

/** The merge dialog: the duplicate (its id) and the organisation to keep. */
export const ZMergeOrganisationForm = ZMergeOrganisation.extend({ organisationId: ZOrganisationId });

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
  const values = formTexts(form, ["organisationId", "name", "acronym", "kind", "parentId"]);
  return { ...values, name: values.name ?? "" };
}
