// What the programme is for, from its recorded description, as a sentence of the summary and the
// minutes: a description written as an aim ("To strengthen …"), a verb phrase ("Strengthens …"), or
// a noun phrase ("A joint programme of …") gets "The programme" before it; anything else (a full
// sentence, or text in the other language) is kept as recorded. Pure; see docs/naming.md.
import type { TLocale } from "@/i18n/locales";

export type TAimForm = "aim" | "predicate" | "is" | "asRecorded";
export type TProgrammeAim = { form: TAimForm; text: string };

// Verbs a description starts with ("Strengthens social protection …"); a closed list, so a plural
// noun ("Provinces in …") is never taken for one.
const EN_VERBS = new Set(
  (
    "accelerates addresses advances aims assists brings builds combines connects contributes creates " +
    "delivers develops empowers enables ensures establishes expands extends focuses fosters harnesses " +
    "helps improves increases integrates introduces invests leverages links mobilises mobilizes " +
    "pilots prepares promotes protects provides pursues reaches reduces responds scales seeks serves " +
    "strengthens supports tackles targets tests transforms unites uses works"
  ).split(" "),
);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const firstWord = (text: string) => /^[\p{L}'-]+/u.exec(text)?.[0] ?? "";

function englishAim(text: string): TProgrammeAim {
  const to = /^to\s+(.+)$/isu.exec(text);
  if (to) return { form: "aim", text: to[1] };
  if (/^(a|an)\s/i.test(text)) return { form: "is", text: lowerFirst(text) };
  const word = firstWord(text);
  if (/^\p{Lu}\p{Ll}+$/u.test(word) && EN_VERBS.has(word.toLowerCase()))
    return { form: "predicate", text: lowerFirst(text) };
  return { form: "asRecorded", text };
}

function indonesianAim(text: string): TProgrammeAim {
  const aim = /^(?:bertujuan\s+)?untuk\s+(.+)$/isu.exec(text) ?? /^bertujuan\s+(.+)$/isu.exec(text);
  if (aim) return { form: "aim", text: aim[1] };
  const is = /^(?:merupakan|adalah)\s+(.+)$/isu.exec(text);
  if (is) return { form: "is", text: is[1] };
  if (/^(sebuah|suatu|program)\s/i.test(text)) return { form: "is", text: lowerFirst(text) };
  // "Memperkuat …", "Mendukung …", "Berfokus …": a verb whose subject is the programme.
  if (/^(Me|Ber)\p{Ll}{3,}$/u.test(firstWord(text))) return { form: "predicate", text: lowerFirst(text) };
  return { form: "asRecorded", text };
}

/**
 * The recorded description's form in `locale`, whitespace tidied and its closing full stop gone (the
 * sentence adds one); null when nothing was recorded. Only the document's own language's forms are
 * recognised, so an English description in the Indonesian summary is quoted as recorded, never
 * spliced into an Indonesian clause.
 */
export function programmeAim(description: string | null | undefined, locale: TLocale): TProgrammeAim | null {
  const text = (description ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.]+$/, "");
  if (text === "") return null;
  return locale === "en" ? englishAim(text) : indonesianAim(text);
}
