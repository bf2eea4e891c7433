// Moves an entry to another agenda item (edit forms): the items in order, then "Other matters".
"use client";
import { useTranslations } from "next-intl";
import { useCaptureContext } from "./capture-context";
import { FormField, selectClass } from "@/components/ui/form-field";

type TProps = { id: string; value: string; onChange: (id: string) => void; errors?: string[] };

export function AgendaSelect({ id, value, onChange, errors }: TProps) {
  const t = useTranslations("capture");
  const { state } = useCaptureContext();
  return (
    <FormField id={id} name={null} label={t("form.agendaItem")} errors={errors}>
      <select className={selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
        {state.agenda.map((item) => (
          <option key={item.id} value={item.id}>
            {item.order}. {item.title}
          </option>
        ))}
        <option value="">{t("agenda.other")}</option>
      </select>
    </FormField>
  );
}
