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

export { controlClass, selectClass, textareaClass } from "./control-class";
