// What a register change writes, and when an undo is still offered.
import { describe, expect, it } from "vitest";
import { attendanceChange, isStale, rowVersion } from "@/lib/register/attendance";
import { isUndoable, offerUndo, UNDO_WINDOW_MS } from "@/lib/register/undo";

const now = new Date("2026-03-14T02:30:00Z");
const earlier = new Date("2026-03-14T02:05:00Z");

describe("attendanceChange", () => {
  it("signs a person in now", () => {
    expect(attendanceChange({ attendance: null, signedInAt: null }, "PRESENT", now)).toEqual({
      attendance: "PRESENT",
      signedInAt: now,
    });
  });

  it("keeps the first sign-in time when someone present is marked present again", () => {
    expect(attendanceChange({ attendance: "PRESENT", signedInAt: earlier }, "PRESENT", now).signedInAt).toBe(
      earlier,
    );
  });

  it("clears the sign-in time for absent, excused and not recorded (undo of a sign-in)", () => {
    for (const next of ["ABSENT", "EXCUSED", null] as const) {
      expect(attendanceChange({ attendance: "PRESENT", signedInAt: earlier }, next, now)).toEqual({
        attendance: next,
        signedInAt: null,
      });
    }
  });
});

describe("isStale", () => {
  it("applies a change without a version, refuses one made on an older version", () => {
    expect(isStale(undefined, now)).toBe(false);
    expect(isStale(rowVersion(now), now)).toBe(false);
    expect(isStale(rowVersion(earlier), now)).toBe(true);
  });
});

describe("undo", () => {
  const change = { invitationId: "i1", name: "Siti", previous: null, next: "PRESENT" } as const;

  it("is offered for ten seconds after a change, then no longer", () => {
    const undo = offerUndo(change, 1_000);
    expect(isUndoable(undo, 1_000 + UNDO_WINDOW_MS - 1)).toBe(true);
    expect(isUndoable(undo, 1_000 + UNDO_WINDOW_MS)).toBe(false);
    expect(undo?.previous).toBeNull();
  });

  it("is not offered when nothing changed", () => {
    expect(offerUndo({ ...change, previous: "PRESENT" }, 1_000)).toBeNull();
  });
});
