// Add or edit a public holiday: its day and its names in both languages. Checks the fields with the
// server's zod schema first; the server adds what only it knows (the day is already a holiday,
// someone else's change since the form was opened — then the entry stays and the form offers to
// reload).
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChangedMeanwhile } from "@/components/ui/changed-meanwhile";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SaveForm, useSaveForm } from "@/components/ui/save-form";
import { saveHolidayAction } from "@/lib/holiday/actions";
import { holidayFormValues, ZSaveHoliday, type THoliday } from "@/lib/holiday/schema";

type TProps = {
  /** The holiday being edited; none for a new one. */
  holiday?: THoliday;
  /** Makes the fields' ids unique on the page (the add form and an edit form can both be open). */
  idPrefix: string;
  onSaved: (saved: THoliday) => void;
};

export function HolidayForm({ holiday, idPrefix, onSaved }: TProps) {
  const t = useTranslations("holiday");
  const router = useRouter();
  const [isStale, setIsStale] = useState(false);
  const form = useSaveForm({
    schema: ZSaveHoliday,
    valuesOf: holidayFormValues,
    save: async (data: FormData) => {
      const result = await saveHolidayAction(data);
      setIsStale(!result.ok && result.code === "CONFLICT");
      return result;
    },
    fixErrors: t("form.fixErrors"),
    onSaved: (saved) => {
      onSaved(saved);
      router.refresh();
    },
  });
  const { errors } = form;
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <SaveForm form={form} saveLabel={t("form.save")} savingLabel={t("form.saving")}>
      {isStale ? <ChangedMeanwhile note={t("form.keptInput")} reloadLabel={t("form.reload")} /> : null}
      {holiday ? (
        <>
          <input type="hidden" name="holidayId" value={holiday.id} />
          <input type="hidden" name="version" value={holiday.version} />
        </>
      ) : null}
      <FormField id={id("date")} name="date" label={t("form.date")} errors={errors.date}>
        <Input type="date" defaultValue={holiday?.date ?? ""} className="sm:w-48" />
      </FormField>
      <FormField id={id("nameId")} name="nameId" label={t("form.nameId")} errors={errors.nameId}>
        <Input lang="id" defaultValue={holiday?.nameId ?? ""} />
      </FormField>
      <FormField id={id("nameEn")} name="nameEn" label={t("form.nameEn")} errors={errors.nameEn}>
        <Input lang="en" defaultValue={holiday?.nameEn ?? ""} />
      </FormField>
    </SaveForm>
  );
}
