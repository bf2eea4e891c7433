// Add or edit one person of the directory. Checks the fields with the server's zod schema first;
// the server adds what only it knows (an e-mail another person has, an organisation gone, someone
// else's change since the form was opened — then the entry stays and the form offers to reload).
// The position has an optional wording in the other language, for documents written in it.
"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { OrganisationOptions } from "@/components/organisation/organisation-options";
import { ChangedMeanwhile } from "@/components/ui/changed-meanwhile";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SaveForm, useSaveForm } from "@/components/ui/save-form";
import { LOCALES } from "@/i18n/locales";
import { savePersonAction } from "@/lib/person/actions";
import { personFormValues, ZSavePerson, type TPersonSummary } from "@/lib/person/schema";
import { peopleKeys } from "./query-keys";
import { SexOptions } from "./sex-options";

type TOption = { id: string; name: string; acronym: string | null };
type TProps = { person?: TPersonSummary; organisations: TOption[] };

export function PersonForm({ person, organisations }: TProps) {
  const t = useTranslations("people");
  const tLanguage = useTranslations("language");
  const tBilingual = useTranslations("bilingual.person");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isStale, setIsStale] = useState(false);
  const form = useSaveForm({
    schema: ZSavePerson,
    valuesOf: personFormValues,
    save: async (data: FormData) => {
      const result = await savePersonAction(data);
      setIsStale(!result.ok && result.code === "CONFLICT");
      return result;
    },
    fixErrors: t("form.fixErrors"),
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      router.push("/directory/people");
      router.refresh();
    },
  });
  const { errors } = form;

  const text = (name: "name" | "position" | "email" | "phone", type = "text") => (
    <FormField id={name} label={t(`form.${name}`)} errors={errors[name]}>
      <Input type={type} defaultValue={person?.[name] ?? ""} />
    </FormField>
  );

  return (
    <SaveForm form={form} saveLabel={t("form.save")} savingLabel={t("form.saving")}>
      {isStale ? <ChangedMeanwhile note={t("form.keptInput")} reloadLabel={t("form.reload")} /> : null}
      {person ? (
        <>
          <input type="hidden" name="personId" value={person.id} />
          <input type="hidden" name="version" value={person.version} />
        </>
      ) : null}
      {text("name")}
      {text("position")}
      <FormField
        id="positionTranslation"
        label={tBilingual("positionTranslation")}
        hint={tBilingual("positionTranslationHint")}
        errors={errors.positionTranslation}
      >
        <Input defaultValue={person?.positionTranslation ?? ""} />
      </FormField>
      <FormField id="organisationId" label={t("form.organisationId")} errors={errors.organisationId}>
        <select className={selectClass} defaultValue={person?.organisation?.id ?? ""}>
          <option value="">{t("form.noOrganisation")}</option>
          <OrganisationOptions organisations={organisations} />
        </select>
      </FormField>
      {text("email", "email")}
      <FormField id="sex" label={t("form.sex")} errors={errors.sex}>
        <select className={selectClass} defaultValue={person?.sex ?? ""}>
          <SexOptions noneLabel={t("form.sexNotRecorded")} />
        </select>
      </FormField>
      {text("phone", "tel")}
      <FormField
        id="language"
        label={t("form.language")}
        hint={t("form.languageHint")}
        errors={errors.language}
      >
        <select className={selectClass} defaultValue={person?.language ?? "en"}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {tLanguage(locale)}
            </option>
          ))}
        </select>
      </FormField>
    </SaveForm>
  );
}
