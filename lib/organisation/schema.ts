// Zod schemas for organisations of the directory, shared by the organisation form, the server
// actions, the API routes and the OpenAPI document.
import { z } from "zod";
import { ZPage } from "@/lib/pagination/schema";

export const ORGANISATION_KINDS = [
  "GOVERNMENT_MINISTRY",
  "GOVERNMENT_AGENCY",
  "UN_ENTITY",
  "CIVIL_SOCIETY",
  "DONOR",
  "OTHER",
] as const;

const organisationFields = {
  name: z.string().trim().min(1, "Enter the organisation's name").max(300, "At most 300 characters"),
  acronym: z
    .string()
    .trim()
    .max(30, "At most 30 characters")
    .transform((v) => (v === "" ? null : v))
    .nullish(),
  kind: z.enum(ORGANISATION_KINDS, "Choose what kind of organisation this is"),
  parentId: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .nullish(),
};

export const ZCreateOrganisation = z.object(organisationFields);
export type TCreateOrganisation = z.input<typeof ZCreateOrganisation>;

/** Only the fields given change; `null` clears the acronym or the parent. */
export const ZUpdateOrganisation = z.object(organisationFields).partial();
export type TUpdateOrganisation = z.input<typeof ZUpdateOrganisation>;

/** Merge the organisation in the path (the duplicate) into `into` (the one kept). */
export const ZMergeOrganisation = z.object({
  into: z.string().trim().min(1, "Choose the organisation to keep"),
});
export type TMergeOrganisation = z.input<typeof ZMergeOrganisation>;

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

export function organisationFormValues(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: text("name") ?? "",
    acronym: text("acronym"),
    kind: text("kind"),
    parentId: text("parentId"),
  };
}
