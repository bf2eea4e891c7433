// The formal minutes as an A4 PDF (pdfkit): draws the outline from outline.ts in an embedded Geist
// font, so every Latin name renders, with "Page 1 of 3" / "Halaman 1 dari 3" at the foot.
import PDFDocument from "pdfkit";
import type { TLocale } from "@/i18n/locales";
import { isWebLink } from "@/lib/meeting/online-url";
import { minutesFonts } from "@/lib/minutes/minutes-fonts";
import { drawPdfTable, type TPdfFrame } from "@/lib/minutes/minutes-pdf-table";
import {
  buildMinutesOutline,
  runsText,
  type TBlock,
  type TMinutesDocumentOptions,
  type TMinutesOutline,
  type TRun,
} from "@/lib/minutes/outline";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";

type TDoc = PDFKit.PDFDocument;

const MARGIN = 56;
const FOOTER = 28;
const INDENT = 18;
const MARKER = 20;
const BODY = 10;
const LINE_GAP = 2;
const INK = "#0f172a";
const MUTED = "#475569";
const FONT = { regular: "Minutes-Regular", bold: "Minutes-Bold", italic: "Minutes-Italic" } as const;

function fontOf(run: TRun): string {
  return run.bold ? FONT.bold : run.italic ? FONT.italic : FONT.regular;
}

/** Writes runs as one wrapped paragraph from (x, doc.y). */
function drawRuns(doc: TDoc, runs: TRun[], x: number, width: number) {
  const parts = runs.filter((r) => r.text !== "");
  parts.forEach((run, i) => {
    doc.font(fontOf(run)).fontSize(BODY).fillColor(INK);
    const options = {
      width,
      lineGap: LINE_GAP,
      continued: i < parts.length - 1,
      link: run.link ?? null,
      underline: !!run.link,
    };
    if (i === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
}

/** Starts a new page unless `height` still fits above the foot of this one. */
function ensureRoom(doc: TDoc, frame: TPdfFrame, height: number) {
  if (doc.y + height > frame.bottom) frame.newPage();
}

function lineHeight(doc: TDoc, size: number): number {
  return doc.font(FONT.regular).fontSize(size).currentLineHeight(true) + LINE_GAP;
}

function drawBlock(doc: TDoc, frame: TPdfFrame, block: TBlock) {
  const { left, width } = frame;
  switch (block.kind) {
    case "subheading":
      doc.moveDown(0.4);
      // Keep a sub-heading with at least three lines of what follows it.
      ensureRoom(doc, frame, lineHeight(doc, 11) + 3 * lineHeight(doc, BODY));
      doc.font(FONT.bold).fontSize(11).fillColor(INK).text(block.text, left, doc.y, { width });
      doc.moveDown(0.25);
      return;
    case "paragraph": {
      const x = block.indent ? left + INDENT : left;
      const height = textHeight(doc, block.runs, width);
      const next = block.keepWithNext ? 2 * lineHeight(doc, BODY) : 0;
      ensureRoom(doc, frame, Math.min(2 * lineHeight(doc, BODY), height) + next);
      drawRuns(doc, block.runs, x, width - (x - left));
      doc.moveDown(0.35);
      return;
    }
    case "list":
      for (const item of block.items) {
        const textWidth = width - MARKER;
        ensureRoom(doc, frame, Math.min(2 * lineHeight(doc, BODY), textHeight(doc, item.runs, textWidth)));
        const y = doc.y;
        doc.font(FONT.regular).fontSize(BODY).fillColor(INK).text(item.marker, left, y, { width: MARKER });
        doc.y = y;
        drawRuns(doc, item.runs, left + MARKER, textWidth);
        doc.moveDown(0.25);
      }
      doc.moveDown(0.15);
      return;
    case "table":
      if (block.rows.length > 0) drawPdfTable(doc, frame, block.columns, block.rows);
      doc.moveDown(0.6);
      return;
  }
}

function textHeight(doc: TDoc, runs: TRun[], width: number): number {
  return doc.font(FONT.regular).fontSize(BODY).heightOfString(runsText(runs), { width, lineGap: LINE_GAP });
}

function drawHeader(doc: TDoc, frame: TPdfFrame, outline: TMinutesOutline) {
  const { left, width } = frame;
  const { header } = outline;
  doc.font(FONT.regular).fontSize(10).fillColor(MUTED).text(header.programme, left, frame.top, { width });
  doc.moveDown(0.4);
  doc.font(FONT.bold).fontSize(18).fillColor(INK).text(header.title, { width });
  doc.font(FONT.bold).fontSize(13).text(header.meeting, { width });
  doc.moveDown(0.5);
  for (const fact of header.facts) {
    // Only a web link is clickable; any other stored link (a script, an app link) is printed as text.
    const value = { text: fact.value, link: fact.isLink && isWebLink(fact.value) ? fact.value : undefined };
    drawRuns(doc, [{ text: `${fact.label}: `, bold: true }, value], left, width);
  }
  doc.moveDown(0.5);
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.75)
    .strokeColor(MUTED)
    .stroke();
  doc.moveDown(0.5);
}

/** `text`, shortened with "…" until it fits in `width` at the current font. */
function fitWidth(doc: TDoc, text: string, width: number): string {
  let fitted = text;
  while (fitted.length > 1 && doc.widthOfString(fitted) > width) fitted = `${fitted.slice(0, -2).trimEnd()}…`;
  return fitted;
}

function drawFooters(doc: TDoc, frame: TPdfFrame, outline: TMinutesOutline) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const label = outline.footer
      .map((part) => ("text" in part ? part.text : String(part.field === "page" ? i - start + 1 : count)))
      .join("");
    const y = doc.page.height - MARGIN - FOOTER / 2 + 6;
    // No bottom margin while writing in it, or pdfkit would start a page for the footer.
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(8).fillColor(MUTED);
    doc.text(fitWidth(doc, outline.header.meeting, frame.width * 0.7), frame.left, y, { lineBreak: false });
    doc.text(label, frame.left, y, { width: frame.width, align: "right", lineBreak: false });
    // Adopted minutes carry their fingerprint on every page, so any one page can be checked.
    if (outline.fingerprintLine) {
      doc.fontSize(7).text(outline.fingerprintLine, frame.left, y + 11, { lineBreak: false });
    }
  }
}

