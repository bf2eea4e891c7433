// Records who said what: speaker by typing, kind by 1–4, summary and an optional quote; Ctrl+Enter
// queues it and empties the form with the cursor back in the speaker field for the next one.
"use client";
import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { REMARK_KINDS, ZCreateRemark, type TRemark, type TRemarkKind } from "@/lib/remark/schema";
import { useCaptureContext } from "./capture-context";
import { Combobox } from "./combobox";
import { AgendaSelect } from "./agenda-select";
import { FormField, textareaClass } from "@/components/ui/form-field";
import { FormFooter } from "./form-footer";
import type { TFieldErrors } from "./queue-types";
import { checkInput } from "@/lib/validation";
import { useEntryForm } from "./use-entry-form";

export type TRemarkValues = {
  speakerPersonId: string;
  kind: TRemarkKind;
  summary: string;
  quote: string;
  agendaItemId: string;
};

export const remarkValues = (r: TRemark): TRemarkValues => ({
  speakerPersonId: r.speaker.id,
  kind: r.kind,
  summary: r.summary,
  quote: r.quote ?? "",
  agendaItemId: r.agendaItemId ?? "",
});

type TProps = {
  /** Unique per form on the page: "remark-new" or the entry's id. */
  idPrefix: string;
  initial: TRemarkValues;
  onSave: (values: TRemarkValues) => void;
  /** Edit forms: back to the entry without saving (Escape). */
  onCancel?: () => void;
  serverErrors?: TFieldErrors;
  isEdit?: boolean;
};

export function RemarkForm({ idPrefix, initial, onSave, onCancel, serverErrors, isEdit = false }: TProps) {
  const t = useTranslations("capture");
  const { people } = useCaptureContext();
  const speakerRef = useRef<HTMLInputElement>(null);
  const { state: draftState } = useCaptureContext();
  const form = useEntryForm<TRemarkValues>({
    initial,
    draftKey: isEdit ? undefined : `notulen:capture-draft:${draftState.meeting.id}:${idPrefix}`,
    check: (v) => checkInput(ZCreateRemark, v),
    onSave: (v) => {
      onSave(v);
      if (!isEdit) speakerRef.current?.focus();
    },
    // The kind and item stay: speakers often follow each other with statements under one item.
    afterSave: isEdit ? undefined : (v) => ({ ...v, speakerPersonId: "", summary: "", quote: "" }),
    onCancel,
  });
  const errors = form.errorsFor(serverErrors);
  const id = (name: string) => `${idPrefix}-${name}`;

  const onKindKey = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    const kind = REMARK_KINDS[Number(e.key) - 1];
    if (kind && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      form.set("kind")(kind);
      document.getElementById(id(`kind-${kind}`))?.focus();
    }
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      onKeyDown={form.onKeyDown}
      aria-label={isEdit ? t("remark.editLabel") : t("remark.newLabel")}
      className="space-y-3"
      data-new-form={isEdit ? undefined : "remark"}
    >
      <Combobox
        id={id("speaker")}
        inputRef={speakerRef}
        label={t("remark.speaker")}
        placeholder={t("remark.speakerPlaceholder")}
        options={people}
        value={form.values.speakerPersonId}
        onChange={form.set("speakerPersonId")}
        errors={errors("speakerPersonId")}
        noMatches={t("combobox.noMatches")}
        countLabel={(count) => t("combobox.count", { count })}
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
      <FormField id={id("summary")} name={null} label={t("remark.summary")} errors={errors("summary")}>
        <textarea
          className={textareaClass}
          value={form.values.summary}
          onChange={(e) => form.set("summary")(e.target.value)}
        />
      </FormField>
      <FormField
        id={id("quote")}
        name={null}
        label={t("remark.quote")}
        errors={errors("quote")}
        hint={t("remark.quoteHint")}
      >
        <textarea
          className={textareaClass.replace("min-h-24", "min-h-12")}
          value={form.values.quote}
          onChange={(e) => form.set("quote")(e.target.value)}
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
