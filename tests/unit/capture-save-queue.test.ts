// The capture screen's save queue: nothing typed during a meeting may be lost or silently overwritten.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isPatchApplied, referencedIds } from "@/components/capture/entry-fields";
import type { TOperation, TQueuedOp, TQueueStorage, TSendOutcome } from "@/components/capture/queue-types";
import { createSaveQueue, type TSaveQueueOptions } from "@/components/capture/save-queue";
import { createRemark, deleteRemark, savedRemark, updateRemark } from "../fixtures/capture-operations";

/** A `send` whose answers the test gives one by one; records what was sent and when. */
function fakeServer(answer: (op: TOperation) => TSendOutcome | Promise<TSendOutcome> = savedAnswer) {
  const sent: { op: TOperation; at: number }[] = [];
  const send = vi.fn(async (op: TOperation) => {
    sent.push({ op: structuredClone(op), at: Date.now() });
    return answer(op);
  });
  return { send, sent };
}
function savedAnswer(op: TOperation): TSendOutcome {
  if (op.kind === "delete") return { type: "saved", record: null };
  return { type: "saved", record: savedRemark(op.entityId, op.kind === "create" ? 1 : op.version + 1) };
}

function memoryStorage(initial: TQueuedOp[] = []): TQueueStorage & { ops: readonly TQueuedOp[] } {
  const store = {
    ops: initial as readonly TQueuedOp[],
    load: () => structuredClone([...store.ops]),
    save: (ops: readonly TQueuedOp[]) => void (store.ops = structuredClone([...ops])),
  };
  return store;
}

function queueWith(options: TSaveQueueOptions) {
  const queue = createSaveQueue({ isPatchApplied, dependsOn: referencedIds, ...options });
  queue.start();
  return queue;
}

/** Lets pending promise callbacks run without moving the clock. */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2024-03-14T02:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("capture save queue: order and confirmation", () => {
  it("sends operations one at a time, in the order they were made", async () => {
    let release: (() => void) | null = null;
    const server = fakeServer((op) => new Promise((resolve) => (release = () => resolve(savedAnswer(op)))));
    const queue = queueWith({ send: server.send });
    queue.enqueue(createRemark("r1"));
    queue.enqueue(createRemark("r2"));
    queue.enqueue(createRemark("r3"));
    await flush();
    expect(server.sent.map((s) => s.op.entityId)).toEqual(["r1"]);
    release!();
    await flush();
    expect(server.sent.map((s) => s.op.entityId)).toEqual(["r1", "r2"]);
    release!();
    await flush();
    release!();
    await flush();
    expect(server.sent.map((s) => s.op.entityId)).toEqual(["r1", "r2", "r3"]);
    expect(queue.getSnapshot().ops).toEqual([]);
  });

  it("keeps an operation until the server confirms it, and tells the screen the saved record", async () => {
    const onSettled = vi.fn();
    const queue = queueWith({ send: fakeServer().send, onSettled });
    queue.enqueue(createRemark("r1"));
    expect(queue.getSnapshot().ops).toHaveLength(1);
    await flush();
    expect(queue.getSnapshot().ops).toHaveLength(0);
    expect(onSettled).toHaveBeenCalledWith(
      expect.objectContaining({ type: "saved", record: expect.objectContaining({ id: "r1", version: 1 }) }),
    );
  });
});

