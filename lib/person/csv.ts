// The people CSV: reading an uploaded file into per-row records or per-row errors, and writing
// the export in the same columns so an export can be imported again. Pure: no database.
import Papa from "papaparse";
import { z } from "zod";
import type { TLocale } from "@/i18n/locales";
import { fieldIssuesOf, messageKeyMap, textIssues } from "@/lib/validation";
import { parseLanguage } from "./language";
import { ZPersonEmail, ZPersonName, type TImportRowIssue, type TSex } from "./schema";
import { parseSex, sexToCsv } from "./sex";

export const CSV_COLUMNS = ["name", "position", "organisation", "email", "sex", "language"] as const;
type TColumn = (typeof CSV_COLUMNS)[number];

/** Header words accepted for each column (English and Bahasa Indonesia), compared lower-case. */
const HEADER_ALIASES: Record<string, TColumn> = {
  name: "name",
  nama: "name",
  position: "position",
  title: "position",
  jabatan: "position",
  organisation: "organisation",
  organization: "organisation",
  organisasi: "organisation",
  instansi: "organisation",
  email: "email",
  "e-mail": "email",
  surel: "email",
  sex: "sex",
  "jenis kelamin": "sex",
  language: "language",
  bahasa: "language",
};

export const MAX_IMPORT_ROWS = 5000;

export type TCsvPerson = {
  /** Row as a spreadsheet shows it: the header is row 1. */
  row: number;
  name: string;
  position: string | null;
  /** Organisation name or acronym as written; resolved against the directory later. */
  organisation: string | null;
  email: string | null;
  sex: TSex | null;
  /** `null` when the cell is blank: English for a new person, unchanged for one already known. */
  language: TLocale | null;
};

export type TParsedCsv = { people: TCsvPerson[]; errors: TImportRowIssue[] };

const ZCsvRow = z.object({
  name: ZPersonName,
  position: z.string().trim().max(200),
  organisation: z.string().trim().max(300),
  email: ZPersonEmail,
});

// Spreadsheets run cells starting with these as formulas; the export prefixes them with an
// apostrophe (CSV injection), which the import takes off again.
const FORMULA_START = /^[=+\-@\t\r]/;

function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Reads the CSV text. Blank lines are skipped but still counted, so row numbers match the file. */
export function parsePeopleCsv(text: string): TParsedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: false });
  const records = parsed.data;
  const errors: TImportRowIssue[] = [];
  const header = (records[0] ?? []).map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  if (!header.includes("name")) {
    return {
      people: [],
      errors: [{ row: 1, field: "name", key: "people.errors.import.headerMissingName" }],
    };
  }
  const bodyRows = records.length - 1;
  if (bodyRows > MAX_IMPORT_ROWS) {
    return {
      people: [],
      errors: [
        {
          row: MAX_IMPORT_ROWS + 2,
          field: "_file",
          key: "people.errors.import.tooManyRows",
          params: { max: MAX_IMPORT_ROWS },
        },
      ],
    };
  }

  const people: TCsvPerson[] = [];
  const firstRowOfEmail = new Map<string, number>();
  records.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === "")) return;
    const raw: Record<TColumn, string> = {
      name: "",
      position: "",
      organisation: "",
      email: "",
      sex: "",
      language: "",
    };
    header.forEach((column, i) => {
      if (column) raw[column] = unescapeCell(cells[i] ?? "");
    });

    const rowErrors: TImportRowIssue[] = [];
    const result = ZCsvRow.safeParse(raw, { error: messageKeyMap });
    const issues = textIssues(raw) ?? (result.success ? null : fieldIssuesOf(result.error));
    for (const [field, refs] of Object.entries(issues ?? {})) {
      for (const ref of refs) rowErrors.push({ row, field, ...ref });
    }
    const sex = parseSex(raw.sex);
    if (sex === undefined) {
      rowErrors.push({
        row,
        field: "sex",
        key: "people.errors.import.sexUnknown",
        params: { value: raw.sex.trim() },
      });
    }
    const language = parseLanguage(raw.language);
    if (language === undefined) {
      rowErrors.push({
        row,
        field: "language",
        key: "people.errors.import.languageUnknown",
        params: { value: raw.language.trim() },
      });
    }
    if (result.success && result.data.email) {
      const first = firstRowOfEmail.get(result.data.email);
      if (first)
        rowErrors.push({
          row,
          field: "email",
          key: "people.errors.import.sameEmail",
          params: { row: first },
        });
      else firstRowOfEmail.set(result.data.email, row);
    }
    if (rowErrors.length > 0 || !result.success || sex === undefined || language === undefined) {
      errors.push(...rowErrors);
      return;
    }
    people.push({
      row,
      name: result.data.name,
      position: result.data.position || null,
      organisation: result.data.organisation || null,
      email: result.data.email ?? null,
      sex,
      language,
    });
  });
  return { people, errors };
}

export type TCsvExportPerson = {
  name: string;
  position: string | null;
  organisation: string | null;
  email: string | null;
  sex: TSex | null;
  language: string;
};

/** Writes people in the import's columns; the organisation by its (unique) name. */
export function toPeopleCsv(people: TCsvExportPerson[]): string {
  const rows = people.map((p) =>
    [p.name, p.position ?? "", p.organisation ?? "", p.email ?? "", sexToCsv(p.sex), p.language].map(
      escapeCell,
    ),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n" }) + "\r\n";
}
