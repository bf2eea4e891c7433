// Reordering the agenda: keyboard moves, drag moves, refusing stale orders, generated items.
import { describe, expect, it } from "vitest";
import {
  generatedKindsToAdd,
  isCompleteOrder,
  moveItem,
  moveItemTo,
  ordersFor,
  placeGenerated,
} from "@/lib/agenda/order";

describe("moveItem", () => {
  it("swaps with the neighbour", () => {
    expect(moveItem(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
  });
  it("leaves the first item when moved up and the last when moved down", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 1)).toEqual(["a", "b"]);
  });
});

describe("moveItemTo", () => {
  it("drags an item to a new place", () => {
    expect(moveItemTo(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveItemTo(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
  });
  it("ignores drops outside the list", () => {
    expect(moveItemTo(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
});

describe("isCompleteOrder", () => {
  it("accepts a permutation of the current items", () => {
    expect(isCompleteOrder(["a", "b", "c"], ["c", "a", "b"])).toBe(true);
  });
  it("refuses missing, extra, duplicated or unknown items", () => {
    expect(isCompleteOrder(["a", "b", "c"], ["a", "b"])).toBe(false);
    expect(isCompleteOrder(["a", "b"], ["a", "b", "c"])).toBe(false);
    expect(isCompleteOrder(["a", "b"], ["a", "a"])).toBe(false);
    expect(isCompleteOrder(["a", "b"], ["a", "x"])).toBe(false);
  });
});

describe("ordersFor", () => {
  it("numbers from 1", () => {
    expect(ordersFor(["x", "y"])).toEqual([
      { id: "x", order: 1 },
      { id: "y", order: 2 },
    ]);
  });
});

describe("generatedKindsToAdd", () => {
  it("adds adoption of the previous minutes only after a previous meeting", () => {
    expect(generatedKindsToAdd([], false)).toEqual(["MATTERS_ARISING"]);
    expect(generatedKindsToAdd([], true)).toEqual(["ADOPTION_OF_PREVIOUS_MINUTES", "MATTERS_ARISING"]);
  });
  it("never adds a generated item twice", () => {
    expect(generatedKindsToAdd(["REGULAR", "MATTERS_ARISING"], true)).toEqual([
      "ADOPTION_OF_PREVIOUS_MINUTES",
    ]);
    expect(generatedKindsToAdd(["ADOPTION_OF_PREVIOUS_MINUTES", "MATTERS_ARISING"], true)).toEqual([]);
  });
});

describe("placeGenerated", () => {
  const item = (id: string, kind = "REGULAR") => ({ id, kind });
  it("puts adoption first and matters arising right after it", () => {
    const placed = placeGenerated(
      [item("opening"), item("progress")],
      [item("adopt", "ADOPTION_OF_PREVIOUS_MINUTES"), item("ma", "MATTERS_ARISING")],
    );
    expect(placed.map((i) => i.id)).toEqual(["adopt", "ma", "opening", "progress"]);
  });
  it("puts matters arising after an adoption item already on the agenda", () => {
    const placed = placeGenerated(
      [item("opening"), item("adopt", "ADOPTION_OF_PREVIOUS_MINUTES")],
      [item("ma", "MATTERS_ARISING")],
    );
    expect(placed.map((i) => i.id)).toEqual(["opening", "adopt", "ma"]);
  });
});
