// The formal minutes as a Word document (docx): the outline from outline.ts with real headings,
// tables whose header row repeats on each page, page numbers in the footer and the language set.
import {
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { TLocale } from "@/i18n/locales";
import { isWebLink } from "@/lib/meeting/online-url";
import {
  buildMinutesOutline,
  type TBlock,
  type TMinutesDocumentOptions,
  type TMinutesOutline,
  type TRun,
  type TTableColumn,
} from "@/lib/minutes/outline";
import type { TMeetingRecord } from "@/lib/minutes/record-schema";

// Sizes in twentieths of a point (twips); A4 with 2 cm margins.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = 1134;
const CONTENT = PAGE.width - 2 * MARGIN;
const INDENT = 360;
const HANGING = 420;
const MUTED = "475569";
const BORDER = { style: "single", size: 4, color: "64748B" } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function textRuns(runs: TRun[]): TextRun[] {
  return runs
    .filter((r) => r.text !== "")
    .map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));
}

function cell(text: string, width: number, isHeader: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    shading: isHeader ? { type: ShadingType.CLEAR, fill: "E2E8F0", color: "auto" } : undefined,
    // One paragraph per line of the cell; an empty cell still needs one paragraph.
    children: text
      .split("\n")
      .map(
        (line) =>
          new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: line, bold: isHeader })] }),
      ),
  });
}

function table(columns: TTableColumn[], rows: string[][]): Table {
  const widths = columns.map((c) => Math.round(c.width * CONTENT));
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.header, widths[i], true)),
      }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, widths[i], false)) })),
    ],
  });
}

function blockChildren(block: TBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "subheading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, text: block.text })];
    case "paragraph":
      return [
        new Paragraph({
          indent: block.indent ? { left: INDENT } : undefined,
          keepNext: block.keepWithNext,
          children: textRuns(block.runs),
        }),
      ];
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({
            indent: { left: HANGING, hanging: HANGING },
            tabStops: [{ type: TabStopType.LEFT, position: HANGING }],
            spacing: { after: 60 },
            children: [new TextRun({ children: [item.marker, new Tab()] }), ...textRuns(item.runs)],
          }),
      );
    case "table":
      // A paragraph after each table keeps two tables in a row from merging into one.
      return block.rows.length > 0 ? [table(block.columns, block.rows), new Paragraph({})] : [];
  }
}

function body(outline: TMinutesOutline): (Paragraph | Table)[] {
  const { header } = outline;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: header.programme, color: MUTED })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: header.title }),
    new Paragraph({
      spacing: { after: 200 },
      children: [new TextRun({ text: header.meeting, bold: true, size: 28 })],
    }),
    ...header.facts.map(
      (fact) =>
        new Paragraph({
          spacing: { after: 40 },
          children: [
            new TextRun({ text: `${fact.label}: `, bold: true }),
            // Only a web link is clickable; any other stored link is printed as text.
            fact.isLink && isWebLink(fact.value)
              ? new ExternalHyperlink({
                  link: fact.value,
                  children: [new TextRun({ text: fact.value, style: "Hyperlink" })],
                })
              : new TextRun(fact.value),
          ],
        }),
    ),
  ];
  for (const section of outline.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        pageBreakBefore: section.pageBreakBefore,
        text: section.heading,
      }),
    );
    for (const block of section.blocks) children.push(...blockChildren(block));
  }
  return children;
}

function footer(outline: TMinutesOutline): Footer {
  const parts = outline.footer.map((part) =>
    "text" in part ? part.text : part.field === "page" ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES,
  );
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT }],
        children: [
          new TextRun({ text: outline.header.meeting, color: MUTED, size: 16 }),
          new TextRun({ children: [new Tab(), ...parts], color: MUTED, size: 16 }),
        ],
      }),
      // Adopted minutes carry their fingerprint on every page, so any one page can be checked.
      ...(outline.fingerprintLine
        ? [
            new Paragraph({
              spacing: { before: 40, after: 0 },
              children: [new TextRun({ text: outline.fingerprintLine, color: MUTED, size: 14 })],
            }),
          ]
        : []),
    ],
  });
}

/** The minutes of `record` in `locale` as .docx bytes (adopted minutes: with their fingerprint). */
export function renderMinutesDocx(
  record: TMeetingRecord,
  locale: TLocale,
  options: TMinutesDocumentOptions = {},
): Promise<Buffer> {
  const outline = buildMinutesOutline(record, locale, options);
  const doc = new Document({
    title: outline.documentTitle,
    subject: outline.header.programme,
    creator: "Notulen",
    lastModifiedBy: "Notulen",
    styles: {
      default: {
        document: {
          run: { font: "Calibri", size: 21, language: { value: outline.language } },
          paragraph: { spacing: { after: 100, line: 276 } },
        },
        title: { run: { font: "Calibri", size: 40, bold: true, color: "0F172A" } },
        heading1: {
          run: { font: "Calibri", size: 28, bold: true, color: "0F172A" },
          paragraph: { spacing: { before: 320, after: 120 } },
        },
        heading2: {
          run: { font: "Calibri", size: 23, bold: true, color: "0F172A" },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: footer(outline) },
        children: body(outline),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
