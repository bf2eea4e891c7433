// Saved entries go into the screen's copy of the record at once, a slow poll cannot take them away
// again, and an edit opened before one's own save landed is not a conflict with oneself.
import { describe, expect, it } from "vitest";
import { applySettled, createSaveLog } from "@/components/capture/cache";
import type { TOperation } from "@/components/capture/queue-types";
import type { TDecision } from "@/lib/decision/schema";
import type { TCaptureState } from "@/lib/record/capture-schema";
import type { TRemark } from "@/lib/remark/schema";

const remark = (id: string, order: number, version = 1) =>
  ({ id, order, version, agendaItemId: null, summary: id }) as unknown as TRemark;
const decision = (id: string, number: number, version = 1) =>
  ({ id, number, version, agendaItemId: null, text: id }) as unknown as TDecision;

function stateWith(over: Partial<TCaptureState>): TCaptureState {
  return { remarks: [], decisions: [], actionItems: [], ...over } as unknown as TCaptureState;
}

const createOp = (entityId: string, entity: TOperation["entity"] = "remarks"): TOperation => ({
  opId: `c-${entityId}`,
  kind: "create",
  entity,
  entityId,
  body: {},
});
const deleteOp = (
  entityId: string,
  version: number,
  entity: TOperation["entity"] = "remarks",
): TOperation => ({
  opId: `d-${entityId}`,
  kind: "delete",
  entity,
  entityId,
  version,
  base: null,
});

describe("putting the server's answer into the screen's record", () => {
  it("adds a saved remark in the order the server gave it", () => {
    const state = stateWith({ remarks: [remark("r1", 1), remark("r3", 3)] });
    const next = applySettled(state, { type: "saved", op: createOp("r2"), record: remark("r2", 2) });
    expect(next.remarks.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
  });

  it("closes up decision numbers after a delete, as the server does", () => {
    const state = stateWith({ decisions: [decision("d1", 1), decision("d2", 2), decision("d3", 3)] });
    const next = applySettled(state, { type: "saved", op: deleteOp("d2", 1, "decisions"), record: null });
    expect(next.decisions.map((d) => [d.id, d.number])).toEqual([
      ["d1", 1],
      ["d3", 2],
    ]);
  });

  it("never replaces a newer version with an older one", () => {
    const state = stateWith({ remarks: [remark("r1", 1, 5)] });
    const next = applySettled(state, { type: "saved", op: createOp("r1"), record: remark("r1", 1, 4) });
    expect(next.remarks[0].version).toBe(5);
  });
});

describe("polls that were on their way while a save landed", () => {
  it("keep a just-saved entry that the slow poll's answer does not have yet", () => {
    const pollStarted = 1_000;
    const log = createSaveLog();
    log.settled({ type: "saved", op: createOp("r9"), record: remark("r9", 9) }, 1_500);
    const answer = stateWith({ remarks: [remark("r1", 1)] });
    expect(log.withLateConfirmations(answer, pollStarted).remarks.map((r) => r.id)).toEqual(["r1", "r9"]);
  });

  it("do not bring back an entry a colleague deleted after the save (the poll started later)", () => {
    const log = createSaveLog();
    log.settled({ type: "saved", op: createOp("r9"), record: remark("r9", 9) }, 1_500);
    const answer = stateWith({ remarks: [remark("r1", 1)] });
    expect(log.withLateConfirmations(answer, 2_000).remarks.map((r) => r.id)).toEqual(["r1"]);
  });

  it("hide an entry this device deleted while the slow poll still lists it", () => {
    const log = createSaveLog();
    log.settled({ type: "saved", op: deleteOp("r1", 2), record: null }, 1_500);
    const answer = stateWith({ remarks: [remark("r1", 1, 2), remark("r2", 2)] });
    expect(log.withLateConfirmations(answer, 1_000).remarks.map((r) => r.id)).toEqual(["r2"]);
  });
});

describe("the version an edit is sent with", () => {
  it("moves past versions this screen's own saves made, but not past someone else's", () => {
    const update = (version: number): TOperation => ({
      opId: `u${version}`,
      kind: "update",
      entity: "remarks",
      entityId: "r-own",
      version,
      patch: {},
      base: null,
    });
    const log = createSaveLog();
    log.settled({ type: "saved", op: createOp("r-own"), record: remark("r-own", 1, 1) }, 1);
    log.settled({ type: "saved", op: update(1), record: remark("r-own", 1, 2) }, 2);
    expect(log.ownLatestVersion("r-own", 0)).toBe(2);
    expect(log.ownLatestVersion("r-own", 1)).toBe(2);
    // Version 3 was a colleague's: an edit opened at 3 stays at 3, one opened at 2 is not moved to 3.
    expect(log.ownLatestVersion("r-own", 3)).toBe(3);
    expect(log.ownLatestVersion("r-other", 4)).toBe(4);
  });
});

describe("two capture screens", () => {
  it("keep their own logs: one screen's saves are not laid over the other's polls", () => {
    const first = createSaveLog();
    const second = createSaveLog();
    first.settled({ type: "saved", op: createOp("r9"), record: remark("r9", 9) }, 1_500);
    const answer = stateWith({ remarks: [remark("r1", 1)] });
    expect(second.withLateConfirmations(answer, 1_000).remarks.map((r) => r.id)).toEqual(["r1"]);
    expect(second.ownLatestVersion("r9", 0)).toBe(0);
  });
});
