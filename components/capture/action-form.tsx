// Records a follow-up: what, which organisation (and optionally who) owns it, by when, and the
// remark or decision that raised it. Picking a person fills in their organisation.
"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ACTION_STATUSES, ZCreateActionItem, type TActionItem } from "@/lib/action-item/schema";
import { Input } from "@/components/ui/input";
import { useCaptureContext } from "./capture-context";
import { AgendaSelect } from "./agenda-select";
import { Combobox } from "./combobox";
import { FormField, selectClass } from "@/components/ui/form-field";
import { FormFooter } from "./form-footer";
import type { TFieldErrors } from "./queue-types";
import { RaisedBySelect } from "./raised-by-select";
import { checkInput } from "@/lib/validation";
import { useEntryForm } from "./use-entry-form";

export type TActionValues = {
  title: string;
  ownerOrganisationId: string;
  ownerPersonId: string;
  dueDate: string;
  /** "remark:<id>", "decision:<id>" or "" for none. */
  raisedBy: string;
  status: string;
  agendaItemId: string;
};

export const actionValues = (a: TActionItem): TActionValues => ({
  title: a.title,
  ownerOrganisationId: a.ownerOrganisation?.id ?? "",
  ownerPersonId: a.ownerPerson?.id ?? "",
  dueDate: a.dueDate ?? "",
  raisedBy: a.decisionId ? `decision:${a.decisionId}` : a.remarkId ? `remark:${a.remarkId}` : "",
  status: a.status,
  agendaItemId: a.agendaItemId ?? "",
});

/** The API's fields for the form's values (status only for edits: a new action item is open). */
export function actionFields(v: TActionValues, withStatus: boolean): Record<string, string | null> {
  const [kind, id] = v.raisedBy.split(":");
  return {
    title: v.title,
    ownerOrganisationId: v.ownerOrganisationId || null,
    ownerPersonId: v.ownerPersonId || null,
    dueDate: v.dueDate || null,
    remarkId: kind === "remark" ? id : null,
    decisionId: kind === "decision" ? id : null,
    ...(withStatus ? { status: v.status, agendaItemId: v.agendaItemId || null } : {}),
  };
}

type TProps = {
  idPrefix: string;
  initial: TActionValues;
  onSave: (values: TActionValues) => void;
  onCancel?: () => void;
  serverErrors?: TFieldErrors;
  isEdit?: boolean;
};

export function ActionForm({ idPrefix, initial, onSave, onCancel, serverErrors, isEdit = false }: TProps) {
  const t = useTranslations("capture");
  const { people, organisations, state } = useCaptureContext();
  const titleRef = useRef<HTMLInputElement>(null);
  const { state: draftState } = useCaptureContext();
  const form = useEntryForm<TActionValues>({
    initial,
    draftKey: isEdit ? undefined : `notulen:capture-draft:${draftState.meeting.id}:${idPrefix}`,
    check: (v) => checkInput(ZCreateActionItem, actionFields(v, false)),
    onSave: (v) => {
      onSave(v);
      if (!isEdit) titleRef.current?.focus();
    },
    afterSave: isEdit ? undefined : () => ({ ...initial }),
    onCancel,
  });
  const errors = form.errorsFor(serverErrors);
  const id = (name: string) => `${idPrefix}-${name}`;
  const pickPerson = (personId: string) => {
    const orgId = state.people.find((p) => p.id === personId)?.organisation?.id;
    form.setValues((v) => ({
      ...v,
      ownerPersonId: personId,
      ownerOrganisationId: v.ownerOrganisationId || (orgId ?? ""),
    }));
  };
  const raisedByError = [...(errors("remarkId") ?? []), ...(errors("decisionId") ?? [])];

  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      onKeyDown={form.onKeyDown}
      aria-label={isEdit ? t("action.editLabel") : t("action.newLabel")}
      className="space-y-3"
      data-new-form={isEdit ? undefined : "action"}
    >
      <FormField id={id("title")} name={null} label={t("action.title")} errors={errors("title")}>
        <Input ref={titleRef} value={form.values.title} onChange={(e) => form.set("title")(e.target.value)} />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <Combobox
          id={id("org")}
          label={t("action.organisation")}
          placeholder={t("action.organisationPlaceholder")}
          options={organisations}
          value={form.values.ownerOrganisationId}
          onChange={form.set("ownerOrganisationId")}
          errors={errors("ownerOrganisationId")}
          noMatches={t("combobox.noMatches")}
          countLabel={(count) => t("combobox.count", { count })}
        />
        <Combobox
          id={id("person")}
          label={t("action.person")}
          placeholder={t("action.personPlaceholder")}
          options={people}
          value={form.values.ownerPersonId}
          onChange={pickPerson}
          errors={errors("ownerPersonId")}
          noMatches={t("combobox.noMatches")}
          countLabel={(count) => t("combobox.count", { count })}
        />
        <FormField id={id("due")} name={null} label={t("action.dueDate")} errors={errors("dueDate")}>
          <Input
            type="date"
            value={form.values.dueDate}
            onChange={(e) => form.set("dueDate")(e.target.value)}
          />
        </FormField>
        <RaisedBySelect
          id={id("raised-by")}
          value={form.values.raisedBy}
          onChange={form.set("raisedBy")}
          errors={raisedByError.length ? raisedByError : undefined}
        />
        {isEdit ? (
          <FormField id={id("status")} name={null} label={t("action.status")} errors={errors("status")}>
            <select
              className={selectClass}
              value={form.values.status}
              onChange={(e) => form.set("status")(e.target.value)}
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        {isEdit ? (
          <AgendaSelect
            id={id("item")}
            value={form.values.agendaItemId}
            onChange={form.set("agendaItemId")}
            errors={errors("agendaItemId")}
          />
        ) : null}
      </div>
      <FormFooter formError={errors("_form")} onCancel={onCancel} isEdit={isEdit} />
    </form>
  );
}
