// A labelled form field with its error underneath, linked by aria-describedby (programme and
// organisation forms share it).
import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";

export type TFieldProps = { name: string; label: string; errors?: Record<string, string[]>; hint?: string };

/** The props a control needs so screen readers hear its error. */
export function fieldA11y(name: string, errors?: Record<string, string[]>) {
  const hasError = Boolean(errors?.[name]?.length);
  return {
    id: name,
    name,
    "aria-invalid": hasError || undefined,
    "aria-describedby": hasError ? `${name}-error` : undefined,
  };
}

export function FormField({ name, label, errors, hint, children }: TFieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={name}>{label}</Label>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {children}
      <FieldError id={`${name}-error`} messages={errors?.[name]} />
    </div>
  );
}

export const selectClass =
  "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-600";
