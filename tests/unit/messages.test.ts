// Every message exists in both languages, so no screen falls back to a raw key.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_MESSAGE_FILES, MESSAGE_FILES } from "@/i18n/message-files";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (locale: string, file: string) =>
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, "../../messages", locale, `${file}.json`), "utf8"),
  );

describe("messages", () => {
  it.each([...MESSAGE_FILES, ...DOCUMENT_MESSAGE_FILES])(
    "%s has the same keys in English and Bahasa Indonesia",
    (file) => {
      expect(keys(load("id", file)).sort()).toEqual(keys(load("en", file)).sort());
    },
  );

  it("files do not define the same namespace twice", () => {
    const namespaces = MESSAGE_FILES.flatMap((file) => Object.keys(load("en", file)));
    expect(new Set(namespaces).size).toBe(namespaces.length);
  });
});
