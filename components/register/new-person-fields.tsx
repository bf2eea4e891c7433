// The walk-in dialog's fields for someone not yet in the directory, with an existing or new organisation.
"use client";
import { useTranslations } from "next-intl";
import type { ChangeEvent, ReactElement } from "react";
import { OrganisationKindOptions, OrganisationOptions } from "@/components/organisation/organisation-options";
import { SexOptions } from "@/components/people/sex-options";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TFieldErrors } from "@/lib/errors";
import { ORGANISATION_KINDS } from "@/lib/organisation/schema";
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

type TFieldKey = Exclude<keyof TNewPersonForm, "organisationMode">;

/** Each field's control and where the walk-in body's errors name it. */
const FIELDS: Record<TFieldKey, { id: string; errorPath: string }> = {
  name: { id: "walk-in-name", errorPath: "newPerson.name" },
  position: { id: "walk-in-position", errorPath: "newPerson.position" },
  email: { id: "walk-in-email", errorPath: "newPerson.email" },
  sex: { id: "walk-in-sex", errorPath: "newPerson.sex" },
  organisationId: { id: "walk-in-organisation", errorPath: "newPerson.organisationId" },
  organisationName: { id: "walk-in-org-name", errorPath: "newPerson.newOrganisation.name" },
  acronym: { id: "walk-in-org-acronym", errorPath: "newPerson.newOrganisation.acronym" },
  kind: { id: "walk-in-org-kind", errorPath: "newPerson.newOrganisation.kind" },
};

type TBound = {
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
};

const MODE_LABELS = {
  existing: "existingOrganisation",
  new: "newOrganisation",
  none: "noOrganisation",
} as const;

export function NewPersonFields({ form, onChange, errors, organisations }: TProps) {
  const t = useTranslations("register.walkInDialog");
  const set = (patch: Partial<TNewPersonForm>) => onChange({ ...form, ...patch });
  /** One labelled field, its control bound to the form's value of `key`. */
  const field = (
    key: TFieldKey,
    label: string,
    control: (bound: TBound) => ReactElement<Record<string, unknown>>,
  ) => (
    <FormField id={FIELDS[key].id} label={label} errors={errors[FIELDS[key].errorPath]}>
      {control({ value: form[key], onChange: (e) => set({ [key]: e.target.value }) })}
    </FormField>
  );
  return (
    <div className="space-y-3">
      {field("name", t("name"), (bound) => (
        <Input {...bound} />
      ))}
      {field("position", t("position"), (bound) => (
        <Input {...bound} />
      ))}
      {field("email", t("email"), (bound) => (
        <Input type="email" {...bound} />
      ))}
      {field("sex", t("sex"), (bound) => (
        <select className={selectClass} {...bound}>
          <SexOptions noneLabel={t("sexNone")} />
        </select>
      ))}
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
              {t(MODE_LABELS[mode])}
            </label>
          ))}
        </div>
        {form.organisationMode === "existing"
          ? field("organisationId", t("existingOrganisation"), (bound) => (
              <select className={selectClass} {...bound}>
                <option value="">{t("noOrganisation")}</option>
                <OrganisationOptions organisations={organisations} />
              </select>
            ))
          : null}
        {form.organisationMode === "new" ? (
          <>
            {field("organisationName", t("organisationName"), (bound) => (
              <Input {...bound} />
            ))}
            {field("acronym", t("acronym"), (bound) => (
              <Input {...bound} />
            ))}
            {field("kind", t("kind"), (bound) => (
              <select className={selectClass} {...bound}>
                <OrganisationKindOptions />
              </select>
            ))}
          </>
        ) : null}
      </fieldset>
    </div>
  );
}
