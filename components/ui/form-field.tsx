// One labelled form control with its hint and error underneath, linked by aria-describedby, so a
// screen reader hears what is wrong. Every form of the app uses it.
"use client";
import { cloneElement, type ReactElement } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

type TProps = {
  /** The control's id (and, unless `name` is given, its form field name). */
  id: string;
  label: string;
  /** Messages to show, already in the reader's language. */
  errors?: string[];
  /** A hint under the control (read after the label). */
  hint?: string;
  /** The form field name, when it differs from the id; null for a control outside a form post. */
  name?: string | null;
  /** The wrapper's classes (its width, say). */
  className?: string;
  /** The control; an aria-describedby of its own is read before the error and the hint. */
  children: ReactElement<Record<string, unknown>>;
};

export function FormField({ id, label, errors, hint, name, className, children }: TProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const hasError = Boolean(errors?.length);
  const describedBy = [children.props["aria-describedby"], hasError ? errorId : null, hint ? hintId : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={id}>{label}</Label>
      {cloneElement(children, {
        id,
        ...(name === null ? {} : { name: name ?? id }),
        "aria-invalid": hasError || undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

export const controlClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-600";
export const selectClass = `h-10 ${controlClass}`;
export const textareaClass = `min-h-24 py-2 ${controlClass}`;
