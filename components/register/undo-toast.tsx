// The toast after each register change: says what happened and offers "Undo" while the undo window lasts.
"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type TProps = { message: string | null; canUndo: boolean; isUndoing: boolean; onUndo: () => void };

export function UndoToast({ message, canUndo, isUndoing, onUndo }: TProps) {
  const t = useTranslations("register.undo");
  return (
    // Always mounted, so screen readers announce each new message in the live region.
    <div
      role="status"
      aria-live="polite"
      className={
        message
          ? "fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-lg items-center justify-between gap-4 rounded-lg bg-slate-900 px-4 py-3 text-sm text-white shadow-lg"
          : "sr-only"
      }
    >
      <span>{message}</span>
      {message && canUndo ? (
        <Button variant="secondary" size="sm" onClick={onUndo} disabled={isUndoing}>
          {t("action")}
        </Button>
      ) : null}
    </div>
  );
}
