// RSVP tokens: only the one we signed for an invitation opens it; any change is refused.
import { describe, expect, it } from "vitest";
import { signRsvpToken, verifyRsvpToken } from "@/lib/invitation/token";

const SECRET = "a-test-secret-of-enough-length";

describe("RSVP token", () => {
  it("verifies to the invitation it was signed for", () => {
    const token = signRsvpToken("cm1invitation0001", SECRET);
    expect(verifyRsvpToken(token, SECRET)).toBe("cm1invitation0001");
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it("refuses a token whose signature was changed", () => {
    const token = signRsvpToken("cm1invitation0001", SECRET);
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyRsvpToken(token.slice(0, -1) + last, SECRET)).toBeNull();
  });

  it("refuses another invitation id under the same signature", () => {
    const token = signRsvpToken("cm1invitation0001", SECRET);
    const [, sig] = token.split(".");
    expect(verifyRsvpToken(`cm1invitation0002.${sig}`, SECRET)).toBeNull();
  });

  it("refuses a token signed with another secret", () => {
    const token = signRsvpToken("cm1invitation0001", "another-secret-of-enough-length");
    expect(verifyRsvpToken(token, SECRET)).toBeNull();
  });

  it("refuses malformed tokens", () => {
    for (const bad of ["", ".", "abc", "abc.", ".abc", "a b.c", "x".repeat(200)]) {
      expect(verifyRsvpToken(bad, SECRET)).toBeNull();
    }
  });
});
