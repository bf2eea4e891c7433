// The follow-up register as a file: CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads
// Bahasa Indonesia correctly, CRLF line ends) and XLSX (exceljs), with the column headers in the
// reader's language. A CSV cell that a spreadsheet would run as a formula (starting with = + - @,
// a tab or a carriage return) is prefixed with an apostrophe; an XLSX cell is always typed (text,
// date), never a formula, so it needs no prefix. Pure: the rows and the wording are passed in.

export type TExportRow = {
  reference: string;
  title: string;
  description: string | null;
  ownerOrganisation: string | null;
  ownerPerson: string | null;
  /** "YYYY-MM-DD" */
  dueDate: string | null;
  /** The status in the reader's language. */
  status: string;
  /** "Yes" / "Ya", or blank when not overdue. */
  overdue: string;
  /** "YYYY-MM-DD" of the latest progress update. */
  lastUpdate: string | null;
  latestProgress: string | null;
  meeting: string;
  /** "YYYY-MM-DD" */
  meetingDate: string;
  programme: string;
};

export const EXPORT_COLUMNS = [
  "reference",
  "title",
  "description",
  "ownerOrganisation",
  "ownerPerson",
  "dueDate",
  "status",
  "overdue",
  "lastUpdate",
  "latestProgress",
  "meeting",
  "meetingDate",
  "programme",
] as const satisfies readonly (keyof TExportRow)[];
export type TExportColumn = (typeof EXPORT_COLUMNS)[number];

const DATE_COLUMNS: ReadonlySet<TExportColumn> = new Set(["dueDate", "lastUpdate", "meetingDate"]);

/** The header of each column, in the reader's language. */
export type TExportHeaders = Record<TExportColumn, string>;

// Spreadsheets run a cell starting with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as a spreadsheet should read it: text, never a formula. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const BOM = "\uFEFF";
const CRLF = "\r\n";

/** The register as CSV text: a byte-order mark, the header line, one line per row, CRLF ends. */
export function registerCsv(rows: readonly TExportRow[], headers: TExportHeaders): string {
  const line = (cells: string[]) => cells.map((c) => csvField(guardFormula(c))).join(",");
  const lines = [line(EXPORT_COLUMNS.map((c) => headers[c]))];
  for (const row of rows) lines.push(line(EXPORT_COLUMNS.map((c) => row[c] ?? "")));
  return BOM + lines.join(CRLF) + CRLF;
}

const WIDTH: Record<TExportColumn, number> = {
  reference: 14,
  title: 48,
  description: 48,
  ownerOrganisation: 32,
  ownerPerson: 24,
  dueDate: 12,
  status: 20,
  overdue: 12,
  lastUpdate: 14,
  latestProgress: 48,
  meeting: 16,
  meetingDate: 12,
  programme: 36,
};

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The register as an XLSX workbook: one sheet, a bold frozen header row with a filter, dates as
 * date cells (yyyy-mm-dd), everything else as text.
 */
export async function registerXlsx(
  rows: readonly TExportRow[],
  headers: TExportHeaders,
  sheetName: string,
  now: Date = new Date(),
): Promise<Buffer> {
  // Loaded when a workbook is asked for: the JSON register and the CSV never pay for it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Notulen";
  workbook.created = now;
  workbook.modified = now;
  // Excel limits a sheet's name to 31 characters and forbids some.
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, " ").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = EXPORT_COLUMNS.map((key) => ({
    key,
    header: headers[key],
    width: WIDTH[key],
    style: DATE_COLUMNS.has(key) ? { numFmt: "yyyy-mm-dd" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        EXPORT_COLUMNS.map((key) => {
          const value = row[key];
          if (value === null || value === "") return [key, null];
          // A line break in a cell is LF in a workbook (XML would turn a raw CR LF into LF anyway).
          return [key, DATE_COLUMNS.has(key) ? asDate(value) : value.replace(/\r\n?/g, "\n")];
        }),
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
