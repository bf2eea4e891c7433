// The meeting lifecycle: only the moves product.md describes, in order, and cancelling before it is held.
import { describe, expect, it } from "vitest";
import { MEETING_STATUSES } from "@/lib/meeting/schema";
import { canTransition, isFinalStatus, nextStatuses, statusMovesByHand } from "@/lib/meeting/status";

const LEGAL: [string, string][] = [
  ["DRAFT", "SCHEDULED"],
  ["SCHEDULED", "HELD"],
  ["HELD", "MINUTES_DRAFT"],
  ["MINUTES_DRAFT", "MINUTES_IN_REVIEW"],
  ["MINUTES_IN_REVIEW", "MINUTES_ADOPTED"],
  ["MINUTES_IN_REVIEW", "MINUTES_DRAFT"],
  ["DRAFT", "CANCELLED"],
  ["SCHEDULED", "CANCELLED"],
];

describe("meeting status", () => {
  it("allows exactly the lifecycle's moves and nothing else", () => {
    for (const from of MEETING_STATUSES) {
      for (const to of MEETING_STATUSES) {
        const isLegal = LEGAL.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(isLegal);
      }
    }
  });

  it("does not cancel a meeting that has been held", () => {
    expect(canTransition("HELD", "CANCELLED")).toBe(false);
    expect(canTransition("MINUTES_DRAFT", "CANCELLED")).toBe(false);
  });

  it("does not skip steps or go back except for another review round", () => {
    expect(canTransition("DRAFT", "HELD")).toBe(false);
    expect(canTransition("HELD", "SCHEDULED")).toBe(false);
    expect(canTransition("MINUTES_ADOPTED", "MINUTES_IN_REVIEW")).toBe(false);
  });

  it("offers the next steps of a status, and none after adoption or cancellation", () => {
    expect(nextStatuses("SCHEDULED")).toEqual(["HELD", "CANCELLED"]);
    expect(isFinalStatus("MINUTES_ADOPTED")).toBe(true);
    expect(isFinalStatus("CANCELLED")).toBe(true);
    expect(isFinalStatus("MINUTES_IN_REVIEW")).toBe(false);
  });
});

describe("the moves offered by hand", () => {
  it("never include adoption, which only the adoption of a version makes (with its fingerprint)", () => {
    expect(canTransition("MINUTES_IN_REVIEW", "MINUTES_ADOPTED")).toBe(true);
    expect(statusMovesByHand("MINUTES_IN_REVIEW")).toEqual(["MINUTES_DRAFT"]);
    // Review is reached by circulating a version (with reviewers and a deadline), not by a button.
    expect(statusMovesByHand("MINUTES_DRAFT")).toEqual([]);
    expect(statusMovesByHand("DRAFT")).toEqual(["SCHEDULED", "CANCELLED"]);
  });
});
