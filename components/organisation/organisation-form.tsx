// Create or edit an organisation. Checks the fields with the server's zod schema first; the
// server adds what only it knows (a name already taken, a parent that would loop, someone else's
// change since the form was opened — then the entry stays and the form offers to reload).
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SaveForm, useSaveForm } from "@/components/ui/save-form";
import { saveOrganisationAction } from "@/lib/organisation/actions";
import { organisationFormValues, ZSaveOrganisation, type TOrganisation } from "@/lib/organisation/schema";
import { ChangedMeanwhile } from "@/components/ui/changed-meanwhile";
import { OrganisationKindOptions, OrganisationOptions } from "./organisation-options";

type TProps = { organisation?: TOrganisation; parents: TOrganisation[] };

export function OrganisationForm({ organisation, parents }: TProps) {
  const t = useTranslations("organisation");
  const router = useRouter();
  const [isStale, setIsStale] = useState(false);
  const form = useSaveForm({
    schema: ZSaveOrganisation,
    valuesOf: organisationFormValues,
    save: async (data: FormData) => {
      const result = await saveOrganisationAction(data);
      setIsStale(!result.ok && result.code === "CONFLICT");
      return result;
    },
    fixErrors: t("form.fixErrors"),
    onSaved: () => {
      router.push("/directory");
      router.refresh();
    },
  });
  const { errors } = form;

  return (
    <SaveForm form={form} saveLabel={t("form.save")} savingLabel={t("form.saving")}>
      {isStale ? <ChangedMeanwhile note={t("form.keptInput")} reloadLabel={t("form.reload")} /> : null}
      {organisation ? (
        <>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <input type="hidden" name="version" value={organisation.version} />
        </>
      ) : null}
      <FormField id="name" label={t("form.name")} errors={errors.name}>
        <Input defaultValue={organisation?.name ?? ""} />
      </FormField>
      <FormField id="acronym" label={t("form.acronym")} errors={errors.acronym}>
        <Input defaultValue={organisation?.acronym ?? ""} />
      </FormField>
      <FormField id="kind" label={t("form.kind")} errors={errors.kind}>
        <select className={selectClass} defaultValue={organisation?.kind ?? ""}>
          <option value="" disabled>
            {t("form.chooseKind")}
          </option>
          <OrganisationKindOptions />
        </select>
      </FormField>
      <FormField
        id="parentId"
        label={t("form.parentId")}
        hint={t("form.parentHint")}
        errors={errors.parentId}
      >
        <select className={selectClass} defaultValue={organisation?.parentId ?? ""}>
          <option value="">{t("form.noParent")}</option>
          <OrganisationOptions organisations={parents.filter((p) => p.id !== organisation?.id)} />
        </select>
      </FormField>
    </SaveForm>
  );
}
