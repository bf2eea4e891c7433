// Which catalogue namespaces the client components under a page or layout can read, found by
// walking its imports: a module with "use client", and everything it imports, runs in the browser
// and reads its messages from the nearest NextIntlClientProvider. Namespaces are read from
// `useTranslations("ns…")` and from string literals that start with a namespace ("ns.key"), which
// covers keys built in shared schemas and read with a root `useTranslations()`.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
const USE_TRANSLATIONS = /\buseTranslations\(\s*([^)]*)\)/g;
const KEY_LITERAL = /["'`]([a-zA-Z]+)\.[A-Za-z0-9_]/g;

/** A repository file from an import specifier, or null for a package or a non-code file. */
function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  if (/\.(tsx?)$/.test(base) && fs.existsSync(base)) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = fs.readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function importsOf(file: string): string[] {
  const text = source(file);
  const found: string[] = [];
  for (const re of [IMPORT, DYNAMIC_IMPORT]) {
    for (const match of text.matchAll(re)) {
      const resolved = resolveImport(file, match[1]);
      if (resolved) found.push(resolved);
    }
  }
  return found;
}

/** The module's directive ("use client", "use server"), after its leading comments. */
function directive(file: string): string | undefined {
  const code = source(file)
    .replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/g, "")
    .trimStart();
  return /^["'](use client|use server)["']/.exec(code)?.[1];
}

/** A module the browser never runs: server actions (called by reference) and server-only code. */
const isServerOnly = (file: string) =>
  directive(file) === "use server" || /^import\s+["']server-only["']/m.test(source(file));

export type TClientNeeds = {
  namespaces: Set<string>;
  /** Client modules whose namespace cannot be read (a `useTranslations(variable)`). */
  unreadable: string[];
};

/** Namespaces one client module reads. */
function namespacesOf(file: string, known: ReadonlySet<string>, needs: TClientNeeds) {
  // Comments mention keys as examples; only code counts.
  const text = source(file)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
  for (const match of text.matchAll(USE_TRANSLATIONS)) {
    const arg = match[1].trim();
    if (arg === "") continue;
    const literal = /^["']([^"'.]+)(?:\.[^"']*)?["']$/.exec(arg);
    if (literal) needs.namespaces.add(literal[1]);
    else needs.unreadable.push(path.relative(ROOT, file));
  }
  for (const match of text.matchAll(KEY_LITERAL)) if (known.has(match[1])) needs.namespaces.add(match[1]);
}

/** What the client components reachable from `entry` (a page or layout file) read. */
export function clientNeeds(entry: string, known: ReadonlySet<string>): TClientNeeds {
  const needs: TClientNeeds = { namespaces: new Set(), unreadable: [] };
  const seen = new Map<string, boolean>();
  const visit = (file: string, inClient: boolean) => {
    if (inClient && isServerOnly(file)) return;
    const client = inClient || directive(file) === "use client";
    const before = seen.get(file);
    if (before === true || (before === false && !client)) return;
    seen.set(file, client);
    if (client) namespacesOf(file, known, needs);
    for (const next of importsOf(file)) visit(next, client);
  };
  visit(path.resolve(ROOT, entry), false);
  return needs;
}

/** The namespaces a page passes to its client components (`<ClientMessages namespaces={[…]}>`). */
export function declaredNamespaces(entry: string): string[] {
  const text = source(path.resolve(ROOT, entry));
  const found: string[] = [];
  for (const match of text.matchAll(/<ClientMessages\b[^>]*?\snamespaces=\{\[([^\]]*)\]\}/g)) {
    for (const name of match[1].matchAll(/["']([^"']+)["']/g)) found.push(name[1]);
  }
  return found;
}

/** Every page, layout and boundary file of the app, relative to the repository. */
export function routeFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|layout|error|not-found|loading|template)\.tsx$/.test(entry.name))
        files.push(path.relative(ROOT, full));
    }
  };
  walk(path.join(ROOT, "app"));
  return files.sort();
}
