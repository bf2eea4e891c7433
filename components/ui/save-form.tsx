// The forms that save a record through a server action from their FormData (organisation, person,
// programme): the shared zod schema is checked in the browser first (its messages in the reader's
// language), then what only the server knows comes back under the same fields, with one message
// on top saying what to do.
"use client";
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TActionResult } from "@/lib/action/result";
import type { TFieldErrors } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { checkInput } from "@/lib/validation";

type TOptions<T> = {
  schema: z.ZodType;
  /** The schema's input read off the form (the same reader the server action uses). */
  valuesOf: (form: FormData) => unknown;
  save: (form: FormData) => Promise<TActionResult<T>>;
  /** The message on top when the browser's own check fails. */
  fixErrors: string;
  onSaved: (data: T) => void | Promise<void>;
};

export function useSaveForm<T>({ schema, valuesOf, save, fixErrors, onSaved }: TOptions<T>) {
  const issueText = useIssueText();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const issues = checkInput(schema, valuesOf(form));
    if (issues) {
      setErrors(issueText(issues));
      setMessage(fixErrors);
      return;
    }
    startTransition(async () => {
      const result = await save(form);
      if (result.ok) {
        await onSaved(result.data);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  }

  return { errors, message, isPending, onSubmit };
}

type TProps = {
  form: ReturnType<typeof useSaveForm>;
  saveLabel: string;
  savingLabel: string;
  className?: string;
  children: ReactNode;
};

export function SaveForm({ form, saveLabel, savingLabel, className, children }: TProps) {
  return (
    <form onSubmit={form.onSubmit} noValidate className={cn("max-w-xl space-y-5", className)}>
      {form.message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {form.message}
        </p>
      ) : null}
      {children}
      <Button type="submit" disabled={form.isPending}>
        {form.isPending ? savingLabel : saveLabel}
      </Button>
    </form>
  );
}
