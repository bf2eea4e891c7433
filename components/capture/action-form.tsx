// Records a follow-up: what, which organisation (and optionally who) owns it, by when, and the
// remark or decision that raised it. Picking a person fills in their organisation. The title may
// carry its wording in the other language than the record's (translation-toggle.tsx).
"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ACTION_STATUSES, ZCreateActionItem, type TActionItem } from "@/lib/action-item/schema";
import { checkInput } from "@/lib/validation";
import { CaptureForm, EntryAgendaSelect, useCaptureForm, type TCaptureFormProps } from "./capture-form";
import { useCaptureContext } from "./capture-context";
import { Combobox } from "./combobox";
import { RaisedBySelect } from "./raised-by-select";
import { FieldPair, TranslationToggle, useTranslationFields } from "./translation-toggle";

export type TActionValues = {
  title: string;
  titleTranslation: string;
  ownerOrganisationId: string;
  ownerPersonId: string;
  dueDate: string;
  /** "remark:<id>", "decision:<id>" or "" for none. */
  raisedBy: string;
  status: string;
  agendaItemId: string;
};

const TRANSLATIONS = ["titleTranslation"] as const;

export const actionValues = (a: TActionItem): TActionValues => ({
  title: a.title,
  titleTranslation: a.titleTranslation ?? "",
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
    titleTranslation: v.titleTranslation || null,
    ownerOrganisationId: v.ownerOrganisationId || null,
    ownerPersonId: v.ownerPersonId || null,
    dueDate: v.dueDate || null,
    remarkId: kind === "remark" ? id : null,
    decisionId: kind === "decision" ? id : null,
    ...(withStatus ? { status: v.status, agendaItemId: v.agendaItemId || null } : {}),
  };
}

export function ActionForm(props: TCaptureFormProps<TActionValues>) {
  const t = useTranslations("capture");
  const { people, organisations, state } = useCaptureContext();
  const titleRef = useRef<HTMLInputElement>(null);
  const form = useCaptureForm<TActionValues>("action", props, {
    check: (v) => checkInput(ZCreateActionItem, actionFields(v, false)),
    clear: () => ({ ...props.initial }),
    firstField: titleRef,
  });
  const { errors, id, isEdit } = form;
  const translation = useTranslationFields(form.values, TRANSLATIONS);
  const { isShown, first, second, name } = translation;
  const tBilingual = useTranslations("bilingual.capture");
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
    <CaptureForm form={form}>
      <FieldPair translation={translation}>
        <FormField
          id={id("title")}
          name={null}
          label={isShown ? tBilingual("action", { language: name(first) }) : t("action.title")}
          errors={errors("title")}
        >
          <Input
            ref={titleRef}
            value={form.values.title}
            onChange={(e) => form.set("title")(e.target.value)}
          />
        </FormField>
        {isShown ? (
          <FormField
            id={id("title-translation")}
            name={null}
            label={tBilingual("action", { language: name(second) })}
            errors={errors("titleTranslation")}
          >
            <Input
              lang={second}
              value={form.values.titleTranslation}
              onChange={(e) => form.set("titleTranslation")(e.target.value)}
            />
          </FormField>
        ) : null}
      </FieldPair>
      <TranslationToggle translation={translation} controls={id("title-translation")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Combobox
          id={id("org")}
          label={t("action.organisation")}
          placeholder={t("action.organisationPlaceholder")}
          options={organisations}
          value={form.values.ownerOrganisationId}
          onChange={form.set("ownerOrganisationId")}
          errors={errors("ownerOrganisationId")}
        />
        <Combobox
          id={id("person")}
          label={t("action.person")}
          placeholder={t("action.personPlaceholder")}
          options={people}
          value={form.values.ownerPersonId}
          onChange={pickPerson}
          errors={errors("ownerPersonId")}
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
        <EntryAgendaSelect form={form} />
      </div>
    </CaptureForm>
  );
}
