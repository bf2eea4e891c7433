// Buttons that move a meeting to its next status; cancelling asks first, and failures stay on screen.
"use client";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeMeetingStatusAction } from "@/lib/meeting/actions";
import { Button, buttonVariants } from "@/components/ui/button";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

type TProps = {
  meetingId: string;
  status: MeetingStatus;
  version: number;
  nextStatuses: readonly MeetingStatus[];
};

export function StatusActions({ meetingId, status, version, nextStatuses }: TProps) {
  const t = useTranslations("meeting");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const move = (to: MeetingStatus) => {
    setError(null);
    startTransition(async () => {
      const result = await changeMeetingStatusAction({ meetingId, to, version });
      if (!result.ok) {
        setError(result.message);
        // Show what the other person saved, so the next attempt starts from the current version.
        if (result.code === "CONFLICT") router.refresh();
      }
    });
  };

  const label = (to: MeetingStatus) =>
    status === "MINUTES_IN_REVIEW" && to === "MINUTES_DRAFT"
      ? t("statusActions.anotherRound")
      : t(`statusActions.to.${to}`);

  return (
    <section aria-labelledby="status-actions-title" className="space-y-2">
      <h2 id="status-actions-title" className="sr-only">
        {t("statusActions.title")}
      </h2>
      <div className="flex flex-wrap gap-2">
        {nextStatuses.map((to) =>
          to === "CANCELLED" ? (
            <AlertDialog.Root key={to}>
              <AlertDialog.Trigger asChild>
                <Button variant="secondary" disabled={isPending}>
                  {label(to)}
                </Button>
              </AlertDialog.Trigger>
              <AlertDialog.Portal>
                <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
                <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[min(28rem,90vw)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-lg">
                  <AlertDialog.Title className="text-lg font-semibold text-slate-900">
                    {t("cancelDialog.title")}
                  </AlertDialog.Title>
                  <AlertDialog.Description className="text-sm text-slate-700">
                    {t("cancelDialog.description")}
                  </AlertDialog.Description>
                  <div className="flex justify-end gap-2">
                    <AlertDialog.Cancel className={buttonVariants({ variant: "secondary" })}>
                      {t("cancelDialog.keep")}
                    </AlertDialog.Cancel>
                    <AlertDialog.Action
                      className={buttonVariants({ variant: "destructive" })}
                      onClick={() => move(to)}
                    >
                      {t("cancelDialog.confirm")}
                    </AlertDialog.Action>
                  </div>
                </AlertDialog.Content>
              </AlertDialog.Portal>
            </AlertDialog.Root>
          ) : (
            <Button key={to} onClick={() => move(to)} disabled={isPending}>
              {label(to)}
            </Button>
          ),
        )}
      </div>
      <p aria-live="polite" className="text-sm text-slate-600">
        {isPending ? t("statusActions.working") : null}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
