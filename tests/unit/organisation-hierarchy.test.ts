// The organisation tree must stay a tree: a parent loop or a merge into one's own unit is refused.
import { describe, expect, it } from "vitest";
import { isSelfOrDescendant, wouldCreateCycle } from "@/lib/organisation/hierarchy";

// ministry ← dg ← directorate; agency stands alone.
const parents = new Map<string, string | null>([
  ["ministry", null],
  ["dg", "ministry"],
  ["directorate", "dg"],
  ["agency", null],
]);

describe("wouldCreateCycle", () => {
  it("refuses the organisation itself and any unit below it as parent", () => {
    expect(wouldCreateCycle("ministry", "ministry", parents)).toBe(true);
    expect(wouldCreateCycle("ministry", "directorate", parents)).toBe(true);
  });
  it("allows a parent outside its own subtree, or none", () => {
    expect(wouldCreateCycle("directorate", "ministry", parents)).toBe(false);
    expect(wouldCreateCycle("ministry", "agency", parents)).toBe(false);
    expect(wouldCreateCycle("ministry", null, parents)).toBe(false);
  });
  it("stops on a loop already in the data instead of hanging", () => {
    const looped = new Map<string, string | null>([
      ["a", "b"],
      ["b", "a"],
    ]);
    expect(wouldCreateCycle("c", "a", looped)).toBe(false);
  });
});

describe("isSelfOrDescendant", () => {
  it("finds units at any depth below, not above", () => {
    expect(isSelfOrDescendant("directorate", "ministry", parents)).toBe(true);
    expect(isSelfOrDescendant("ministry", "directorate", parents)).toBe(false);
    expect(isSelfOrDescendant("agency", "ministry", parents)).toBe(false);
  });
});