/** The minutes of `record` in `locale` as PDF bytes (adopted minutes: with their fingerprint). */
export function renderMinutesPdf(
  record: TMeetingRecord,
  locale: TLocale,
  options: TMinutesDocumentOptions = {},
): Promise<Buffer> {
  const outline = buildMinutesOutline(record, locale, options);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    bufferPages: true,
    lang: outline.language,
    displayTitle: true,
    info: { Title: outline.documentTitle, Author: "Notulen", Subject: outline.header.programme },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const fonts = minutesFonts();
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.registerFont(FONT.italic, fonts.italic);
  const frame: TPdfFrame = {
    left: MARGIN,
    width: doc.page.width - 2 * MARGIN,
    top: MARGIN,
    bottom: doc.page.height - MARGIN - FOOTER,
    fonts: { regular: FONT.regular, bold: FONT.bold },
    newPage: () => {
      doc.addPage();
      doc.x = MARGIN;
      doc.y = MARGIN;
    },
  };

  drawHeader(doc, frame, outline);
  for (const section of outline.sections) {
    doc.moveDown(0.6);
    if (section.pageBreakBefore) frame.newPage();
    // A section heading never ends a page: keep it with a few lines of its content.
    else ensureRoom(doc, frame, lineHeight(doc, 13) + 3 * lineHeight(doc, BODY));
    doc.font(FONT.bold).fontSize(13).fillColor(INK).text(section.heading, frame.left, doc.y, {
      width: frame.width,
    });
    doc.moveDown(0.3);
    for (const block of section.blocks) drawBlock(doc, frame, block);
  }
  drawFooters(doc, frame, outline);
  doc.end();
  return done;
}
