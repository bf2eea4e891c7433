// Records who said what: speaker by typing, kind by 1–4, summary and an optional quote; Ctrl+Enter
// queues it and empties the form with the cursor back in the speaker field for the next one. The
// summary and quote may carry their wording in the other language (translation-toggle.tsx).
"use client";
import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormField, textareaClass } from "@/components/ui/form-field";
import { REMARK_KINDS, ZCreateRemark, type TRemark, type TRemarkKind } from "@/lib/remark/schema";
import { checkInput } from "@/lib/validation";
import { CaptureForm, EntryAgendaSelect, useCaptureForm, type TCaptureFormProps } from "./capture-form";
import { useCaptureContext } from "./capture-context";
import { Combobox } from "./combobox";
import { FieldPair, TranslationToggle, useTranslationFields } from "./translation-toggle";

export type TRemarkValues = {
  speakerPersonId: string;
  kind: TRemarkKind;
  summary: string;
  summaryTranslation: string;
  quote: string;
  quoteTranslation: string;
  agendaItemId: string;
};

const TRANSLATIONS = ["summaryTranslation", "quoteTranslation"] as const;

export const remarkValues = (r: TRemark): TRemarkValues => ({
  speakerPersonId: r.speaker.id,
  kind: r.kind,
  summary: r.summary,
  summaryTranslation: r.summaryTranslation ?? "",
  quote: r.quote ?? "",
  quoteTranslation: r.quoteTranslation ?? "",
  agendaItemId: r.agendaItemId ?? "",
});

export function RemarkForm(props: TCaptureFormProps<TRemarkValues>) {
  const t = useTranslations("capture");
  const { people } = useCaptureContext();
  const speakerRef = useRef<HTMLInputElement>(null);
  const form = useCaptureForm<TRemarkValues>("remark", props, {
    check: (v) => checkInput(ZCreateRemark, v),
    // The kind and item stay: speakers often follow each other with statements under one item.
    clear: (v) => ({
      ...v,
      speakerPersonId: "",
      summary: "",
      summaryTranslation: "",
      quote: "",
      quoteTranslation: "",
    }),
    firstField: speakerRef,
  });
  const { errors, id } = form;
  const translation = useTranslationFields(form.values, TRANSLATIONS);
  const { isShown, first, second, name } = translation;
  const tBilingual = useTranslations("bilingual.capture");

  const onKindKey = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    const kind = REMARK_KINDS[Number(e.key) - 1];
    if (kind && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      form.set("kind")(kind);
      document.getElementById(id(`kind-${kind}`))?.focus();
    }
  };

  return (
    <CaptureForm form={form}>
      <Combobox
        id={id("speaker")}
        inputRef={speakerRef}
        label={t("remark.speaker")}
        placeholder={t("remark.speakerPlaceholder")}
        options={people}
        value={form.values.speakerPersonId}
        onChange={form.set("speakerPersonId")}
        errors={errors("speakerPersonId")}
      />
      <fieldset onKeyDown={onKindKey} className="space-y-1" aria-describedby={id("kind-hint")}>
        <legend className="text-sm font-medium text-slate-800">{t("remark.kind")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {REMARK_KINDS.map((kind, i) => (
            <label key={kind} className="flex items-center gap-1.5 text-sm text-slate-800">
              <input
                type="radio"
                id={id(`kind-${kind}`)}
                name={id("kind")}
                value={kind}
                checked={form.values.kind === kind}
                onChange={() => form.set("kind")(kind)}
                className="h-4 w-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              />
              <kbd className="rounded border border-slate-300 px-1 text-xs text-slate-600">{i + 1}</kbd>
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </div>
        <p id={id("kind-hint")} className="text-xs text-slate-600">
          {t("remark.kindHint")}
        </p>
        <FieldError id={id("kind-error")} messages={errors("kind")} />
      </fieldset>
      <FieldPair translation={translation}>
        <FormField
          id={id("summary")}
          name={null}
          label={isShown ? tBilingual("summary", { language: name(first) }) : t("remark.summary")}
          errors={errors("summary")}
        >
          <textarea
            className={textareaClass}
            value={form.values.summary}
            onChange={(e) => form.set("summary")(e.target.value)}
          />
        </FormField>
        {isShown ? (
          <FormField
            id={id("summary-translation")}
            name={null}
            label={tBilingual("summary", { language: name(second) })}
            errors={errors("summaryTranslation")}
          >
            <textarea
              lang={second}
              className={textareaClass}
              value={form.values.summaryTranslation}
              onChange={(e) => form.set("summaryTranslation")(e.target.value)}
            />
          </FormField>
        ) : null}
      </FieldPair>
      <FieldPair translation={translation}>
        <FormField
          id={id("quote")}
          name={null}
          label={isShown ? tBilingual("quote", { language: name(first) }) : t("remark.quote")}
          errors={errors("quote")}
          hint={t("remark.quoteHint")}
        >
          <textarea
            className={textareaClass.replace("min-h-24", "min-h-12")}
            value={form.values.quote}
            onChange={(e) => form.set("quote")(e.target.value)}
          />
        </FormField>
        {isShown ? (
          <FormField
            id={id("quote-translation")}
            name={null}
            label={tBilingual("quote", { language: name(second) })}
            errors={errors("quoteTranslation")}
          >
            <textarea
              lang={second}
              className={textareaClass.replace("min-h-24", "min-h-12")}
              value={form.values.quoteTranslation}
              onChange={(e) => form.set("quoteTranslation")(e.target.value)}
            />
          </FormField>
        ) : null}
      </FieldPair>
      <TranslationToggle
        translation={translation}
        controls={`${id("summary-translation")} ${id("quote-translation")}`}
      />
      <EntryAgendaSelect form={form} />
    </CaptureForm>
  );
}
