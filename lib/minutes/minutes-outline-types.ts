// The shapes of the minutes outline: what both renderers (PDF, DOCX) draw, already worded in the
// document's language, so neither renderer decides wording or order.
import type { TLocale } from "@/i18n/locales";

/** A stretch of text in one style. */
export type TRun = { text: string; bold?: boolean; italic?: boolean; link?: string };

export type TTableColumn = {
  header: string;
  /** Share of the table's width; the shares of a table add up to 1. */
  width: number;
};

export type TBlock =
  /** A sub-heading inside a section (an agenda item, an organisation in the annex). */
  | { kind: "subheading"; text: string }
  /**
   * `indent` sets the text in from the margin (a remark's summary and quote); `keepWithNext` keeps
   * it on the page of the paragraph after it (a speaker's name with what they said).
   */
  | { kind: "paragraph"; runs: TRun[]; indent?: boolean; keepWithNext?: boolean }
  /** A numbered or labelled list: each item starts with its marker ("1."). */
  | { kind: "list"; items: { marker: string; runs: TRun[] }[] }
  /** Cells are plain text; "\n" starts a new line inside a cell. */
  | { kind: "table"; columns: TTableColumn[]; rows: string[][] };

export type TSection = {
  key: string;
  heading: string;
  blocks: TBlock[];
  /** Starts on a page of its own (the annex). */
  pageBreakBefore?: boolean;
};

/** A piece of the page footer: text, or the current page / page count filled in by the renderer. */
export type TFooterPart = { text: string } | { field: "page" | "pages" };

export type TMinutesOutline = {
  locale: TLocale;
  /** BCP 47 tag for the document's language metadata. */
  language: string;
  /** Document metadata title: "Minutes of the 3rd PSC — Annual review". */
  documentTitle: string;
  header: {
    programme: string;
    title: string;
    meeting: string;
    /** Date, time, venue, online link (`isLink`), purpose: those recorded. */
    facts: { label: string; value: string; isLink?: boolean }[];
  };
  sections: TSection[];
  footer: TFooterPart[];
  /** "Fingerprint (SHA-256): …" on every page of adopted minutes (docs/minutes-fingerprint.md); else null. */
  fingerprintLine: string | null;
};

/** Plain text of runs, for the renderers' measurements and the tests. */
export function runsText(runs: TRun[]): string {
  return runs.map((r) => r.text).join("");
}

export function paragraph(text: string, options: { indent?: boolean; italic?: boolean } = {}): TBlock {
  return { kind: "paragraph", runs: [{ text, italic: options.italic }], indent: options.indent };
}

/** "Name, Position, Organisation (ACR)" from the parts that were recorded. */
export function joinParts(parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p?.trim()).join(", ");
}

/** A person as the minutes name them: the name in bold, then position and organisation if recorded. */
export function personRuns(name: string, position: string | null, organisation: string | null): TRun[] {
  const rest = joinParts([position, organisation]);
  return rest ? [{ text: name, bold: true }, { text: `, ${rest}` }] : [{ text: name, bold: true }];
}
