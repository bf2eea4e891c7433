// One write of the review screen: the shared zod schema checked in the browser first (its messages
// in the page's language), then the server action; what only the server knows comes back under
// the same fields, already in the reader's language. After a success — or a refusal because the
// version closed meanwhile — the page is fetched again, so the comments and answers shown are
// what the server holds.
"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TActionResult } from "@/lib/action/result";
import type { TFieldErrors } from "@/lib/errors";
import { checkInput } from "@/lib/validation";

type TOptions<I, T> = {
  schema: z.ZodType;
  send: (input: I) => Promise<TActionResult<T>>;
  /** The message on top when the browser's own check fails. */
  fixErrors: string;
};

export function useReviewWrite<I, T>({ schema, send, fixErrors }: TOptions<I, T>) {
  const issueText = useIssueText();
  const router = useRouter();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(input: I, onDone: (data: T) => void) {
    const issues = checkInput(schema, input);
    if (issues) {
      setErrors(issueText(issues));
      setMessage(fixErrors);
      return;
    }
    setErrors({});
    setMessage(null);
    startTransition(async () => {
      const result = await send(input);
      if (result.ok) {
        onDone(result.data);
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      if (result.code === "CONFLICT") router.refresh();
    });
  }

  return { errors, message, isPending, submit };
}
