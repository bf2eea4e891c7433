// The per-request security headers: a page's Content-Security-Policy lets no script run without
// this request's nonce, HSTS only over https, and which paths cannot be routed at all.
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  isMalformedPath,
  isServedOverHttps,
  newNonce,
} from "@/lib/api/security-headers";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split("; ").map((d) => {
      const [name, ...values] = d.split(" ");
      return [name, values];
    }),
  );

describe("contentSecurityPolicy", () => {
  it("runs scripts only with the nonce, never inline or from elsewhere", () => {
    const policy = directives(contentSecurityPolicy("abc123==", { isHttps: false, isDevelopment: false }));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["upgrade-insecure-requests"]).toBeUndefined();
  });

  it("upgrades requests over https, and allows eval only in development", () => {
    const secure = directives(contentSecurityPolicy("n", { isHttps: true, isDevelopment: false }));
    expect(secure["upgrade-insecure-requests"]).toEqual([]);
    const dev = directives(contentSecurityPolicy("n", { isHttps: false, isDevelopment: true }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("makes a new nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("isServedOverHttps", () => {
  it("says yes when the app's address is https", () => {
    expect(isServedOverHttps(["https://notulen.example.go.id", undefined])).toBe(true);
    expect(isServedOverHttps([undefined, "https://notulen.example.go.id"])).toBe(true);
    expect(isServedOverHttps(["http://127.0.0.1:3000", undefined])).toBe(false);
    expect(isServedOverHttps([undefined, undefined])).toBe(false);
  });
});

describe("isMalformedPath", () => {
  it.each([
    "/api/v1/meetings/%E0%A4%A",
    "/api/v1/meetings/%ZZ",
    "/meetings/%",
    "/x/%ED%A0%80",
    "/api/v1/people/a%00b",
    "/meetings/%0A",
  ])("refuses %s", (path) => expect(isMalformedPath(path)).toBe(true));

  it.each(["/api/v1/meetings/cm123", "/meetings/abc/edit", "/rsvp/abc%2Fdef", "/x/%C3%A9"])(
    "routes %s",
    (path) => expect(isMalformedPath(path)).toBe(false),
  );
});
