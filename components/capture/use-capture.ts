// The capture screen's data: the polled state (every 3 s, so a colleague's entries appear), this
// device's save queue (one per meeting for the life of the page, so it keeps sending after the
// screen is left), and the two merged into what the screen shows.
"use client";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { TCaptureState } from "@/lib/meeting/capture-schema";
import { CaptureRequestError, fetchCaptureState, sendOperation } from "./api";
import { applySettled, logSettled, withLateConfirmations } from "./cache";
import { isPatchApplied, referencedIds } from "./entry-fields";
import { mergeCapture } from "./merge";
import { captureKeys } from "./query-keys";
import { openTabStorage, type TTabStorage } from "./queue-storage";
import type { TQueueSnapshot } from "./queue-types";
import { createSaveQueue, type TSaveQueue } from "./save-queue";

export const POLL_MS = 3_000;
const HEARTBEAT_MS = 5_000;

const EMPTY: TQueueSnapshot = {
  ops: [],
  sendingOpId: null,
  isOnline: true,
  isAuthRequired: false,
  nextRetryAt: null,
  lastError: null,
};
const emptySnapshot = () => EMPTY;
const noSubscribe = () => () => {};

const queues = new Map<string, TSaveQueue>();

function openStorage(meetingId: string): TTabStorage | null {
  try {
    return openTabStorage(window.localStorage, window.sessionStorage, meetingId);
  } catch {
    return null; // storage blocked (privacy settings): the queue still works for this page
  }
}

/** The meeting's queue, made once per page load, started, and wired to the browser's events. */
function queueFor(meetingId: string, queryClient: QueryClient): TSaveQueue {
  const existing = queues.get(meetingId);
  if (existing) return existing;
  const storage = openStorage(meetingId);
  const queue = createSaveQueue({
    send: (op) => sendOperation(meetingId, op),
    storage: storage ?? undefined,
    dependsOn: referencedIds,
    isPatchApplied,
    onSettled: (event) => {
      logSettled(meetingId, event, Date.now());
      queryClient.setQueryData<TCaptureState>(captureKeys.state(meetingId), (old) =>
        old ? applySettled(old, event) : old,
      );
    },
  });
  queue.setOnline(navigator.onLine);
  window.addEventListener("online", () => queue.setOnline(true));
  window.addEventListener("offline", () => queue.setOnline(false));
  if (storage) {
    const adoptOrphans = () => queue.adopt(storage.takeOrphans());
    adoptOrphans();
    setInterval(() => {
      storage.heartbeat();
      adoptOrphans();
    }, HEARTBEAT_MS);
    window.addEventListener("pagehide", () => storage.release());
    window.addEventListener("pageshow", () => storage.heartbeat());
  }
  queue.start();
  queues.set(meetingId, queue);
  return queue;
}

/** One poll, with the confirmations that arrived while it was on its way laid over its answer. */
async function poll(meetingId: string, signal: AbortSignal): Promise<TCaptureState> {
  const startedAt = Date.now();
  return withLateConfirmations(meetingId, await fetchCaptureState(meetingId, signal), startedAt);
}

export function useCapture(meetingId: string, initialData: TCaptureState) {
  const queryClient = useQueryClient();
  const [queue] = useState(() => (typeof window === "undefined" ? null : queueFor(meetingId, queryClient)));
  const snapshot = useSyncExternalStore(
    queue?.subscribe ?? noSubscribe,
    queue?.getSnapshot ?? emptySnapshot,
    emptySnapshot,
  );
  const key = captureKeys.state(meetingId);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => poll(meetingId, signal),
    initialData,
    refetchInterval: POLL_MS,
    retry: false,
  });
  // Read from the cache itself: the queue's confirmations are written there synchronously, and
  // this render (triggered by the queue) must already see them, or a saved entry would blink.
  const state = queryClient.getQueryData<TCaptureState>(key) ?? query.data;
  const isSessionExpired = query.error instanceof CaptureRequestError && query.error.status === 401;

  // A poll that works again means the user logged in again: send what waited at once.
  const { dataUpdatedAt } = query;
  const lastPoll = useRef(dataUpdatedAt);
  useEffect(() => {
    if (dataUpdatedAt === lastPoll.current) return;
    lastPoll.current = dataUpdatedAt;
    if (queue?.getSnapshot().isAuthRequired) queue.retryNow();
  }, [dataUpdatedAt, queue]);

  const view = useMemo(() => mergeCapture(state, snapshot), [state, snapshot]);
  return {
    state,
    view,
    snapshot,
    queue,
    isAuthRequired: snapshot.isAuthRequired || isSessionExpired,
    /** The last poll failed for another reason: what is shown may be behind. */
    isPollFailing: query.isError && !isSessionExpired,
    dataUpdatedAt,
  };
}
