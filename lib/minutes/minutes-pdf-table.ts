// Tables of the PDF minutes (attendance, action items, annex): ruled cells that wrap, a header row
// repeated on every page the table reaches, and rows too tall for a page split across pages.
import type { TTableColumn } from "@/lib/minutes/minutes-outline-types";

type TDoc = PDFKit.PDFDocument;

/** The content area of a page, and how to start the next one. */
export type TPdfFrame = {
  left: number;
  width: number;
  top: number;
  bottom: number;
  fonts: { regular: string; bold: string };
  newPage: () => void;
};

const SIZE = 9;
const PAD = 4;
const LINE_GAP = 1;
/** Below this much room a row is not started at the foot of a page but on the next one. */
const MIN_SPLIT = 48;

function textHeight(doc: TDoc, text: string, width: number): number {
  return text ? doc.heightOfString(text, { width, lineGap: LINE_GAP }) : doc.currentLineHeight(true);
}

function rowHeight(doc: TDoc, frame: TPdfFrame, cells: string[], widths: number[], bold: boolean): number {
  doc.font(bold ? frame.fonts.bold : frame.fonts.regular).fontSize(SIZE);
  return Math.max(...cells.map((c, i) => textHeight(doc, c, widths[i] - 2 * PAD))) + 2 * PAD;
}

/** The longest head of `text` (whole words) that fits in `height`, and the rest; at least one word. */
function splitToFit(doc: TDoc, text: string, width: number, height: number): [string, string] {
  const words = text.match(/\S+\s*/g) ?? [];
  let low = 1;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textHeight(doc, words.slice(0, mid).join("").trimEnd(), width) <= height) low = mid;
    else high = mid - 1;
  }
  return [words.slice(0, low).join("").trimEnd(), words.slice(low).join("")];
}

function drawRow(
  doc: TDoc,
  frame: TPdfFrame,
  y: number,
  cells: string[],
  widths: number[],
  height: number,
  isHeader: boolean,
) {
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (isHeader) doc.rect(frame.left, y, total, height).fill("#e2e8f0");
  doc.fillColor("#0f172a").strokeColor("#64748b").lineWidth(0.5);
  doc.font(isHeader ? frame.fonts.bold : frame.fonts.regular).fontSize(SIZE);
  let x = frame.left;
  cells.forEach((text, i) => {
    doc.rect(x, y, widths[i], height).stroke();
    if (text) {
      doc.text(text, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, height, lineGap: LINE_GAP });
    }
    x += widths[i];
  });
}

/** Draws the table from doc.y on, and leaves doc.y below it. */
export function drawPdfTable(doc: TDoc, frame: TPdfFrame, columns: TTableColumn[], rows: string[][]) {
  const widths = columns.map((c) => c.width * frame.width);
  const header = columns.map((c) => c.header);
  const headerHeight = rowHeight(doc, frame, header, widths, true);
  let y = doc.y;
  const startPage = () => {
    frame.newPage();
    y = frame.top;
    drawRow(doc, frame, y, header, widths, headerHeight, true);
    y += headerHeight;
  };

  const firstHeight = rows.length > 0 ? rowHeight(doc, frame, rows[0], widths, false) : 0;
  if (y + headerHeight + Math.min(firstHeight, MIN_SPLIT) > frame.bottom) {
    startPage();
  } else {
    drawRow(doc, frame, y, header, widths, headerHeight, true);
    y += headerHeight;
  }

  const fresh = frame.bottom - frame.top - headerHeight;
  for (const row of rows) {
    let pending: string[] | null = row;
    while (pending) {
      const height = rowHeight(doc, frame, pending, widths, false);
      const space = frame.bottom - y;
      if (height <= space) {
        drawRow(doc, frame, y, pending, widths, height, false);
        y += height;
        pending = null;
      } else if (height <= fresh || space < MIN_SPLIT) {
        startPage();
      } else {
        // Taller than a whole page: fill this page with the head of each cell, the rest goes on.
        doc.font(frame.fonts.regular).fontSize(SIZE);
        const parts: [string, string][] = pending.map((c, i) =>
          c ? splitToFit(doc, c, widths[i] - 2 * PAD, space - 2 * PAD) : ["", ""],
        );
        drawRow(
          doc,
          frame,
          y,
          parts.map((p) => p[0]),
          widths,
          space,
          false,
        );
        const rest: string[] = parts.map((p) => p[1]);
        pending = rest.some(Boolean) ? rest : null;
        y = frame.bottom;
        if (pending) startPage();
      }
    }
  }
  doc.x = frame.left;
  doc.y = y;
}
