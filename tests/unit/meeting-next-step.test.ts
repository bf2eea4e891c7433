// The meeting page's one next step and the buttons beside it, by status and by what the user may
// do: the secretariat is led through the cycle, a reviewer to their review, a reader to the minutes.
import { describe, expect, it } from "vitest";
import { MEETING_STATUSES } from "@/lib/meeting/schema";
import { meetingActions, type TMeetingActionInput } from "@/lib/meeting/next-step";

const SECRETARIAT = { canManage: true, canRecord: true, isReviewer: false };
const COORDINATOR = { canManage: false, canRecord: false, isReviewer: false };
const READY = { agendaItems: 5, invited: 40 };

const plan = (input: Partial<TMeetingActionInput> & Pick<TMeetingActionInput, "status">) =>
  meetingActions({ ...SECRETARIAT, ...READY, ...input });

describe("the meeting page's next step", () => {
  it("leads the secretariat through the cycle", () => {
    expect(plan({ status: "DRAFT", agendaItems: 0 }).next).toEqual({ kind: "page", page: "agenda" });
    expect(plan({ status: "DRAFT" }).next).toEqual({ kind: "status", to: "SCHEDULED" });
    expect(plan({ status: "SCHEDULED", invited: 0 }).next).toEqual({ kind: "page", page: "invite" });
    expect(plan({ status: "SCHEDULED" }).next).toEqual({ kind: "page", page: "register" });
    expect(plan({ status: "HELD" }).next).toEqual({ kind: "page", page: "capture" });
    expect(plan({ status: "MINUTES_DRAFT" }).next).toEqual({ kind: "page", page: "outputs" });
    expect(plan({ status: "MINUTES_IN_REVIEW" }).next).toEqual({ kind: "page", page: "consolidation" });
    expect(plan({ status: "MINUTES_ADOPTED" }).next).toEqual({ kind: "page", page: "outputs" });
    expect(plan({ status: "CANCELLED" }).next).toBeNull();
  });

  it("sends a reviewer to their review, and a reader only to adopted minutes", () => {
    const member = { ...COORDINATOR, isReviewer: true };
    expect(plan({ status: "MINUTES_IN_REVIEW", ...member }).next).toEqual({ kind: "page", page: "review" });
    for (const status of MEETING_STATUSES) {
      const expected = status === "MINUTES_ADOPTED" ? { kind: "page", page: "outputs" } : null;
      expect(plan({ status, ...COORDINATOR }).next, status).toEqual(expected);
    }
  });

  it("never offers a reader the secretariat's pages or status moves", () => {
    for (const status of MEETING_STATUSES) {
      const p = plan({ status, ...COORDINATOR });
      expect(
        [...p.pages, ...p.more].filter((page) => page !== "outputs"),
        status,
      ).toEqual([]);
      expect(p.statusMoves, status).toEqual([]);
    }
  });

  it("shows each page once: as the next step, beside it, or in the menu", () => {
    for (const status of MEETING_STATUSES) {
      const p = plan({ status });
      const shown = [...(p.next?.kind === "page" ? [p.next.page] : []), ...p.pages, ...p.more];
      expect(new Set(shown).size, status).toBe(shown.length);
    }
  });

  it("keeps the status moves beside the next step, the one it is not counted twice", () => {
    expect(plan({ status: "DRAFT" }).statusMoves).toEqual(["CANCELLED"]);
    expect(plan({ status: "DRAFT", agendaItems: 0 }).statusMoves).toEqual(["SCHEDULED", "CANCELLED"]);
    expect(plan({ status: "SCHEDULED" }).statusMoves).toEqual(["HELD", "CANCELLED"]);
    expect(plan({ status: "MINUTES_IN_REVIEW" }).statusMoves).toEqual(["MINUTES_DRAFT"]);
    expect(plan({ status: "MINUTES_ADOPTED" }).statusMoves).toEqual([]);
  });

  it("offers a draft's invite page (which says to schedule first), not its register or capture", () => {
    const p = plan({ status: "DRAFT", agendaItems: 0 });
    expect(p.pages).toEqual(["invite"]);
    expect(p.more).toEqual(["edit"]);
  });

  it("closes the pages that change a cancelled or adopted meeting", () => {
    for (const status of ["CANCELLED", "MINUTES_ADOPTED"] as const) {
      const p = plan({ status });
      const shown = [...p.pages, ...p.more];
      for (const page of ["agenda", "edit", "invite", "capture"] as const) {
        expect(shown, `${status}: ${page}`).not.toContain(page);
      }
    }
  });
});
