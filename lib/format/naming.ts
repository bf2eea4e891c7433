// How the generated documents (the news-style summary and the formal minutes) name organisations,
// people and the programme, as a ministry's secretariat would write them: the ministry rather than
// its directorate, no organisation that the position already names, the full name with its acronym
// at first mention and the acronym after, a capacity that does not repeat the position. One pure
// module for both documents; the rules, with examples, are in docs/naming.md.
import type { TOrgRef } from "@/lib/minutes/record-schema";

const tidy = (text: string | null | undefined): string => (text ?? "").replace(/\s+/g, " ").trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `text` contains `term` as whole words, ignoring case: "Head of Office, UNDP" contains
 * "undp"; "Undersecretary" does not contain "UN".
 */
export function containsTerm(text: string, term: string): boolean {
  const wanted = tidy(term);
  if (wanted === "") return false;
  const pattern = escapeRegExp(wanted).replace(/ /g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/** Whether a position (or a co-chair's capacity) already names `org`, by its full name or its acronym. */
export function namesOrganisation(text: string | null | undefined, org: TOrgRef): boolean {
  if (!tidy(text)) return false;
  return containsTerm(text!, org.name) || (!!tidy(org.acronym) && containsTerm(text!, org.acronym!));
}

/**
 * The organisation a person is named by: the top of `org`'s chain (a directorate's ministry), with
 * the record path from `org` to it (".parent", ".parent.parent") for the sentence's provenance. A
 * snapshot saved before parents were recorded has none: the organisation itself.
 */
export function topLevelOrganisation(org: TOrgRef): { org: TOrgRef; path: string } {
  let current = org;
  let path = "";
  // A record is a tree (JSON has no loops); the bound only guards against a hand-made one.
  for (let depth = 0; current.parent && depth < 16; depth += 1) {
    current = current.parent;
    path += ".parent";
  }
  return { org: current, path };
}

// The last word of an institution's name that, in English, takes "the": "the World Food Programme".
const INSTITUTION_NOUNS = new Set([
  "agency",
  "alliance",
  "association",
  "authority",
  "bank",
  "board",
  "center",
  "centre",
  "coalition",
  "commission",
  "committee",
  "consortium",
  "council",
  "delegation",
  "department",
  "directorate",
  "embassy",
  "facility",
  "federation",
  "forum",
  "foundation",
  "fund",
  "government",
  "initiative",
  "institute",
  "ministry",
  "network",
  "office",
  "organisation",
  "organization",
  "partnership",
  "programme",
  "program",
  "secretariat",
  "service",
  "society",
  "union",
  "unit",
]);

/**
 * Whether an organisation's full name takes "the" in an English sentence: "the Ministry of Health",
 * "the United Nations Children's Fund", "the World Food Programme" — but "Statistics Indonesia",
 * "UN Women", "Bappenas", and a name already starting with "The", do not.
 */
export function takesArticle(fullName: string): boolean {
  const name = tidy(fullName);
  if (name === "" || /^the\s/i.test(name)) return false;
  if (/\s(of|for|on)\s/i.test(name) || /^united nations\s/i.test(name)) return true;
  const last = name.split(" ").at(-1)!.toLowerCase();
  return INSTITUTION_NOUNS.has(last);
}

/** How one mention of an organisation reads; `shows` are the record fields it prints. */
export type TOrgMention = {
  text: string;
  shows: ("name" | "acronym")[];
  /** The full name is printed (first mention, or no acronym): English puts "the" before some. */
  isFullName: boolean;
  /** English wants "the" before it in running text (`takesArticle` of a full name). */
  takesArticle: boolean;
};

/** First mentions within one document: the full name with its acronym once, the acronym after. */
export type TMentions = { mention: (org: TOrgRef) => TOrgMention | null };

export function createMentions(): TMentions {
  const seen = new Set<string>();
  return {
    mention(org) {
      const name = tidy(org.name);
      const acronym = tidy(org.acronym);
      if (name === "")
        return acronym ? { text: acronym, shows: ["acronym"], isFullName: false, takesArticle: false } : null;
      const full = { isFullName: true, takesArticle: takesArticle(name) };
      if (acronym === "" || acronym.toLowerCase() === name.toLowerCase())
        return { text: name, shows: ["name"], ...full };
      const key = name.toLowerCase();
      if (seen.has(key)) return { text: acronym, shows: ["acronym"], isFullName: false, takesArticle: false };
      seen.add(key);
      return { text: `${name} (${acronym})`, shows: ["name", "acronym"], ...full };
    },
  };
}

/** The programme's participating organisations other than its convening agency, which is named already. */
export function partnersOf(programme: {
  conveningAgency: TOrgRef | null;
  participatingOrganisations: TOrgRef[];
}) {
  const agency = tidy(programme.conveningAgency?.name).toLowerCase();
  return programme.participatingOrganisations
    .map((org, index) => ({ org, index }))
    .filter(({ org }) => tidy(org.name).toLowerCase() !== agency || agency === "");
}

const LEADING_AS = /^(as|sebagai|selaku)\s+/i;
// Words that make no difference when comparing a capacity with a position.
const FILLER = /\b(the|a|an)\b/g;
const comparable = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(FILLER, " ")
    .replace(/\s+/g, " ")
    .trim()} `;

/**
 * A co-chair's position and capacity as the documents print them: the capacity's own "as"/"selaku"
 * goes (the sentence has one), and what one of them repeats is said once — a capacity the position
 * already contains is dropped ("Resident Coordinator a.i., as Resident Coordinator"), and a position
 * the capacity contains is left to the capacity.
 */
export function positionAndCapacity(
  position: string | null | undefined,
  capacity: string | null | undefined,
): { position: string | null; capacity: string | null } {
  const pos = tidy(position) || null;
  const cap = tidy(tidy(capacity).replace(LEADING_AS, "")) || null;
  if (!pos || !cap) return { position: pos, capacity: cap };
  const [p, c] = [comparable(pos), comparable(cap)];
  if (c.trim() === "" || p.includes(c)) return { position: pos, capacity: null };
  if (p.trim() !== "" && c.includes(p)) return { position: null, capacity: cap };
  return { position: pos, capacity: cap };
}

/**
 * Whether a position is joined to its organisation by a comma rather than "of"/"dari": it has a
 * preposition of its own ("Director of Nutrition, Ministry of Health", not "… of … of …").
 */
export function joinsWithComma(position: string): boolean {
  return /(?<![\p{L}])(of|dari|pada|for|untuk)(?![\p{L}])/iu.test(position);
}

/**
 * How a programme's full title is named in running text. A title that says what it is — it contains
 * "Programme", "Program", "Project", "Initiative", "Facility", "Partnership" or "Fund", or it is an
 * acronym ("JP GRSP") — reads as a noun: "the Joint Programme on …". Any other title ("Leaving No
 * One Behind") is introduced: "the programme “Leaving No One Behind”". (A short title is the
 * programme's own short name and is used as one: "the JP GRSP".)
 */
export function programmeNameForm(name: string): "named" | "introduced" {
  const text = tidy(name);
  if (!/\p{Ll}/u.test(text)) return "named";
  return /(?<![\p{L}])(programmes?|programs?|projects?|initiatives?|facility|partnership|fund)(?![\p{L}])/iu.test(
    text,
  )
    ? "named"
    : "introduced";
}

/**
 * Recorded text that follows a template's own "the" loses its own leading article: "funded by the
 * {fund}" with "The Joint SDG Fund" is not "the the". English only: Indonesian has no article.
 */
export function withoutLeadingArticle(text: string): string {
  return text.replace(/^the\s+/i, "");
}
