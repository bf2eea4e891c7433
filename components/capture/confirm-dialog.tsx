// Asks before something is thrown away (deleting an entry, discarding an unsaved one), naming it.
"use client";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRef } from "react";
import { Button, buttonVariants } from "@/components/ui/button";

type TProps = {
  triggerLabel: string;
  /** For screen readers when the trigger's text alone is ambiguous ("Delete" in a list). */
  triggerAriaLabel?: string;
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Where the keyboard goes when the dialog closes and its trigger is gone (the entry was deleted). */
  onClosed?: () => void;
};

export function ConfirmDialog(props: TProps) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button ref={triggerRef} type="button" variant="ghost" size="sm" aria-label={props.triggerAriaLabel}>
          {props.triggerLabel}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,90vw)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-lg"
          onCloseAutoFocus={(e) => {
            if (!props.onClosed || triggerRef.current?.isConnected) return;
            e.preventDefault();
            props.onClosed();
          }}
        >
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">
            {props.title}
          </AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-slate-700">
            {props.description}
          </AlertDialog.Description>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonVariants({ variant: "secondary" })}>
              {props.cancelLabel}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              className={buttonVariants({ variant: "destructive" })}
              onClick={props.onConfirm}
            >
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
