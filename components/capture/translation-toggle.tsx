// The capture forms' wording in the other language than the record's: behind one button per form,
// so the screen stays calm while the meeting runs, and shown whenever the entry has such wording.
"use client";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { hasAnyText, languagePair } from "@/lib/programme/record-language";
import { cn } from "@/lib/utils";
import { useCaptureContext } from "./capture-context";

/**
 * Whether the form shows its other-language fields: as the user last chose, else while any of
 * them holds text (an entry with a translation opens with it, a cleared form closes again).
 */
export function useTranslationFields(values: Record<string, string>, keys: readonly string[]) {
  const { state } = useCaptureContext();
  const tLanguage = useTranslations("language");
  const [choice, setChoice] = useState<boolean | null>(null);
  const hasText = hasAnyText(values, keys);
  const isShown = choice ?? hasText;
  const [first, second] = languagePair(state.meeting.recordLanguage);
  return {
    isShown,
    hasText,
    toggle: () => setChoice(!isShown),
    first,
    second,
    /** The language's name, to put in a label. */
    name: (locale: typeof first) => tLanguage(locale),
  };
}

type TTranslation = ReturnType<typeof useTranslationFields>;

/** A field and its other-language twin: side by side once shown (one under the other on a phone). */
export function FieldPair({ translation, children }: { translation: TTranslation; children: ReactNode }) {
  // Always the same element, so showing the twin never remounts (and unfocuses) the first field.
  return <div className={cn("grid gap-3", translation.isShown && "sm:grid-cols-2")}>{children}</div>;
}

export function TranslationToggle({
  translation,
  controls,
}: {
  translation: TTranslation;
  controls: string;
}) {
  const t = useTranslations("bilingual.capture");
  const language = translation.name(translation.second);
  const label = translation.isShown
    ? t("hide", { language })
    : translation.hasText
      ? t("show", { language })
      : t("add", { language });
  return (
    <Button
      type="button"
      variant="link"
      size="sm"
      className="h-auto px-0 py-1"
      aria-expanded={translation.isShown}
      // Only while the field exists: a reference to a missing element is an error to screen readers.
      aria-controls={translation.isShown ? controls : undefined}
      onClick={translation.toggle}
    >
      {label}
    </Button>
  );
}