describe("capture save queue: retries", () => {
  it("retries network errors and server errors after 1 s, 2 s, 5 s, 10 s, 20 s, then every 30 s", async () => {
    let failuresLeft = 7;
    const server = fakeServer((op) =>
      failuresLeft-- > 0 ? { type: "retry", message: "HTTP 502" } : savedAnswer(op),
    );
    const queue = queueWith({ send: server.send });
    const start = Date.now();
    queue.enqueue(createRemark("r1"));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.sent.map((s) => s.at - start)).toEqual([
      0, 1_000, 3_000, 8_000, 18_000, 38_000, 68_000, 98_000,
    ]);
    expect(queue.getSnapshot().ops).toEqual([]);
  });

  it("treats a thrown send (no connection) as a retry and shows when the next try is", async () => {
    const server = fakeServer(() => {
      throw new TypeError("Failed to fetch");
    });
    const queue = queueWith({ send: server.send });
    queue.enqueue(createRemark("r1"));
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.send).toHaveBeenCalledTimes(2);
    const snapshot = queue.getSnapshot();
    expect(snapshot.ops).toHaveLength(1);
    expect(snapshot.nextRetryAt).toBe(Date.now() + 2_000);
    expect(snapshot.lastError).toContain("Failed to fetch");
  });

  it("does not send while offline, and sends at once when the connection returns", async () => {
    const server = fakeServer();
    const queue = queueWith({ send: server.send });
    queue.setOnline(false);
    queue.enqueue(createRemark("r1"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).not.toHaveBeenCalled();
    queue.setOnline(true);
    await flush();
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot().ops).toEqual([]);
  });

  it("keeps the queue when the session expired, and sends once the user logged in again", async () => {
    let isLoggedIn = false;
    const server = fakeServer((op) => (isLoggedIn ? savedAnswer(op) : { type: "unauthenticated" }));
    const queue = queueWith({ send: server.send });
    queue.enqueue(createRemark("r1"));
    await flush();
    expect(queue.getSnapshot().isAuthRequired).toBe(true);
    expect(queue.getSnapshot().ops).toHaveLength(1);
    isLoggedIn = true;
    queue.retryNow();
    await flush();
    expect(queue.getSnapshot()).toMatchObject({ isAuthRequired: false, ops: [] });
  });
});

describe("capture save queue: persistence", () => {
  it("restores unsent operations after a reload and sends them", async () => {
    const storage = memoryStorage();
    const before = queueWith({
      send: fakeServer(() => ({ type: "retry", message: "offline" })).send,
      storage,
    });
    before.enqueue(createRemark("r1"));
    before.enqueue(updateRemark("r9", 3, { summary: "Changed" }));
    await flush();
    before.stop();
    expect(storage.ops.map((o) => o.entityId)).toEqual(["r1", "r9"]);

    const server = fakeServer();
    const after = queueWith({ send: server.send, storage });
    expect(after.getSnapshot().ops).toHaveLength(2);
    await flush();
    expect(server.sent.map((s) => [s.op.kind, s.op.entityId])).toEqual([
      ["create", "r1"],
      ["update", "r9"],
    ]);
    expect(storage.ops).toEqual([]);
  });
});

describe("capture save queue: merging edits", () => {
  it("merges an edit into a create that is still queued: one request with the latest text", async () => {
    const server = fakeServer();
    const queue = createSaveQueue({ send: server.send });
    queue.enqueue(createRemark("r1", { summary: "First draft" }));
    queue.enqueue(updateRemark("r1", 0, { summary: "Final words" }));
    expect(queue.getSnapshot().ops).toHaveLength(1);
    queue.start();
    await flush();
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0].op).toMatchObject({ kind: "create", body: { summary: "Final words" } });
  });

  it("sends an edit made while the create is on the wire afterwards, with the version the create got", async () => {
    let release: (() => void) | null = null;
    const server = fakeServer((op) =>
      op.kind === "create"
        ? new Promise((resolve) => (release = () => resolve(savedAnswer(op))))
        : savedAnswer(op),
    );
    const queue = queueWith({ send: server.send });
    queue.enqueue(createRemark("r1"));
    await flush();
    queue.enqueue(updateRemark("r1", 0, { summary: "Corrected" }));
    release!();
    await flush();
    expect(server.sent.map((s) => s.op)).toEqual([
      expect.objectContaining({ kind: "create" }),
      expect.objectContaining({ kind: "update", version: 1, patch: { summary: "Corrected" } }),
    ]);
  });

  it("sends nothing when an entry is deleted before its create was sent", async () => {
    const server = fakeServer();
    const queue = createSaveQueue({ send: server.send });
    queue.enqueue(createRemark("r1"));
    queue.enqueue(updateRemark("r1", 0, { summary: "x" }));
    queue.enqueue(deleteRemark("r1", 0));
    queue.start();
    await flush();
    expect(server.send).not.toHaveBeenCalled();
    expect(queue.getSnapshot().ops).toEqual([]);
  });
});

