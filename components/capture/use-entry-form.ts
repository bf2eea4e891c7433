// What the remark, decision and action-item forms share: their values, the shared zod schema
// checked before anything is queued (its messages in the reader's language), Ctrl/⌘+Enter to save
// from any field, Escape to cancel an edit, and the server's messages under the same fields.
"use client";
import { useEffect, useState, type FormEvent, type KeyboardEvent } from "react";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TFieldErrors, TFieldIssues } from "@/lib/errors";

type TOptions<V> = {
  initial: V;
  /** Field issues (`checkInput` with the shared schema), or null when the values may be queued. */
  check: (values: V) => TFieldIssues | null;
  onSave: (values: V) => void;
  /** Values of the emptied form after a save (create forms); absent for edit forms. */
  afterSave?: (values: V) => V;
  onCancel?: () => void;
  /**
   * Where a new entry's typing is kept until it is saved (localStorage), so a reload or a crashed
   * tab in the middle of a long remark does not lose it. Absent for edit forms.
   */
  draftKey?: string;
};

/** The draft kept under `key`, over the form's initial values; the initial values when none is. */
export function readDraft<V extends Record<string, string>>(key: string | undefined, initial: V): V {
  if (!key || typeof window === "undefined") return initial;
  try {
    const saved = JSON.parse(window.localStorage.getItem(key) ?? "null") as unknown;
    if (typeof saved !== "object" || saved === null) return initial;
    const picked = Object.fromEntries(
      Object.keys(initial).flatMap((k) => {
        const v = (saved as Record<string, unknown>)[k];
        return typeof v === "string" ? [[k, v]] : [];
      }),
    );
    return { ...initial, ...picked };
  } catch {
    return initial;
  }
}

/** Keeps the draft while it holds typing; forgets it once the form is back to its initial values. */
export function writeDraft(
  key: string | undefined,
  values: Record<string, string>,
  initial: Record<string, string>,
) {
  if (!key) return;
  try {
    const isEmpty = Object.keys(initial).every((k) => (values[k] ?? "") === (initial[k] ?? ""));
    if (isEmpty) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(values));
  } catch {
    // Storage full or refused (private mode): the form still works, only without a kept draft.
  }
}

export function useEntryForm<V extends Record<string, string>>(options: TOptions<V>) {
  const [values, setValues] = useState<V>(options.initial);
  const { draftKey, initial } = options;
  // The draft is read after the first render: the server-rendered form is the empty one.
  useEffect(() => {
    // Browser storage exists only after hydration; reading it here is what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (draftKey) setValues(readDraft(draftKey, initial));
    // Only when the form (its key) changes, not on every render's fresh `initial` object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);
  useEffect(() => {
    writeDraft(draftKey, values, initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey, values]);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const issueText = useIssueText();

  const set = (key: keyof V & string) => (value: string) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    // A corrected field stops showing its old message.
    setErrors((prev) => (prev[key] ? { ...prev, [key]: [] } : prev));
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const found = options.check(values);
    if (found) {
      setErrors(issueText(found));
      // Take the keyboard to the first field to fix.
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    options.onSave(values);
    if (options.afterSave) setValues(options.afterSave(values));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      const form = e.currentTarget;
      // After this key's own updates (a combobox taking its highlighted match) are rendered.
      setTimeout(() => form.requestSubmit(), 0);
    } else if (e.key === "Escape" && options.onCancel) {
      e.preventDefault();
      options.onCancel();
    }
  };

  /** Messages for a field: this form's own check first, else what the server said (translated). */
  const errorsFor = (server: TFieldErrors | undefined) => (key: string) => errors[key] ?? server?.[key];

  return { values, set, setValues, onSubmit, onKeyDown, errorsFor };
}
