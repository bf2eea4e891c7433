// A labelled form control with its error underneath, linked by aria-describedby.
"use client";
import type { ReactElement } from "react";
import { cloneElement } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";

type TProps = {
  id: string;
  label: string;
  errors?: string[];
  children: ReactElement<Record<string, unknown>>;
};

export function Field({ id, label, errors, children }: TProps) {
  const errorId = `${id}-error`;
  const hasError = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      {cloneElement(children, {
        id,
        "aria-invalid": hasError || undefined,
        "aria-describedby": hasError ? errorId : undefined,
      })}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

export const selectClass =
  "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm focus-visible:outline-2 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-600";
