// Links an action item to the remark or decision of this meeting that raised it; that link is also
// what files the action item under an agenda item (action items carry none of their own).
"use client";
import { useTranslations } from "next-intl";
import { useCaptureContext } from "./capture-context";
import { FormField, selectClass } from "@/components/ui/form-field";

type TProps = { id: string; value: string; onChange: (value: string) => void; errors?: string[] };

const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function RaisedBySelect({ id, value, onChange, errors }: TProps) {
  const t = useTranslations("capture");
  const { view } = useCaptureContext();
  const isKnown =
    value === "" ||
    view.decisions.some((d) => `decision:${d.record.id}` === value) ||
    view.remarks.some((r) => `remark:${r.record.id}` === value);
  return (
    <FormField
      id={id}
      name={null}
      label={t("action.raisedBy")}
      errors={errors}
      hint={t("action.raisedByHint")}
    >
      <select className={selectClass} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("action.raisedByNone")}</option>
        {isKnown ? null : <option value={value}>{t("action.raisedByMissing")}</option>}
        {view.decisions.length > 0 ? (
          <optgroup label={t("decision.heading")}>
            {view.decisions.map(({ record: d, isLocal }) => (
              <option key={d.id} value={`decision:${d.id}`}>
                {isLocal ? t("decision.newNumber") : t("decision.number", { number: d.number })}:{" "}
                {clip(d.text)}
              </option>
            ))}
          </optgroup>
        ) : null}
        {view.remarks.length > 0 ? (
          <optgroup label={t("remark.heading")}>
            {view.remarks.map(({ record: r }) => (
              <option key={r.id} value={`remark:${r.id}`}>
                {r.speaker.name || t("unknownPerson")}: {clip(r.summary)}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </FormField>
  );
}
