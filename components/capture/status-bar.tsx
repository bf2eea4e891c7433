// Says whether everything typed has reached the server ("All changes saved"), what is waiting and
// when the next try is, and when the device is offline or the session expired. Screen readers hear
// each change of state once, not the countdown.
"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { TQueueSnapshot } from "./queue-types";

type TProps = {
  snapshot: TQueueSnapshot;
  isAuthRequired: boolean;
  isPollFailing: boolean;
  lastPolled: string;
  onRetryNow: () => void;
};

/** The current time, ticking each second while `isTicking`. */
function useClock(isTicking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [isTicking]);
  return now;
}

export function StatusBar({ snapshot, isAuthRequired, isPollFailing, lastPolled, onRetryNow }: TProps) {
  const t = useTranslations("capture.status");
  const waiting = snapshot.ops.filter((o) => o.stop === null).length;
  const stopped = snapshot.ops.length - waiting;
  const now = useClock(snapshot.nextRetryAt !== null);
  const seconds =
    snapshot.nextRetryAt === null ? 0 : Math.max(1, Math.ceil((snapshot.nextRetryAt - now) / 1000));

  let tone: "ok" | "busy" | "warn" = "ok";
  let spoken: string;
  let shown: string;
  if (!snapshot.isOnline) {
    tone = "warn";
    spoken = shown = t("offline", { count: waiting });
  } else if (isAuthRequired) {
    tone = "warn";
    spoken = shown = t("sessionExpired", { count: waiting });
  } else if (waiting > 0 && snapshot.nextRetryAt !== null) {
    tone = "warn";
    spoken = t("retrying", { count: waiting });
    shown = t("retryingIn", { count: waiting, seconds });
  } else if (waiting > 0) {
    tone = "busy";
    spoken = shown = t("saving", { count: waiting });
  } else if (stopped > 0) {
    // Nothing is on its way, but what is held back is not saved: never say "all saved" then.
    tone = "warn";
    spoken = shown = t("othersSaved");
  } else {
    spoken = shown = t("allSaved");
  }

  return (
    <div
      className={cn(
        "flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md border px-3 py-2 text-sm",
        tone === "ok" && "border-green-200 bg-green-50 text-green-900",
        tone === "busy" && "border-slate-200 bg-slate-50 text-slate-800",
        tone === "warn" && "border-amber-300 bg-amber-50 text-amber-950",
      )}
      data-testid="capture-status"
    >
      <p aria-hidden>{shown}</p>
      <p className="sr-only" role="status" aria-live="polite">
        {spoken}
        {stopped > 0 ? ` ${t("needsAttention", { count: stopped })}` : ""}
      </p>
      {waiting > 0 && snapshot.nextRetryAt !== null && snapshot.isOnline ? (
        <Button type="button" size="sm" variant="secondary" onClick={onRetryNow}>
          {t("retryNow")}
        </Button>
      ) : null}
      {stopped > 0 ? (
        <p aria-hidden className="font-medium text-red-800">
          {t("needsAttention", { count: stopped })}
        </p>
      ) : null}
      {isPollFailing && snapshot.isOnline ? (
        <p className="text-slate-700">{t("pollFailing", { time: lastPolled })}</p>
      ) : null}
    </div>
  );
}
