// After login, only a path of Notulen is followed: never another host, however it is spelled.
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback";

describe("safeCallbackPath", () => {
  it("keeps a path of the app, with its query and fragment", () => {
    expect(safeCallbackPath("/meetings/abc?tab=record#r1")).toBe("/meetings/abc?tab=record#r1");
    expect(safeCallbackPath(["/actions", "/admin"])).toBe("/actions");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil",
    "",
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it("goes home without a callback (a member's own meetings; others are sent on to /meetings)", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
