// Records a decision as the co-chairs word it; the server numbers it. Ctrl+Enter queues it.
"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ZCreateDecision, type TDecision } from "@/lib/decision/schema";
import { AgendaSelect } from "./agenda-select";
import { useCaptureContext } from "./capture-context";
import { FormField, textareaClass } from "@/components/ui/form-field";
import { FormFooter } from "./form-footer";
import type { TFieldErrors } from "./queue-types";
import { checkInput } from "@/lib/validation";
import { useEntryForm } from "./use-entry-form";

export type TDecisionValues = { text: string; agendaItemId: string };

export const decisionValues = (d: TDecision): TDecisionValues => ({
  text: d.text,
  agendaItemId: d.agendaItemId ?? "",
});

type TProps = {
  idPrefix: string;
  initial: TDecisionValues;
  onSave: (values: TDecisionValues) => void;
  onCancel?: () => void;
  serverErrors?: TFieldErrors;
  isEdit?: boolean;
};

export function DecisionForm({ idPrefix, initial, onSave, onCancel, serverErrors, isEdit = false }: TProps) {
  const t = useTranslations("capture");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { state: draftState } = useCaptureContext();
  const form = useEntryForm<TDecisionValues>({
    initial,
    draftKey: isEdit ? undefined : `notulen:capture-draft:${draftState.meeting.id}:${idPrefix}`,
    check: (v) => checkInput(ZCreateDecision, v),
    onSave: (v) => {
      onSave(v);
      if (!isEdit) textRef.current?.focus();
    },
    afterSave: isEdit ? undefined : (v) => ({ ...v, text: "" }),
    onCancel,
  });
  const errors = form.errorsFor(serverErrors);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      onKeyDown={form.onKeyDown}
      aria-label={isEdit ? t("decision.editLabel") : t("decision.newLabel")}
      className="space-y-3"
      data-new-form={isEdit ? undefined : "decision"}
    >
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
      {isEdit ? (
        <AgendaSelect
          id={id("item")}
          value={form.values.agendaItemId}
          onChange={form.set("agendaItemId")}
          errors={errors("agendaItemId")}
        />
      ) : null}
      <FormFooter formError={errors("_form")} onCancel={onCancel} isEdit={isEdit} />
    </form>
  );
}
