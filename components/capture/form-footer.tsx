// The foot of every capture form: Save with its shortcut, Cancel for edits, and a message that
// belongs to no single field (a closed record, say).
"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";

export function FormFooter({
  formError,
  onCancel,
  isEdit,
  saveLabel,
}: {
  formError?: string[];
  onCancel?: () => void;
  isEdit: boolean;
  saveLabel?: string;
}) {
  const t = useTranslations("capture.form");
  return (
    <div className="space-y-2">
      <ErrorText>{formError?.join(" ")}</ErrorText>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm">
          {saveLabel ?? (isEdit ? t("saveChanges") : t("save"))}
        </Button>
        <span className="text-xs text-slate-600" aria-hidden>
          {t("saveShortcut")}
        </span>
        {onCancel ? (
          <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
