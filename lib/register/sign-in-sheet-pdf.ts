// Draws the printable sign-in sheet (A4) with pdfkit, for when the network fails at the venue:
// a header, the numbered invitees with a signature box, blank rows for walk-ins, the table header
// again on every page and "Page 1 of 3" / "Halaman 1 dari 3" at the foot. No database here.
import PDFDocument from "pdfkit";
import { createTranslator } from "use-intl/core";
import type { TLocale } from "@/i18n/locales";
import en from "@/messages/en/register.json";
import id from "@/messages/id/register.json";

export type TSheetRow = {
  number: number;
  name: string;
  position: string | null;
  organisation: string | null;
};

export type TSheetInput = {
  locale: TLocale;
  programme: string;
  /** "3rd PSC — Annual review". */
  meeting: string;
  /** "Thursday, 12 March 2026 · 06:30–09:30 GMT+7", in the meeting's time zone. */
  when: string;
  venue: string | null;
  onlineUrl: string | null;
  rows: readonly TSheetRow[];
  blankRows: number;
};

const MESSAGES = { en, id } as const;
const MARGIN = 40;
const FOOTER = 24;
const PAD = 4;
const MIN_ROW = 30;
const SIZE = 9;
type TColumn = "number" | "name" | "position" | "organisation" | "signature";
// 515.28 pt: the width of A4 inside the margins.
const COLUMNS: { key: TColumn; width: number }[] = [
  { key: "number", width: 32 },
  { key: "name", width: 135 },
  { key: "position", width: 115 },
  { key: "organisation", width: 128 },
  { key: "signature", width: 105.28 },
];

type TDoc = PDFKit.PDFDocument;

function cellHeight(doc: TDoc, cells: Record<TColumn, string>, bold: boolean): number {
  doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(SIZE);
  const heights = COLUMNS.map((c) => doc.heightOfString(cells[c.key] || " ", { width: c.width - 2 * PAD }));
  return Math.max(...heights) + 2 * PAD;
}

function drawRow(doc: TDoc, y: number, cells: Record<TColumn, string>, height: number, isHeader: boolean) {
  let x = MARGIN;
  const width = COLUMNS.reduce((sum, c) => sum + c.width, 0);
  if (isHeader) doc.rect(MARGIN, y, width, height).fill("#e2e8f0");
  doc.fillColor("#0f172a").strokeColor("#475569").lineWidth(0.5);
  doc.font(isHeader ? "Helvetica-Bold" : "Helvetica").fontSize(SIZE);
  for (const c of COLUMNS) {
    doc.rect(x, y, c.width, height).stroke();
    const text = cells[c.key];
    if (text) doc.text(text, x + PAD, y + PAD, { width: c.width - 2 * PAD });
    x += c.width;
  }
}

function drawHeading(doc: TDoc, input: TSheetInput, t: (key: string, v?: Record<string, string>) => string) {
  doc.fillColor("#475569").font("Helvetica").fontSize(10).text(input.programme, MARGIN, MARGIN);
  doc.fillColor("#0f172a").font("Helvetica-Bold").fontSize(16).text(t("title"));
  doc.fontSize(12).text(input.meeting);
  doc.font("Helvetica").fontSize(10).text(input.when);
  if (input.venue) doc.text(t("venue", { venue: input.venue }));
  if (input.onlineUrl) doc.text(t("online", { url: input.onlineUrl }));
  doc.fillColor("#475569").fontSize(9).text(t("walkIns"));
  return doc.y + 10;
}

/** The sheet as PDF bytes. */
export function renderSignInSheet(input: TSheetInput): Promise<Buffer> {
  const t = createTranslator({
    locale: input.locale,
    messages: MESSAGES[input.locale],
    namespace: "register.signInSheet",
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `${t("title")} — ${input.meeting}`, Author: "Notulen" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const header: Record<TColumn, string> = {
    number: t("number"),
    name: t("name"),
    position: t("position"),
    organisation: t("organisation"),
    signature: t("signature"),
  };
  const headerHeight = cellHeight(doc, header, true);
  const bottom = () => doc.page.height - MARGIN - FOOTER;
  let y = drawHeading(doc, input, t);
  drawRow(doc, y, header, headerHeight, true);
  y += headerHeight;

  const lastNumber = input.rows.length;
  const blanks = Array.from({ length: input.blankRows }, (_, i) => ({
    number: lastNumber + i + 1,
    name: "",
    position: null,
    organisation: null,
  }));
  for (const row of [...input.rows, ...blanks]) {
    const cells: Record<TColumn, string> = {
      number: String(row.number),
      name: row.name,
      position: row.position ?? "",
      organisation: row.organisation ?? "",
      signature: "",
    };
    const height = Math.max(MIN_ROW, cellHeight(doc, cells, false));
    if (y + height > bottom()) {
      doc.addPage();
      y = MARGIN;
      drawRow(doc, y, header, headerHeight, true);
      y += headerHeight;
    }
    drawRow(doc, y, cells, height, false);
    y += height;
  }

  // Page numbers go on last, when the number of pages is known.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .fillColor("#475569")
      .font("Helvetica")
      .fontSize(8)
      .text(t("page", { page: i - start + 1, pages: count }), MARGIN, doc.page.height - MARGIN, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
