// One capture screen's background work: its save queue, its log of confirmations, and the wiring
// to the browser (online/offline, the tab's heartbeat, taking over what closed tabs left). Made
// per screen and connected while it is mounted; disconnecting leaves no listener or timer behind,
// and unsent operations stay stored for the next screen (or another tab) to send. Plain
// TypeScript, no React, so it is unit-tested with a fake browser.
import { createSaveLog, type TSaveLog } from "./cache";
import { isPatchApplied, referencedIds } from "./entry-fields";
import { openTabStorage, type TTabStorage } from "./queue-storage";
import type { TOperation, TSendOutcome, TSettled } from "./queue-types";
import { createSaveQueue, type TSaveQueue } from "./save-queue";

export const HEARTBEAT_MS = 5_000;

/** The parts of `window` the session uses. */
export type TBrowser = Pick<Window, "addEventListener" | "removeEventListener"> & {
  navigator: { onLine: boolean };
  localStorage: Storage;
  sessionStorage: Storage;
};

export type TCaptureSession = {
  queue: TSaveQueue;
  log: TSaveLog;
  /** Starts sending and listening; returns what stops it all again. */
  connect: () => () => void;
};

type TOptions = {
  meetingId: string;
  send: (op: TOperation) => Promise<TSendOutcome>;
  /** Each answer, after the log has it: the screen puts the record into its cache. */
  onSettled: (event: TSettled) => void;
  browser?: TBrowser;
  now?: () => number;
};

function openStorage(browser: TBrowser, meetingId: string, now: () => number): TTabStorage | null {
  try {
    return openTabStorage(browser.localStorage, browser.sessionStorage, meetingId, now);
  } catch {
    return null; // storage blocked (privacy settings): the queue still works for this screen
  }
}

export function openCaptureSession({
  meetingId,
  send,
  onSettled,
  browser = window,
  now = () => Date.now(),
}: TOptions): TCaptureSession {
  const log = createSaveLog();
  const storage = openStorage(browser, meetingId, now);
  const queue = createSaveQueue({
    send,
    storage: storage ?? undefined,
    dependsOn: referencedIds,
    isPatchApplied,
    onSettled: (event) => {
      log.settled(event, now());
      onSettled(event);
    },
  });

  function connect() {
    const online = () => queue.setOnline(true);
    const offline = () => queue.setOnline(false);
    const adoptOrphans = () => storage && queue.adopt(storage.takeOrphans());
    const beat = () => {
      storage?.heartbeat();
      adoptOrphans();
    };
    const release = () => storage?.release();
    const resume = () => storage?.heartbeat();
    queue.setOnline(browser.navigator.onLine);
    browser.addEventListener("online", online);
    browser.addEventListener("offline", offline);
    browser.addEventListener("pagehide", release);
    browser.addEventListener("pageshow", resume);
    adoptOrphans();
    const heartbeat = storage ? setInterval(beat, HEARTBEAT_MS) : null;
    queue.start();
    return () => {
      queue.stop();
      if (heartbeat !== null) clearInterval(heartbeat);
      browser.removeEventListener("online", online);
      browser.removeEventListener("offline", offline);
      browser.removeEventListener("pagehide", release);
      browser.removeEventListener("pageshow", resume);
      // What is still unsent stays stored, free for the next screen or another tab to take.
      release();
    };
  }

  return { queue, log, connect };
}
