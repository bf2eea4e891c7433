// The capture screen's data: the polled state (every 3 s, so a colleague's entries appear), this
// screen's save queue (made with the screen, connected while it is mounted), and the two merged
// into what the screen shows.
"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { TCaptureState } from "@/lib/record/capture-schema";
import { ApiError } from "@/components/api/client";
import { fetchCaptureState, sendOperation } from "./api";
import { applySettled, type TSaveLog } from "./cache";
import { openCaptureSession } from "./capture-session";
import { mergeCapture } from "./merge";
import { captureKeys } from "./query-keys";
import type { TQueueSnapshot } from "./queue-types";

export const POLL_MS = 3_000;

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

/** One poll, with the confirmations that arrived while it was on its way laid over its answer. */
async function poll(meetingId: string, log: TSaveLog | null, signal: AbortSignal): Promise<TCaptureState> {
  const startedAt = Date.now();
  const state = await fetchCaptureState(meetingId, signal);
  return log ? log.withLateConfirmations(state, startedAt) : state;
}

export function useCapture(meetingId: string, initialData: TCaptureState) {
  const queryClient = useQueryClient();
  // One session per screen (the page keys the screen by meeting); no browser, no session.
  const [session] = useState(() =>
    typeof window === "undefined"
      ? null
      : openCaptureSession({
          meetingId,
          send: (op) => sendOperation(meetingId, op),
          onSettled: (event) =>
            queryClient.setQueryData<TCaptureState>(captureKeys.state(meetingId), (old) =>
              old ? applySettled(old, event) : old,
            ),
        }),
  );
  useEffect(() => session?.connect(), [session]);
  const queue = session?.queue ?? null;
  const snapshot = useSyncExternalStore(
    queue?.subscribe ?? noSubscribe,
    queue?.getSnapshot ?? emptySnapshot,
    emptySnapshot,
  );
  const key = captureKeys.state(meetingId);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => poll(meetingId, session?.log ?? null, signal),
    initialData,
    refetchInterval: POLL_MS,
    retry: false,
  });
  // Read from the cache itself: the queue's confirmations are written there synchronously, and
  // this render (triggered by the queue) must already see them, or a saved entry would blink.
  const state = queryClient.getQueryData<TCaptureState>(key) ?? query.data;
  const isSessionExpired = query.error instanceof ApiError && query.error.status === 401;

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
    log: session?.log ?? null,
    isAuthRequired: snapshot.isAuthRequired || isSessionExpired,
    /** The last poll failed for another reason: what is shown may be behind. */
    isPollFailing: query.isError && !isSessionExpired,
    dataUpdatedAt,
  };
}
