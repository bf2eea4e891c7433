// One labelled form field with its error underneath, linked by aria-describedby (and a hint if given).
"use client";
import type { ReactElement } from "react";
import { cloneElement } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";

type TProps = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
};

export function FormField({ name, label, errors, hint, children }: TProps) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      {cloneElement(children, {
        id,
        name,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
