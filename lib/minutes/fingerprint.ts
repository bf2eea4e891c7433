// The fingerprint of adopted minutes: SHA-256 (lower-case hex) of the adopted version's content as
// RFC 8785 canonical JSON (JCS). Canonical JSON makes the bytes hashed independent of key order and
// whitespace (jsonb returns keys in its own order), so anyone holding the version's JSON — from
// GET /api/v1/meetings/{id}/minutes/versions/{n} — can recompute it (docs/minutes-fingerprint.md).
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** The RFC 8785 serialisation of `content`: sorted keys, no whitespace, ECMAScript number form. */
export function canonicalJson(content: unknown): string {
  const text = canonicalize(content);
  if (text === undefined) throw new TypeError("content has no JSON representation");
  return text;
}

/** SHA-256 hex of bytes (a stored PDF/DOCX). */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The fingerprint of a version's content: SHA-256 hex of its canonical JSON in UTF-8. */
export function minutesFingerprint(content: unknown): string {
  return sha256Hex(Buffer.from(canonicalJson(content), "utf8"));
}

/** A fingerprint or file hash as typed or pasted: 64 hex digits, any case, spaces around ignored. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function normaliseSha256(input: string): string | null {
  const hex = input.trim().toLowerCase();
  return SHA256_HEX.test(hex) ? hex : null;
}
