// Zod schemas for people of the directory, shared by forms, API routes, the CSV import and the
// OpenAPI document.
import { z } from "zod";
import { ZPage } from "@/lib/pagination/schema";

export const SEXES = ["FEMALE", "MALE", "PREFER_NOT_TO_SAY"] as const;
export type TSex = (typeof SEXES)[number];

/** Blank text is "not recorded" (null), never an empty string in the database. */
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish();

/** E-mail addresses are stored lower-case, so "A@x.org" and "a@x.org" are one person. */
export const ZPersonEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .transform((v) => (v === "" ? null : v))
  .pipe(z.email("Enter a valid e-mail address").nullable())
  .nullish();

export const ZPersonName = z
  .string()
  .trim()
  .min(1, "Enter the person's name")
  .max(200, "At most 200 characters");

const personFields = {
  name: ZPersonName,
  position: ZOptionalText(200),
  organisationId: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .nullish(),
  email: ZPersonEmail,
  sex: z.enum(SEXES, "Choose female, male or prefer not to say").nullish(),
  phone: ZOptionalText(50),
};

export const ZCreatePerson = z.object(personFields);
export type TCreatePerson = z.input<typeof ZCreatePerson>;

/** Only the fields given change; `null` clears an optional field. */
export const ZUpdatePerson = z.object(personFields).partial();
export type TUpdatePerson = z.input<typeof ZUpdatePerson>;

export const ZSearchPeopleQuery = z.object({
  q: z.string().trim().max(200).default(""),
  page: ZPage,
});
export type TSearchPeopleQuery = z.infer<typeof ZSearchPeopleQuery>;

/** A person as lists and the API return them. */
export const ZPersonSummary = z.object({
  id: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  phone: z.string().nullable(),
  organisation: z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() }).nullable(),
});
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZImportRowError = z.object({
  /** Row as a spreadsheet shows it: the header is row 1. */
  row: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type TImportRowError = z.infer<typeof ZImportRowError>;

export const ZImportPreviewRow = z.object({
  row: z.number().int(),
  action: z.enum(["create", "update"]),
  name: z.string(),
  position: z.string().nullable(),
  organisation: z.string().nullable(),
  email: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  /** For updates: the fields the import changes (empty = the person stays as they are). */
  changedFields: z.array(z.string()),
});
export type TImportPreviewRow = z.infer<typeof ZImportPreviewRow>;

export const ZImportResult = z.object({
  rows: z.array(ZImportPreviewRow),
  errors: z.array(ZImportRowError),
  isSaved: z.boolean(),
});
export type TImportResult = z.infer<typeof ZImportResult>;

/** The JSON form of the import body (the API also takes `text/csv`). */
export const ZImportBody = z.object({ csv: z.string().max(5_000_000, "The file is too large") });

export const ZImportQuery = z.object({
  dryRun: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});
