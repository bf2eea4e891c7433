// Asks before something is thrown away or cannot be undone (deleting an entry, removing an agenda
// item, cancelling a meeting, merging an organisation), naming what will happen.
"use client";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRef, type ReactElement, type ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type TProps = {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: string;
  /** What will happen: a sentence, or several blocks (a list of what moves). */
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Where the keyboard goes when the dialog closes and its trigger is gone (the entry was deleted). */
  onClosed?: () => void;
  /** For a long description. */
  isWide?: boolean;
  /** The confirming button's look: red for what is thrown away (the default), blue for a send. */
  confirmVariant?: "destructive" | "default";
};

export function ConfirmDialog(props: TProps) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild ref={triggerRef}>
        {props.trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          className={cn(
            "fixed left-1/2 top-1/2 z-50 -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-lg",
            props.isWide ? "w-[min(32rem,90vw)]" : "w-[min(28rem,90vw)]",
          )}
          onCloseAutoFocus={(e) => {
            if (!props.onClosed || triggerRef.current?.isConnected) return;
            e.preventDefault();
            props.onClosed();
          }}
        >
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">
            {props.title}
          </AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="space-y-2 text-sm text-slate-700">{props.description}</div>
          </AlertDialog.Description>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonVariants({ variant: "secondary" })}>
              {props.cancelLabel}
            </AlertDialog.Cancel>
            <AlertDialog.Action
              className={buttonVariants({ variant: props.confirmVariant ?? "destructive" })}
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