describe("capture save queue: conflicts", () => {
  const theirs = savedRemark("r1", 4, "Their words");
  const conflict: TSendOutcome = {
    type: "conflict",
    message: "Budi Santoso changed this remark …",
    current: theirs,
    by: "Budi Santoso",
  };

  it("stops on a conflict, holds later edits of that entry, and goes on with the others", async () => {
    const server = fakeServer((op) => (op.entityId === "r1" ? conflict : savedAnswer(op)));
    const onSettled = vi.fn();
    const queue = queueWith({ send: server.send, onSettled });
    queue.enqueue(updateRemark("r1", 3, { summary: "My words" }));
    queue.enqueue(createRemark("r2"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.sent.map((s) => s.op.entityId)).toEqual(["r1", "r2"]);
    const [stopped] = queue.getSnapshot().ops;
    expect(stopped.stop).toEqual({
      reason: "conflict",
      message: "Budi Santoso changed this remark …",
      current: theirs,
      by: "Budi Santoso",
    });
    expect(onSettled).toHaveBeenCalledWith(expect.objectContaining({ type: "conflict", current: theirs }));
    queue.enqueue(updateRemark("r1", 3, { quote: "later" }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(2);
  });

  it("'Keep mine' sends the change again against the server's current version", async () => {
    let hasConflict = true;
    const server = fakeServer((op) => (hasConflict ? conflict : savedAnswer(op)));
    const queue = queueWith({ send: server.send });
    queue.enqueue(updateRemark("r1", 3, { summary: "My words" }));
    await flush();
    hasConflict = false;
    queue.keepMine(queue.getSnapshot().ops[0].opId);
    await flush();
    expect(server.sent[1].op).toMatchObject({ kind: "update", version: 4, patch: { summary: "My words" } });
    expect(queue.getSnapshot().ops).toEqual([]);
  });

  it("'Use theirs' drops the local change and the edits built on it", async () => {
    const server = fakeServer(() => conflict);
    const queue = queueWith({ send: server.send });
    queue.enqueue(updateRemark("r1", 3, { summary: "My words" }));
    await flush();
    queue.enqueue(updateRemark("r1", 3, { quote: "more" }));
    queue.discard(queue.getSnapshot().ops[0].opId);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot().ops).toEqual([]);
  });

  it("counts a conflict as saved when the server already holds this very change (a resent edit)", async () => {
    const server = fakeServer(() => ({ ...conflict, current: savedRemark("r1", 4, "My words") }));
    const queue = queueWith({ send: server.send });
    queue.enqueue(updateRemark("r1", 3, { summary: "My words" }));
    await flush();
    expect(queue.getSnapshot().ops).toEqual([]);
  });
});

describe("capture save queue: validation and missing entries", () => {
  it("stops a refused operation with the field messages and does not resend it on its own", async () => {
    const fieldErrors = { speakerPersonId: ["The speaker is not on this meeting's attendance register"] };
    const server = fakeServer((op) =>
      op.kind === "create" && op.body.speakerPersonId === "p-gone"
        ? { type: "invalid", message: "Invalid input", fieldErrors }
        : savedAnswer(op),
    );
    const queue = queueWith({ send: server.send });
    queue.enqueue(createRemark("r1", { speakerPersonId: "p-gone" }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot().ops[0].stop).toEqual({
      reason: "invalid",
      message: "Invalid input",
      fieldErrors,
    });

    queue.enqueue(updateRemark("r1", 0, { speakerPersonId: "p1" }));
    await flush();
    expect(server.sent[1].op).toMatchObject({ kind: "create", body: { speakerPersonId: "p1" } });
    expect(queue.getSnapshot().ops).toEqual([]);
  });

  it("holds an action item raised by a remark whose save was refused", async () => {
    const server = fakeServer((op) =>
      op.entity === "remarks"
        ? { type: "invalid", message: "Invalid input", fieldErrors: {} }
        : savedAnswer(op),
    );
    const queue = queueWith({ send: server.send });
    queue.enqueue(createRemark("r1"));
    queue.enqueue({
      opId: "a",
      kind: "create",
      entity: "action-items",
      entityId: "a1",
      body: { title: "Do", remarkId: "r1" },
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.sent.map((s) => s.op.entityId)).toEqual(["r1"]);
  });

  it("takes a delete of an entry someone else already deleted as done, but stops an edit of it", async () => {
    const server = fakeServer(() => ({ type: "gone", message: "Remark not found" }));
    const queue = queueWith({ send: server.send });
    queue.enqueue(deleteRemark("r1", 2));
    queue.enqueue(updateRemark("r2", 2, { summary: "x" }));
    await flush();
    expect(queue.getSnapshot().ops.map((o) => [o.entityId, o.stop?.reason])).toEqual([["r2", "gone"]]);
  });
});
