// Link tokens: only the exact string we issued for a link and a purpose opens it. Base64 decoders
// accept several spellings of one signature (another last character, padding, the other alphabet,
// stray characters); the token is compared as a string, so none of them pass.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isLinkId, linkIdOf, signLinkToken } from "@/lib/link/token";

const SECRET = "a-test-secret-of-enough-length";
const LINK = "cm1link0000000001abcdefgh";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("link token", () => {
  const token = signLinkToken(LINK, "RSVP", SECRET);
  const [, sig] = token.split(".");

  it("opens the link it was issued for, for its purpose only", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(linkIdOf(token, "RSVP", SECRET)).toBe(LINK);
    for (const other of ["MINUTES_REVIEW", "ACTION_UPDATE", "DIGEST_UNSUBSCRIBE"] as const) {
      expect(linkIdOf(token, other, SECRET)).toBeNull();
      expect(linkIdOf(signLinkToken(LINK, other, SECRET), "RSVP", SECRET)).toBeNull();
    }
  });

  it("keeps RSVP links e-mailed before the link table working (same key, same signature)", () => {
    const key = createHmac("sha256", SECRET).update("notulen:rsvp-link:v1").digest();
    const old = `${LINK}.${createHmac("sha256", key).update(LINK).digest("base64url")}`;
    expect(old).toBe(token);
  });

  it("refuses each of the 63 other last characters, although 3 of them decode to the same bytes", () => {
    const variants = [...BASE64URL].filter((c) => c !== token.at(-1)).map((c) => token.slice(0, -1) + c);
    expect(variants).toHaveLength(63);
    const sameBytes = variants.filter((v) =>
      Buffer.from(v.split(".")[1], "base64url").equals(Buffer.from(sig, "base64url")),
    );
    expect(sameBytes).toHaveLength(3);
    for (const v of variants) expect(linkIdOf(v, "RSVP", SECRET), v).toBeNull();
  });

  it("refuses inserted characters, padding, the other alphabet and whitespace", () => {
    const variants = [
      ...Array.from({ length: sig.length + 1 }, (_, at) => `${LINK}.${sig.slice(0, at)}!${sig.slice(at)}`),
      `${token}=`,
      `${token}==`,
      `${LINK}.${sig.replace(/-/g, "+").replace(/_/g, "/")}`,
      `${token} `,
      ` ${token}`,
      `${token}\n`,
      `${LINK}..${sig}`,
      `${token}.${sig}`,
    ].filter((v) => v !== token);
    for (const v of variants) expect(linkIdOf(v, "RSVP", SECRET), JSON.stringify(v)).toBeNull();
  });

  it("refuses another link id under the same signature, and another secret", () => {
    expect(linkIdOf(`cm1link0000000002abcdefgh.${sig}`, "RSVP", SECRET)).toBeNull();
    expect(
      linkIdOf(signLinkToken(LINK, "RSVP", "another-secret-of-enough-length"), "RSVP", SECRET),
    ).toBeNull();
  });

  it("refuses malformed tokens", () => {
    for (const bad of [
      "",
      ".",
      "abc",
      "abc.",
      ".abc",
      "a b.c",
      "x".repeat(200),
      `${"x".repeat(65)}.${sig}`,
    ]) {
      expect(linkIdOf(bad, "RSVP", SECRET)).toBeNull();
    }
    expect(isLinkId("cm1link")).toBe(true);
    expect(isLinkId("cm1\u0000link")).toBe(false);
  });
});
