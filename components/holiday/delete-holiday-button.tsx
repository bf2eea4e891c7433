// "Delete" for one holiday, after a confirmation naming it and its day; the list then shows it gone.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
import { deleteHolidayAction } from "@/lib/holiday/actions";

type TProps = {
  holidayId: string;
  version: number;
  name: string;
  dateLabel: string;
  /** Told once the holiday is deleted, before the list is drawn without it (and without this button). */
  onDeleted: () => void;
};

export function DeleteHolidayButton({ holidayId, version, name, dateLabel, onDeleted }: TProps) {
  const t = useTranslations("holiday");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteHolidayAction({ holidayId, version });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onDeleted();
      router.refresh();
    });

  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger={
          <Button variant="secondary" size="sm" disabled={isPending} aria-label={t("deleteLabel", { name })}>
            {t("delete")}
          </Button>
        }
        title={t("deleteTitle", { name })}
        description={t("deleteDescription", { date: dateLabel })}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={t("keep")}
        onConfirm={remove}
      />
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
