// The summary as the secretariat publishes it: an HTML fragment for a website or e-mail, Markdown
// for a CMS or chat, plain text for anything else. Recorded text is escaped in every format, so
// a remark containing "<script>" or "*" is shown, never run or turned into formatting.
import type { TSummary } from "./types";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Backslash-escapes what Markdown would read as formatting: inline markers anywhere, an "&" that
 * looks like an entity, and block markers ("#", "-", "1.") at the start of the paragraph.
 * Sentences never contain line breaks (recorded whitespace is collapsed when composing).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

const paragraphText = (p: TSummary["paragraphs"][number]) => p.sentences.map((s) => s.text).join(" ");

export function summaryToHtml(summary: TSummary): string {
  const body = summary.paragraphs.map((p) => `<p>${escapeHtml(paragraphText(p))}</p>`);
  return [`<h2>${escapeHtml(summary.title)}</h2>`, ...body].join("\n") + "\n";
}

export function summaryToMarkdown(summary: TSummary): string {
  const body = summary.paragraphs.map((p) => escapeMarkdown(paragraphText(p)));
  return [`## ${escapeMarkdown(summary.title)}`, ...body].join("\n\n") + "\n";
}

export function summaryToPlainText(summary: TSummary): string {
  return [summary.title, ...summary.paragraphs.map(paragraphText)].join("\n\n") + "\n";
}
