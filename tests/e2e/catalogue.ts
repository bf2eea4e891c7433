// The screens' message catalogue (messages/<locale>/*.json, the files of i18n/message-files.ts) as
// matchers, so an e2e spec can tell whether a text on the page is one of the catalogue's messages
// in a given language — with any values filled in — and collect the messages a page shows.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { MESSAGE_FILES } from "../../i18n/message-files";
import { ROOT } from "./helpers";

type TLeaf = { key: string; value: string };

/** Every message of one language as written: key ("meeting.errors.titleRequired") and ICU text. */
function readLeaves(locale: "en" | "id"): TLeaf[] {
  const leaves: TLeaf[] = [];
  const walk = (node: unknown, prefix: string) => {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (typeof value === "string") leaves.push({ key: prefix + key, value });
      else walk(value, `${prefix}${key}.`);
    }
  };
  for (const file of MESSAGE_FILES) {
    walk(JSON.parse(fs.readFileSync(path.join(ROOT, "messages", locale, `${file}.json`), "utf8")), "");
  }
  return leaves;
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;

/**
 * Every message of one language. For Indonesian, without the untranslated ones: a message of
 * three words or more that is word for word its English twin was never translated (single words
 * such as "Status" or "Agenda", and "Bahasa Indonesia", are the same in both languages and stay).
 */
export function catalogueLeaves(locale: "en" | "id"): TLeaf[] {
  const leaves = readLeaves(locale);
  if (locale === "en") return leaves;
  const english = new Map(readLeaves("en").map((l) => [l.key, l.value]));
  return leaves.filter((l) => english.get(l.key) !== l.value || wordCount(l.value) < 3);
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The index just after the `{…}` block that opens at `start` (braces balanced). */
function blockEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i + 1;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

/** The branches of a plural or select block's body ("=0 {…} other {…}"): each branch's text. */
function branches(body: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < body.length;) {
    const open = body.indexOf("{", i);
    if (open < 0) break;
    const end = blockEnd(body, open);
    found.push(body.slice(open + 1, end - 1));
    i = end;
  }
  return found;
}

/**
 * The regex source of an ICU message: literal text escaped; a placeholder a lazy wildcard (a
 * `{message}` placeholder captured, because it holds another message of the catalogue, a server
 * answer inside "Kehadiran tidak tersimpan: {message}"); a plural or select block the alternation
 * of its branches, `#` a wildcard.
 */
function icuSource(message: string, isPlural = false): string {
  let source = "";
  let literal = "";
  const flush = () => {
    // ICU quoting: '' is one apostrophe; a lone apostrophe before plain text is itself.
    source += escapeRegex(literal.replace(/''/g, "'"));
    literal = "";
  };
  for (let i = 0; i < message.length;) {
    if (isPlural && message[i] === "#") {
      flush();
      source += "(?:.+?)";
      i++;
      continue;
    }
    if (message[i] !== "{") {
      literal += message[i++];
      continue;
    }
    const end = blockEnd(message, i);
    flush();
    const block = message.slice(i + 1, end - 1);
    const complex = /^\s*\w+\s*,\s*(plural|selectordinal|select)\s*,([\s\S]*)$/.exec(block);
    if (complex) {
      const plural = complex[1] !== "select";
      source += `(?:${branches(complex[2])
        .map((b) => icuSource(b, plural))
        .join("|")})`;
    } else {
      source += /^\s*message\s*$/.test(block) ? "(.+?)" : "(?:.+?)";
    }
    i = end;
  }
  flush();
  // Rich-text tags (<b>…</b>) render as their content.
  return source.replace(/<\/?[a-zA-Z]+>/g, "");
}

/** A catalogue message as a regex; `literal`: how many of its characters are fixed text. */
type TMatcher = { key: string; pattern: RegExp; literal: number; nested: boolean };

const WILDCARD = /\(\?:\.\+\?\)|\(\.\+\?\)/g;

