// The walk-in dialog's fields for someone not yet in the directory, with an existing or new organisation.
"use client";
import { useTranslations } from "next-intl";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TFieldErrors } from "@/lib/errors";
import { ORGANISATION_KINDS } from "@/lib/attendance/schema";
import { SEXES } from "@/lib/person/schema";

export type TNewPersonForm = {
  name: string;
  position: string;
  email: string;
  sex: string;
  organisationMode: "none" | "existing" | "new";
  organisationId: string;
  organisationName: string;
  acronym: string;
  kind: string;
};

export const EMPTY_NEW_PERSON: TNewPersonForm = {
  name: "",
  position: "",
  email: "",
  sex: "",
  organisationMode: "existing",
  organisationId: "",
  organisationName: "",
  acronym: "",
  kind: "GOVERNMENT_MINISTRY",
};

/** The nested `newPerson` of the walk-in body, as ZAddWalkIn reads it. */
export function toNewPerson(f: TNewPersonForm) {
  return {
    name: f.name,
    position: f.position,
    email: f.email,
    sex: (f.sex || null) as (typeof SEXES)[number] | null,
    organisationId: f.organisationMode === "existing" ? f.organisationId : null,
    newOrganisation:
      f.organisationMode === "new"
        ? {
            name: f.organisationName,
            acronym: f.acronym,
            kind: f.kind as (typeof ORGANISATION_KINDS)[number],
          }
        : null,
  };
}

type TProps = {
  form: TNewPersonForm;
  onChange: (form: TNewPersonForm) => void;
  errors: TFieldErrors;
  organisations: { id: string; name: string; acronym: string | null }[];
};

export function NewPersonFields({ form, onChange, errors, organisations }: TProps) {
  const t = useTranslations("register.walkInDialog");
  const tPeople = useTranslations("people.sex");
  const tKind = useTranslations("attendance.kind");
  const set = (patch: Partial<TNewPersonForm>) => onChange({ ...form, ...patch });
  const text = (key: "name" | "position" | "email", label: string, type = "text") => (
    <FormField id={`walk-in-${key}`} label={label} errors={errors[`newPerson.${key}`]}>
      <Input type={type} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </FormField>
  );
  return (
    <div className="space-y-3">
      {text("name", t("name"))}
      {text("position", t("position"))}
      {text("email", t("email"), "email")}
      <FormField id="walk-in-sex" label={t("sex")} errors={errors["newPerson.sex"]}>
        <select className={selectClass} value={form.sex} onChange={(e) => set({ sex: e.target.value })}>
          <option value="">{t("sexNone")}</option>
          {SEXES.map((s) => (
            <option key={s} value={s}>
              {tPeople(s)}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("organisation")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["existing", "new", "none"] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-2">
              <input
                type="radio"
                name="walk-in-organisation-mode"
                checked={form.organisationMode === mode}
                onChange={() => set({ organisationMode: mode })}
              />
              {t(
                mode === "existing"
                  ? "existingOrganisation"
                  : mode === "new"
                    ? "newOrganisation"
                    : "noOrganisation",
              )}
            </label>
          ))}
        </div>
        {form.organisationMode === "existing" ? (
          <FormField
            id="walk-in-organisation"
            label={t("existingOrganisation")}
            errors={errors["newPerson.organisationId"]}
          >
            <select
              className={selectClass}
              value={form.organisationId}
              onChange={(e) => set({ organisationId: e.target.value })}
            >
              <option value="">{t("noOrganisation")}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.acronym ? `${o.name} (${o.acronym})` : o.name}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
        {form.organisationMode === "new" ? (
          <>
            <FormField
              id="walk-in-org-name"
              label={t("organisationName")}
              errors={errors["newPerson.newOrganisation.name"]}
            >
              <Input
                value={form.organisationName}
                onChange={(e) => set({ organisationName: e.target.value })}
              />
            </FormField>
            <FormField
              id="walk-in-org-acronym"
              label={t("acronym")}
              errors={errors["newPerson.newOrganisation.acronym"]}
            >
              <Input value={form.acronym} onChange={(e) => set({ acronym: e.target.value })} />
            </FormField>
            <FormField
              id="walk-in-org-kind"
              label={t("kind")}
              errors={errors["newPerson.newOrganisation.kind"]}
            >
              <select
                className={selectClass}
                value={form.kind}
                onChange={(e) => set({ kind: e.target.value })}
              >
                {ORGANISATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tKind(k)}
                  </option>
                ))}
              </select>
            </FormField>
          </>
        ) : null}
      </fieldset>
    </div>
  );
}
