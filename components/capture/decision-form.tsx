// Records a decision as the co-chairs word it; the server numbers it. Ctrl+Enter queues it.
"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormField, textareaClass } from "@/components/ui/form-field";
import { ZCreateDecision, type TDecision } from "@/lib/decision/schema";
import { checkInput } from "@/lib/validation";
import { CaptureForm, EntryAgendaSelect, useCaptureForm, type TCaptureFormProps } from "./capture-form";

export type TDecisionValues = { text: string; agendaItemId: string };

export const decisionValues = (d: TDecision): TDecisionValues => ({
  text: d.text,
  agendaItemId: d.agendaItemId ?? "",
});

export function DecisionForm(props: TCaptureFormProps<TDecisionValues>) {
  const t = useTranslations("capture");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const form = useCaptureForm<TDecisionValues>("decision", props, {
    check: (v) => checkInput(ZCreateDecision, v),
    clear: (v) => ({ ...v, text: "" }),
    firstField: textRef,
  });
  const { errors, id } = form;
  return (
    <CaptureForm form={form}>
      <FormField
        id={id("text")}
        name={null}
        label={t("decision.text")}
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
      <EntryAgendaSelect form={form} />
    </CaptureForm>
  );
}
