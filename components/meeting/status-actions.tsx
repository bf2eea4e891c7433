// Buttons that move a meeting to its next status; cancelling asks first, and failures stay on screen.
"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeMeetingStatusAction } from "@/lib/meeting/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
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
            <ConfirmDialog
              key={to}
              trigger={
                <Button variant="secondary" disabled={isPending}>
                  {label(to)}
                </Button>
              }
              title={t("cancelDialog.title")}
              description={t("cancelDialog.description")}
              confirmLabel={t("cancelDialog.confirm")}
              cancelLabel={t("cancelDialog.keep")}
              onConfirm={() => move(to)}
            />
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
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
