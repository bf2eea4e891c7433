// Opens the written no-objection procedure on the latest version: the deadline in working days
// (the date it gives shown as it is typed) and a confirmation first, since every reviewer is
// e-mailed.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
import type { TFieldErrors } from "@/lib/errors";
import { DEFAULT_REVIEW_WORKING_DAYS } from "@/lib/minutes/review-schema";
import { openNoObjectionAction } from "@/lib/minutes/review-actions";
import { deadlineOf, useDayText, WorkingDaysField, type TDeadlineCalendar } from "./working-days-field";

type TProps = { meetingId: string; number: number; isReopening: boolean; calendar: TDeadlineCalendar };

export function OpenNoObjectionForm({ meetingId, number, isReopening, calendar }: TProps) {
  const t = useTranslations("consolidation.noObjection");
  const router = useRouter();
  const dayText = useDayText();
  const [days, setDays] = useState(String(DEFAULT_REVIEW_WORKING_DAYS));
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const deadline = deadlineOf(days, calendar);

  const open = () => {
    setMessage(null);
    setErrors({});
    startTransition(async () => {
      const result = await openNoObjectionAction({ meetingId, number, workingDays: Number(days) });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      router.refresh();
    });
  };

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-3">
      <WorkingDaysField
        id="no-objection-working-days"
        value={days}
        onChange={setDays}
        calendar={calendar}
        errors={errors.workingDays}
      />
      <ConfirmDialog
        trigger={
          <Button type="button" disabled={isPending || !deadline}>
            {isPending ? t("working") : t(isReopening ? "reopenOn" : "openOn", { number })}
          </Button>
        }
        title={t("confirmTitle")}
        description={t("confirmText", { number, date: deadline ? dayText(deadline) : "" })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        confirmVariant="default"
        onConfirm={open}
      />
      <ErrorText>{message}</ErrorText>
    </form>
  );
}
