// Remove an agenda item, after a confirmation naming it.
"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type TProps = { title: string; disabled: boolean; onConfirm: () => void };

export function RemoveItemButton({ title, disabled, onConfirm }: TProps) {
  const t = useTranslations("meeting.agendaBuilder");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" disabled={disabled} aria-label={t("removeLabel", { title })}>
          {t("remove")}
        </Button>
      }
      title={t("removeTitle")}
      description={t("removeDescription", { title })}
      confirmLabel={t("confirmRemove")}
      cancelLabel={t("keep")}
      onConfirm={onConfirm}
    />
  );
}
