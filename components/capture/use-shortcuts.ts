// The capture screen's keys that work from anywhere on it: Alt+↑/↓ for the agenda item,
// Alt+Shift+R/D/A to jump to the remark, decision or action-item form.
"use client";
import { useEffect } from "react";
import { focusNewForm } from "./focus";

const FORMS = { KeyR: "remark", KeyD: "decision", KeyA: "action" } as const;

export function useShortcuts(onMoveItem: (by: 1 | -1) => void, canWrite: boolean): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      // A confirmation dialog has the keyboard to itself.
      if (document.querySelector('[role="alertdialog"]')) return;
      if (!e.shiftKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
        e.preventDefault();
        onMoveItem(e.key === "ArrowDown" ? 1 : -1);
        return;
      }
      // e.code, not e.key: Alt+letter types a symbol on a Mac.
      const form = FORMS[e.code as keyof typeof FORMS];
      if (e.shiftKey && form && canWrite) {
        e.preventDefault();
        focusNewForm(form);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onMoveItem, canWrite]);
}