function matchers(locale: "en" | "id"): TMatcher[] {
  return catalogueLeaves(locale).flatMap(({ key, value }) => {
    const source = icuSource(value.trim());
    const fixed = source.replace(WILDCARD, "").replace(/\\(.)/g, "$1");
    // All wildcards ("{name}: {status}."): it would match any text and prove nothing.
    if (!/\p{L}/u.test(fixed)) return [];
    return [
      {
        key,
        pattern: new RegExp(`^${source}$`, "su"),
        literal: fixed.replace(/[(?:|)]/g, "").length,
        nested: source.includes("(.+?)"),
      },
    ];
  });
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

export type TCatalogue = {
  /**
   * The keys of the catalogue messages `text` is, values filled in (several when messages share
   * a wording), or null. The message with the most fixed text decides ("Kehadiran tidak tersimpan:
   * {message}" over "Kehadiran {name}"): its nested {message} must be a message of the catalogue.
   */
  keysOf: (text: string) => string[] | null;
  /**
   * The messages `text` is made of, each as its keys — one message, or several joined by spaces
   * (a field with two problems shows both) — or null when it is not made of catalogue messages.
   */
  partsOf: (text: string) => string[][] | null;
};

export function loadCatalogue(locale: "en" | "id"): TCatalogue {
  const all = matchers(locale).sort((a, b) => b.literal - a.literal);
  const keysOf = (text: string): string[] | null => {
    const wanted = normalise(text);
    const fitting = all.flatMap((m) => {
      const match = m.pattern.exec(wanted);
      return match ? [{ m, inner: match.slice(1).filter((v) => v !== undefined) }] : [];
    });
    const best = fitting[0]?.m.literal;
    const keys = fitting
      .filter((f) => f.m.literal === best && f.inner.every((inner) => partsOf(inner) !== null))
      .map((f) => f.m.key);
    return keys.length > 0 ? keys : null;
  };
  const partsOf = (text: string): string[][] | null => {
    const wanted = normalise(text);
    if (wanted === "") return null;
    const whole = keysOf(wanted);
    if (whole) return [whole];
    // Several messages joined by spaces: split after a sentence's end and try each part.
    const ends = [...wanted.matchAll(/[.!?…)”"] /g)].map((m) => m.index + 1);
    const reached = new Map<number, string[][]>([[0, []]]);
    for (const end of [...ends, wanted.length]) {
      for (const [start, parts] of [...reached]) {
        const keys = start < end ? keysOf(wanted.slice(start, end)) : null;
        if (keys && !reached.has(end + 1)) reached.set(end + 1, [...parts, keys]);
      }
    }
    return reached.get(wanted.length + 1) ?? null;
  };
  return { keysOf, partsOf };
}

/**
 * The English-only wording `text` contains: the English catalogue's fixed text (a whole message,
 * or a run of at least three words between placeholders) that no Indonesian message contains.
 */
export function englishOnlyFinder(): (text: string) => string[] {
  const indonesian = catalogueLeaves("id").map((l) => normalise(l.value));
  const runs = new Set<string>();
  for (const { value } of catalogueLeaves("en")) {
    const plain = normalise(value);
    if (!plain.includes("{")) runs.add(plain);
    for (const run of plain.split(/\{[^{}]*\}/)) {
      const words = run.trim();
      if (wordCount(words) >= 3) runs.add(words);
    }
  }
  const englishOnly = [...runs].filter((run) => !indonesian.some((id) => id.includes(run)));
  return (text) => {
    const shown = normalise(text);
    return englishOnly.filter((run) => shown === run || (run.includes(" ") && shown.includes(run)));
  };
}

/**
 * The messages the page shows now: every `role="alert"` element and every field error
 * (`<p id="<field>-error">`, components/ui/field-error.tsx), plus `extra` selectors — split into
 * their block-level pieces (a heading, a paragraph, a list item), `<code>` (quoted data such as a
 * field path) left out. Outside shadow roots, so Next's route announcer is not counted.
 */
export async function shownMessages(page: Page, extra: string[] = []): Promise<string[]> {
  return page.evaluate((extraSelectors) => {
    const selector = ['[role="alert"]', '[id$="-error"]', ...extraSelectors].join(", ");
    const found = [...document.querySelectorAll<HTMLElement>(selector)];
    const roots = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
    const BLOCKS = new Set([
      "ADDRESS",
      "ARTICLE",
      "DD",
      "DIV",
      "DL",
      "DT",
      "FIELDSET",
      "FORM",
      "H1",
      "H2",
      "H3",
      "H4",
      "H5",
      "H6",
      "LI",
      "OL",
      "P",
      "SECTION",
      "TABLE",
      "TBODY",
      "TD",
      "TH",
      "THEAD",
      "TR",
      "UL",
    ]);
    const texts: string[] = [];
    const pieces = (el: Element) => {
      let inline = "";
      const flush = () => {
        if (inline.trim()) texts.push(inline.replace(/\s+/g, " ").trim());
        inline = "";
      };
      for (const node of el.childNodes) {
        if (node instanceof Element && BLOCKS.has(node.tagName)) {
          flush();
          pieces(node);
        } else if (node instanceof Element) {
          if (node.tagName === "CODE") continue;
          const copy = node.cloneNode(true) as Element;
          copy.querySelectorAll("code").forEach((code) => code.remove());
          inline += copy.textContent ?? "";
        } else if (node.nodeType === Node.TEXT_NODE) {
          inline += node.textContent ?? "";
        }
      }
      flush();
    };
    roots.forEach(pieces);
    return texts;
  }, extra);
}
