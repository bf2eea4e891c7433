// The frame the remark, decision and action-item forms share: their props, the typing kept as a
// draft until a new entry is saved, the keyboard back in the first field for the next entry, the
// form's name for screen readers, the agenda item to move an entry to (edit forms) and the footer.
"use client";
import { useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import type { TFieldIssues } from "@/lib/errors";
import { AgendaSelect } from "./agenda-select";
import { useCaptureContext } from "./capture-context";
import { FormFooter } from "./form-footer";
import type { TFieldErrors } from "./queue-types";
import { useEntryForm } from "./use-entry-form";

export type TCaptureFormProps<V> = {
  /** Unique per form on the page: "remark-new" or the entry's id. */
  idPrefix: string;
  initial: V;
  onSave: (values: V) => void;
  /** Edit forms: back to the entry without saving (Escape). */
  onCancel?: () => void;
  serverErrors?: TFieldErrors;
  isEdit?: boolean;
};

type TKind = "remark" | "decision" | "action";

type TSpec<V> = {
  /** Field issues of the values (`checkInput` with the shared schema), or null. */
  check: (values: V) => TFieldIssues | null;
  /** The values a new form keeps for the next entry after a save. */
  clear: (values: V) => V;
  /** The field the keyboard goes back to after a new entry is queued. */
  firstField: RefObject<HTMLElement | null>;
};

export function useCaptureForm<V extends Record<string, string>>(
  kind: TKind,
  props: TCaptureFormProps<V>,
  spec: TSpec<V>,
) {
  const { idPrefix, isEdit = false } = props;
  const { state } = useCaptureContext();
  const form = useEntryForm<V>({
    initial: props.initial,
    draftKey: isEdit ? undefined : `notulen:capture-draft:${state.meeting.id}:${idPrefix}`,
    check: spec.check,
    onSave: (v) => {
      props.onSave(v);
      if (!isEdit) spec.firstField.current?.focus();
    },
    afterSave: isEdit ? undefined : spec.clear,
    onCancel: props.onCancel,
  });
  const errors = form.errorsFor(props.serverErrors);
  const id = (name: string) => `${idPrefix}-${name}`;
  return { ...form, kind, isEdit, onCancel: props.onCancel, errors, id };
}

/** What the frame reads of any of the three forms. */
type TCaptureForm = Omit<ReturnType<typeof useCaptureForm<{ agendaItemId: string }>>, "setValues">;

export function CaptureForm({ form, children }: { form: TCaptureForm; children: ReactNode }) {
  const t = useTranslations("capture");
  const { kind, isEdit, errors } = form;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      onKeyDown={form.onKeyDown}
      aria-label={isEdit ? t(`${kind}.editLabel`) : t(`${kind}.newLabel`)}
      className="space-y-3"
      data-new-form={isEdit ? undefined : kind}
    >
      {children}
      <FormFooter formError={errors("_form")} onCancel={form.onCancel} isEdit={isEdit} />
    </form>
  );
}

/** Edit forms only: the agenda item the entry is filed under. */
export function EntryAgendaSelect({ form }: { form: TCaptureForm }) {
  return form.isEdit ? (
    <AgendaSelect
      id={form.id("item")}
      value={form.values.agendaItemId}
      onChange={form.set("agendaItemId")}
      errors={form.errors("agendaItemId")}
    />
  ) : null;
}
