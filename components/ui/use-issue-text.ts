// Field issues found in the browser (a shared zod schema checked before sending) as messages in
// the reader's language. Answers from the server arrive already translated.
"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { TFieldErrors, TFieldIssues } from "@/lib/errors";

export function useIssueText(): (issues: TFieldIssues | null | undefined) => TFieldErrors {
  const t = useTranslations();
  return useCallback(
    (issues) =>
      Object.fromEntries(
        Object.entries(issues ?? {}).map(([field, refs]) => [field, refs.map((r) => t(r.key, r.params))]),
      ),
    [t],
  );
}
