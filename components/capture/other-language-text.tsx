// An entry's wording in the other language than the record's, under the text it translates: quieter,
// and marked with its language so a screen reader pronounces it right.
"use client";
import { languagePair } from "@/lib/programme/record-language";
import { cn } from "@/lib/utils";
import { useCaptureContext } from "./capture-context";

export function OtherLanguageText({ text, className }: { text: string | null; className?: string }) {
  const { state } = useCaptureContext();
  if (!text) return null;
  const [, other] = languagePair(state.meeting.recordLanguage);
  return (
    <span lang={other} className={cn("mt-1 block whitespace-pre-wrap text-sm text-slate-700", className)}>
      {text}
    </span>
  );
}
