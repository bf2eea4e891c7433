// A reviewer's proposed text is shown as a tracked change word by word: what both texts share stays
// plain, so the reader sees at a glance the few words a comment would change.
import { describe, expect, it } from "vitest";
import { trackedChange, type TChangePart } from "@/lib/minutes/tracked-change";

const before = (parts: TChangePart[]) =>
  parts
    .filter((p) => p.kind !== "inserted")
    .map((p) => p.text)
    .join("");
const after = (parts: TChangePart[]) =>
  parts
    .filter((p) => p.kind !== "deleted")
    .map((p) => p.text)
    .join("");

describe("trackedChange", () => {
  it("strikes only the changed date of a decision, the rest of the sentence plain", () => {
    const parts = trackedChange(
      "The PSC endorsed a no-cost extension to 31 December 2026.",
      "The PSC endorsed a no-cost extension to 30 June 2027.",
    );
    expect(parts).toEqual([
      { kind: "same", text: "The PSC endorsed a no-cost extension to " },
      { kind: "deleted", text: "31 December 2026." },
      { kind: "inserted", text: "30 June 2027." },
    ]);
  });

  it("keeps separate edits apart, with the words between them plain", () => {
    const parts = trackedChange(
      "Kemensos will lead the plan by June.",
      "Bappenas will lead the transition plan by June.",
    );
    expect(parts).toEqual([
      { kind: "deleted", text: "Kemensos" },
      { kind: "inserted", text: "Bappenas" },
      { kind: "same", text: " will lead the" },
      { kind: "inserted", text: " transition" },
      { kind: "same", text: " plan by June." },
    ]);
  });

  it("shows a rewritten run as one deletion and one insertion, not word confetti", () => {
    const parts = trackedChange("agreed to take note of it", "agreed to adopt the plan");
    expect(parts).toEqual([
      { kind: "same", text: "agreed to " },
      { kind: "deleted", text: "take note of it" },
      { kind: "inserted", text: "adopt the plan" },
    ]);
  });

  it("always gives back both texts exactly, also for empty and very long ones", () => {
    const long = Array.from({ length: 800 }, (_, i) => `word${i}`).join(" ");
    const cases: [string, string][] = [
      ["", "New text."],
      ["Old text.", ""],
      ["Same.", "Same."],
      ["a  b\nc", "a b\n\nc d"],
      [long, long.replaceAll("word1", "term")],
    ];
    for (const [a, b] of cases) {
      const parts = trackedChange(a, b);
      expect(before(parts)).toBe(a);
      expect(after(parts)).toBe(b);
    }
    expect(trackedChange("Same.", "Same.")).toEqual([{ kind: "same", text: "Same." }]);
  });
});
