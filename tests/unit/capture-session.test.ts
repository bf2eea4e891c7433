// One capture screen's background work with a fake browser: it sends while connected, leaves no
// listener or timer behind when the screen goes, and what it did not send waits for the next one.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HEARTBEAT_MS, openCaptureSession, type TBrowser } from "@/components/capture/capture-session";
import type { TOperation, TSendOutcome } from "@/components/capture/queue-types";

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** A window with storage and event listeners the test can count and fire. */
function fakeBrowser() {
  const listeners = new Map<string, Set<() => void>>();
  const browser = {
    navigator: { onLine: true },
    localStorage: memoryStorage(),
    sessionStorage: memoryStorage(),
    addEventListener: (type: string, fn: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener: (type: string, fn: () => void) => void listeners.get(type)?.delete(fn),
  } as unknown as TBrowser;
  const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  const fire = (type: string) => listeners.get(type)?.forEach((fn) => fn());
  return { browser, count, fire };
}

const create = (entityId: string): TOperation => ({
  opId: `c-${entityId}`,
  kind: "create",
  entity: "remarks",
  entityId,
  body: { speakerPersonId: "p1", summary: "Said" },
});
const saved = (op: TOperation): TSendOutcome => ({
  type: "saved",
  record: { id: op.entityId, version: 1 },
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("a capture screen's session", () => {
  it("sends while connected and logs each confirmation for the polls on their way", async () => {
    const { browser } = fakeBrowser();
    const send = vi.fn(async (op: TOperation) => saved(op));
    const onSettled = vi.fn();
    const session = openCaptureSession({ meetingId: "m1", send, onSettled, browser });
    const disconnect = session.connect();
    session.queue.enqueue(create("r1"));
    await vi.advanceTimersByTimeAsync(10);
    expect(send).toHaveBeenCalledTimes(1);
    expect(onSettled).toHaveBeenCalledWith(expect.objectContaining({ type: "saved" }));
    expect(session.log.ownLatestVersion("r1", 0)).toBe(1);
    disconnect();
  });

  it("leaves no listener or timer behind once the screen is gone", async () => {
    const { browser, count, fire } = fakeBrowser();
    const send = vi.fn(async (op: TOperation) => saved(op));
    const session = openCaptureSession({ meetingId: "m1", send, onSettled: () => {}, browser });
    const disconnect = session.connect();
    expect(count()).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBe(1); // the tab's heartbeat
    disconnect();
    expect(count()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    fire("online");
    session.queue.enqueue(create("r1"));
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 3);
    expect(send).not.toHaveBeenCalled();
  });

  it("keeps what it did not send for the next screen of the same meeting in this tab", async () => {
    const { browser } = fakeBrowser();
    browser.navigator.onLine = false;
    const first = openCaptureSession({ meetingId: "m1", send: vi.fn(), onSettled: () => {}, browser });
    const disconnect = first.connect();
    first.queue.enqueue(create("r1"));
    disconnect();
    browser.navigator.onLine = true;
    const send = vi.fn(async (op: TOperation) => saved(op));
    const next = openCaptureSession({ meetingId: "m1", send, onSettled: () => {}, browser });
    const disconnectNext = next.connect();
    await vi.advanceTimersByTimeAsync(10);
    expect(send.mock.calls.map(([op]) => op.entityId)).toEqual(["r1"]);
    disconnectNext();
  });
});
