// The fingerprint of adopted minutes (lib/minutes/fingerprint.ts) is what docs/minutes-fingerprint.md
// tells a third party to compute: SHA-256 of the RFC 8785 canonical JSON — the worked example in
// the document is checked here, and key order or spacing never changes the result.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson, minutesFingerprint, normaliseSha256, sha256Hex } from "@/lib/minutes/fingerprint";

const doc = fs.readFileSync(path.join(import.meta.dirname, "../../docs/minutes-fingerprint.md"), "utf8");
const block = (lang: string) => {
  const match = doc.match(new RegExp("```" + lang + "\\n([\\s\\S]*?)\\n```"));
  if (!match) throw new Error(`no ${lang} block in docs/minutes-fingerprint.md`);
  return match[1];
};

describe("the minutes fingerprint", () => {
  it("reproduces the worked example of docs/minutes-fingerprint.md", () => {
    const content = JSON.parse(block("json"));
    expect(canonicalJson(content)).toBe(block("text"));
    expect(minutesFingerprint(content)).toBe(block("fingerprint"));
    // As a shell would: the canonical line's UTF-8 bytes, hashed.
    expect(sha256Hex(Buffer.from(block("text"), "utf8"))).toBe(block("fingerprint"));
  });

  it("does not depend on key order or whitespace, at any depth", () => {
    const a = { b: 1, a: { y: [1, { q: null, p: "é" }], x: true } };
    const b = JSON.parse('{ "a": { "x": true, "y": [1, { "p": "é", "q": null }] }, "b": 1 }');
    expect(minutesFingerprint(a)).toBe(minutesFingerprint(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":true,"y":[1,{"p":"é","q":null}]},"b":1}');
  });

  it("changes with any change of the content, array order included", () => {
    const base = { decisions: ["A", "B"], title: "Review" };
    const fingerprint = minutesFingerprint(base);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(minutesFingerprint({ ...base, decisions: ["B", "A"] })).not.toBe(fingerprint);
    expect(minutesFingerprint({ ...base, title: "Review " })).not.toBe(fingerprint);
  });

  it("reads a pasted fingerprint in any case, spaces around ignored, and nothing else", () => {
    const hex = "4F35D6849AEC8C978D55B8614AD655055FA1A4E06CF3A5C823D1D180263A5EF4";
    expect(normaliseSha256(`  ${hex}\n`)).toBe(hex.toLowerCase());
    expect(normaliseSha256(hex.slice(1))).toBeNull();
    expect(normaliseSha256(`${hex.slice(1)}g`)).toBeNull();
  });
});
