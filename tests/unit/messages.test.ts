// Every message exists in both languages, so no screen falls back to a raw key; every message key
// the code names (an error, a zod message) exists in both catalogues.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCREEN_MESSAGES } from "@/i18n/catalogue";
import { DOCUMENT_MESSAGE_FILES, MAIL_MESSAGE_FILES, MESSAGE_FILES } from "@/i18n/message-files";

const ROOT = path.join(import.meta.dirname, "../..");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (locale: string, file: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "messages", locale, `${file}.json`), "utf8"));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

describe("messages", () => {
  it.each([...MESSAGE_FILES, ...DOCUMENT_MESSAGE_FILES, ...MAIL_MESSAGE_FILES])(
    "%s has the same keys in English and Bahasa Indonesia",
    (file) => {
      expect(keys(load("id", file)).sort()).toEqual(keys(load("en", file)).sort());
    },
  );

  it("files do not define the same namespace twice", () => {
    const namespaces = MESSAGE_FILES.flatMap((file) => Object.keys(load("en", file)));
    expect(new Set(namespaces).size).toBe(namespaces.length);
  });

  it("the screens' catalogue holds exactly the listed files, in both languages", () => {
    const expected = MESSAGE_FILES.flatMap((file) => keys(load("en", file))).sort();
    expect(keys(SCREEN_MESSAGES.en).sort()).toEqual(expected);
    expect(keys(SCREEN_MESSAGES.id).sort()).toEqual(expected);
  });

  it("every error message key the code names exists", () => {
    const known = new Set(keys(SCREEN_MESSAGES.en));
    const named = new Map<string, string>();
    for (const file of ["lib", "components", "app"].flatMap(sourceFiles)) {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      for (const m of text.matchAll(/["'`]((?:errors|[a-zA-Z]+\.errors)\.[a-zA-Z0-9_.]+)["'`]/g)) {
        named.set(m[1], file);
      }
    }
    expect(named.size).toBeGreaterThan(20);
    const missing = [...named].filter(([key]) => !known.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
