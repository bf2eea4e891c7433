// Zod schemas for people of the directory, shared by forms, API routes, the CSV import and the
// OpenAPI document.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import type { TMessageRef } from "@/lib/errors";
import { ZPage } from "@/lib/pagination/schema";
import { ZVersion } from "@/lib/record/fields";
import { formTexts, zLine, zOptionalId, zOptionalText } from "@/lib/schema/fields";

export const SEXES = ["FEMALE", "MALE", "PREFER_NOT_TO_SAY"] as const;
export type TSex = (typeof SEXES)[number];

/** The language a person's invitations, reminders, RSVP page and calendar entries are written in. */
export const ZPersonLanguage = z.enum(LOCALES, "people.errors.language");

/** A person's id as the browser or a client sends it: malformed is a field error, never a crash. */
export const ZPersonId = z.string().trim().min(1).max(64);

/** E-mail addresses are stored lower-case, so "A@x.org" and "a@x.org" are one person. */
export const ZPersonEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .transform((v) => (v === "" ? null : v))
  .pipe(z.email().nullable())
  .nullish();

export const ZPersonName = zLine(200).min(1, "people.errors.nameRequired");

const personFields = {
  name: ZPersonName,
  position: zOptionalText(200),
  positionTranslation: zOptionalText(200).describe(
    "The same text in the other language than the programme's record language (docs/bilingual-record.md)",
  ),
  organisationId: zOptionalId(64),
  email: ZPersonEmail,
  sex: z.enum(SEXES, "people.errors.sex").nullish(),
  phone: zOptionalText(50),
  language: ZPersonLanguage,
};

/** A new person; without a language, English. */
export const ZCreatePerson = z.object({ ...personFields, language: ZPersonLanguage.default("en") });
export type TCreatePerson = z.input<typeof ZCreatePerson>;

/**
 * Only the fields given change; `null` clears an optional field. `version` is the one the caller
 * read: a stale one is refused (409) with the person as they are now.
 */
export const ZUpdatePerson = z.object(personFields).partial().extend({ version: ZVersion });
export type TUpdatePerson = z.input<typeof ZUpdatePerson>;

/**
 * The person form: a new person, or (with the id and the version it was opened at) the one being
 * edited; the service requires the version of an edit.
 */
export const ZSavePerson = ZCreatePerson.extend({
  personId: ZPersonId.nullish(),
  version: ZVersion.optional(),
});

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
  positionTranslation: z.string().nullable(),
  email: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  phone: z.string().nullable(),
  language: z.enum(LOCALES),
  organisation: z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() }).nullable(),
  /** What an edit must name (PATCH `version`). */
  version: z.number().int(),
});
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

/** A problem on one row of an import, untranslated (what the parser and the plan produce). */
export type TImportRowIssue = TMessageRef & {
  /** Row as a spreadsheet shows it: the header is row 1. */
  row: number;
  field: string;
};

/** A problem on one row as the API answers it: its message key and the message in the reader's language. */
export const ZImportRowError = z.object({
  /** Row as a spreadsheet shows it: the header is row 1. */
  row: z.number().int(),
  field: z.string(),
  messageKey: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
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
  language: z.enum(LOCALES),
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

/** What the service answers: the same, with each row's problems still as message keys. */
export type TImportOutcome = Omit<TImportResult, "errors"> & { errors: TImportRowIssue[] };

/** The JSON form of the import body (the API also takes `text/csv`). */
export const ZImportBody = z.object({ csv: z.string().max(5_000_000, "people.errors.import.fileTooLarge") });

export const ZImportQuery = z.object({
  dryRun: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

/** The person form's fields, read the same way in the browser (to check) and the server action. */
export function personFormValues(form: FormData): Record<string, unknown> {
  const values = formTexts(form, [
    "personId",
    "version",
    "name",
    "position",
    "positionTranslation",
    "organisationId",
    "email",
    "sex",
    "phone",
    "language",
  ]);
  return { ...values, name: values.name ?? "", sex: values.sex === "" ? null : values.sex };
}
