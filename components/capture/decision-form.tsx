// Records a decision as the co-chairs word it; the server numbers it. Ctrl+Enter queues it. Its
// wording in the other language than the record's is optional (translation-toggle.tsx).
"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormField, textareaClass } from "@/components/ui/form-field";
import { ZCreateDecision, type TDecision } from "@/lib/decision/schema";
import { checkInput } from "@/lib/validation";
import { CaptureForm, EntryAgendaSelect, useCaptureForm, type TCaptureFormProps } from "./capture-form";
import { FieldPair, TranslationToggle, useTranslationFields } from "./translation-toggle";

export type TDecisionValues = { text: string; textTranslation: string; agendaItemId: string };

const TRANSLATIONS = ["textTranslation"] as const;

export const decisionValues = (d: TDecision): TDecisionValues => ({
  text: d.text,
  textTranslation: d.textTranslation ?? "",
  agendaItemId: d.agendaItemId ?? "",
});

export function DecisionForm(props: TCaptureFormProps<TDecisionValues>) {
  const t = useTranslations("capture");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const form = useCaptureForm<TDecisionValues>("decision", props, {
    check: (v) => checkInput(ZCreateDecision, v),
    clear: (v) => ({ ...v, text: "", textTranslation: "" }),
    firstField: textRef,
  });
  const { errors, id } = form;
  const translation = useTranslationFields(form.values, TRANSLATIONS);
  const { isShown, first, second, name } = translation;
  const tBilingual = useTranslations("bilingual.capture");
  return (
    <CaptureForm form={form}>
      <FieldPair translation={translation}>
        <FormField
          id={id("text")}
          name={null}
          label={isShown ? tBilingual("decision", { language: name(first) }) : t("decision.text")}
          errors={errors("text")}
          hint={t("decision.hint")}
        >
          <textarea
            ref={textRef}
            className={textareaClass}
            value={form.values.text}
            onChange={(e) => form.set("text")(e.target.value)}
          />
        </FormField>
        {isShown ? (
          <FormField
            id={id("text-translation")}
            name={null}
            label={tBilingual("decision", { language: name(second) })}
            errors={errors("textTranslation")}
          >
            <textarea
              lang={second}
              className={textareaClass}
              value={form.values.textTranslation}
              onChange={(e) => form.set("textTranslation")(e.target.value)}
            />
          </FormField>
        ) : null}
      </FieldPair>
      <TranslationToggle translation={translation} controls={id("text-translation")} />
      <EntryAgendaSelect form={form} />
    </CaptureForm>
  );
}
