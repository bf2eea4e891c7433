// How the capture queue talks to the outside: each tab's operations in localStorage (taken over
// when a tab closes, given back after a reload), and how each HTTP answer reads to the queue.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { toOutcome } from "@/components/capture/api";
import { openTabStorage, STALE_AFTER_MS } from "@/components/capture/queue-storage";
import type { TOperation, TQueuedOp } from "@/components/capture/queue-types";
import { createRemark, savedRemark, updateRemark } from "../fixtures/capture-operations";

const queued = (op: TOperation): TQueuedOp => ({ ...op, stop: null });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("capture queue storage", () => {
  it("keeps each tab's operations apart and takes over those of a tab that closed", () => {
    const local = fakeStorage();
    const firstTab = openTabStorage(local, fakeStorage(), "m1");
    firstTab.save([queued(createRemark("r1"))]);
    const secondTab = openTabStorage(local, fakeStorage(), "m1");
    expect(secondTab.load()).toEqual([]);
    expect(secondTab.takeOrphans()).toEqual([]); // the first tab is alive
    vi.advanceTimersByTime(STALE_AFTER_MS + 1);
    expect(secondTab.takeOrphans().map((o) => o.entityId)).toEqual(["r1"]);
    expect(secondTab.takeOrphans()).toEqual([]);
  });

  it("gives a reloaded tab its own operations back", () => {
    const local = fakeStorage();
    const session = fakeStorage();
    const page = openTabStorage(local, session, "m1");
    page.save([queued(createRemark("r1"))]);
    page.release();
    expect(
      openTabStorage(local, session, "m1")
        .load()
        .map((o) => o.entityId),
    ).toEqual(["r1"]);
  });

  it("ignores what it cannot read instead of breaking the screen", () => {
    const local = fakeStorage();
    const session = fakeStorage();
    const page = openTabStorage(local, session, "m1");
    page.save([queued(createRemark("r1"))]);
    page.release();
    const key = Array.from({ length: local.length }, (_, i) => local.key(i)).find((k) => k?.includes("m1"))!;
    local.setItem(
      key,
      JSON.stringify({ ops: [{ junk: true }, queued(createRemark("r2"))], heartbeat: 0, isReleased: true }),
    );
    expect(
      openTabStorage(local, session, "m1")
        .load()
        .map((o) => o.entityId),
    ).toEqual(["r2"]);
    local.setItem(key, "{not json");
    expect(openTabStorage(local, session, "m1").load()).toEqual([]);
  });
});

describe("capture API answers as the queue reads them", () => {
  const op = updateRemark("r1", 3, { summary: "x" });
  it.each([
    [200, savedRemark("r1", 4), "saved"],
    [200, "<html>login</html>", "retry"],
    [
      400,
      { error: { code: "VALIDATION", message: "Invalid", fieldErrors: { summary: ["Write"] } } },
      "invalid",
    ],
    [401, { error: { code: "UNAUTHENTICATED" } }, "unauthenticated"],
    [404, { error: { code: "NOT_FOUND", message: "Remark not found" } }, "gone"],
    [
      409,
      { error: { code: "CONFLICT", message: "Ani changed this remark", current: savedRemark("r1", 5) } },
      "conflict",
    ],
    [500, null, "retry"],
    [503, null, "retry"],
  ])("HTTP %i → %s", (status, body, type) => {
    expect(toOutcome(op, status, body).type).toBe(type);
  });

  it("takes who changed the entry from the conflict's params, not from its wording", () => {
    const current = savedRemark("r1", 5);
    const answer = (params?: object) => ({
      error: { code: "CONFLICT", message: "Ani Wijaya mengubah catatan ini …", params, current },
    });
    expect(toOutcome(op, 409, answer({ who: "Ani Wijaya", version: 5, seen: 3 }))).toMatchObject({
      type: "conflict",
      by: "Ani Wijaya",
      current,
    });
    expect(toOutcome(op, 409, answer())).toMatchObject({ type: "conflict", by: null });
  });
});

function fakeStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}
