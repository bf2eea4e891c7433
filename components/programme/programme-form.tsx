// Create or edit a programme. Checks the fields with the same zod schema the server uses before
// sending, then shows the server's field errors (duplicate or unknown organisations) the same way;
// when someone else changed the programme since the form was opened, the entry stays and the form
// offers to reload. The description and national framework stand beside their wording in the
// other language than the record language chosen here (issue 12).
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChangedMeanwhile } from "@/components/ui/changed-meanwhile";
import { OrganisationOptions } from "@/components/organisation/organisation-options";
import { FieldError } from "@/components/ui/field-error";
import { FormField, selectClass, textareaClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LanguagePair } from "@/components/ui/language-pair";
import { SaveForm, useSaveForm } from "@/components/ui/save-form";
import { LOCALES, type TLocale } from "@/i18n/locales";
import { orgLabel } from "@/lib/minutes/record-schema";
import { ADOPTION_METHODS } from "@/lib/minutes/adoption-schema";
import { saveProgrammeAction } from "@/lib/programme/actions";
import {
  DEFAULT_ADOPTION_METHODS,
  DEFAULT_REVIEW_VISIBILITY,
  programmeFormValues,
  ZSaveProgramme,
  type TProgramme,
} from "@/lib/programme/schema";
import { languagePair } from "@/lib/programme/record-language";
import { SDG_GOALS } from "@/lib/programme/sdg";

type TOption = { id: string; name: string; acronym: string | null };
type TProps = { programme?: TProgramme; organisations: TOption[]; unEntities: TOption[] };

export function ProgrammeForm({ programme, organisations, unEntities }: TProps) {
  const t = useTranslations("programme.form");
  const tMethod = useTranslations("minutesAdoption.method");
  const tBilingual = useTranslations("bilingual");
  const tLanguage = useTranslations("language");
  const router = useRouter();
  const [isStale, setIsStale] = useState(false);
  // Only to label the side-by-side fields as the choice changes; the radios still post the value.
  const [recordLanguage, setRecordLanguage] = useState<TLocale>(programme?.recordLanguage ?? "en");
  const [first, second] = languagePair(recordLanguage);
  const form = useSaveForm({
    schema: ZSaveProgramme,
    valuesOf: programmeFormValues,
    save: async (data: FormData) => {
      const result = await saveProgrammeAction(data);
      setIsStale(!result.ok && result.code === "CONFLICT");
      return result;
    },
    fixErrors: t("fixErrors"),
    onSaved: (saved) => router.push(`/programmes/${saved.id}`),
  });
  const { errors } = form;
  const participants = new Set(programme?.participatingOrganisations.map((o) => o.id));
  const goals = new Set(programme?.sdgGoals);
  const methods = new Set(programme?.adoptionMethods ?? DEFAULT_ADOPTION_METHODS);
  const visibility = programme?.reviewVisibility ?? DEFAULT_REVIEW_VISIBILITY;

  const text = (name: keyof TProgramme, type = "text") => (
    <FormField id={name} label={t(name)} errors={errors[name]}>
      <Input type={type} defaultValue={String(programme?.[name] ?? "")} />
    </FormField>
  );

  return (
    <SaveForm form={form} saveLabel={t("save")} savingLabel={t("saving")} className="max-w-2xl">
      {isStale ? <ChangedMeanwhile note={t("keptInput")} reloadLabel={t("reload")} /> : null}
      {programme ? (
        <>
          <input type="hidden" name="programmeId" value={programme.id} />
          <input type="hidden" name="version" value={programme.version} />
        </>
      ) : null}
      {text("title")}
      {text("shortTitle")}
      {text("country")}
      {text("fund")}
      <FormField id="conveningAgencyId" label={t("conveningAgencyId")} errors={errors.conveningAgencyId}>
        <select className={selectClass} defaultValue={programme?.conveningAgency?.id ?? ""}>
          <option value="">{t("none")}</option>
          <OrganisationOptions organisations={organisations} />
        </select>
      </FormField>
      <fieldset
        className="space-y-1"
        aria-describedby={
          errors.participatingOrganisationIds ? "participatingOrganisationIds-error" : undefined
        }
      >
        <legend className="text-sm font-medium text-slate-800">{t("participatingOrganisationIds")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {unEntities.map((o) => (
            <label key={o.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="participatingOrganisationIds"
                value={o.id}
                defaultChecked={participants.has(o.id)}
              />
              {orgLabel(o)}
            </label>
          ))}
        </div>
        <FieldError id="participatingOrganisationIds-error" messages={errors.participatingOrganisationIds} />
      </fieldset>
      {text("startDate", "date")}
      {text("durationMonths", "number")}
      <fieldset className="space-y-1" aria-describedby={errors.sdgGoals ? "sdgGoals-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("sdgGoals")}</legend>
        <div className="flex flex-wrap gap-3">
          {SDG_GOALS.map((goal) => (
            <label key={goal} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="sdgGoals" value={goal} defaultChecked={goals.has(goal)} />
              {t("sdg", { goal })}
            </label>
          ))}
        </div>
        <FieldError id="sdgGoals-error" messages={errors.sdgGoals} />
      </fieldset>
      <fieldset
        className="space-y-1"
        aria-describedby={`recordLanguage-hint${errors.recordLanguage ? " recordLanguage-error" : ""}`}
      >
        <legend className="text-sm font-medium text-slate-800">{tBilingual("recordLanguage")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {LOCALES.map((locale) => (
            <label key={locale} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="recordLanguage"
                value={locale}
                checked={recordLanguage === locale}
                onChange={() => setRecordLanguage(locale)}
              />
              {tLanguage(locale)}
            </label>
          ))}
        </div>
        <p id="recordLanguage-hint" className="text-xs text-slate-600">
          {tBilingual("recordLanguageHint")}
        </p>
        <FieldError id="recordLanguage-error" messages={errors.recordLanguage} />
      </fieldset>
      <LanguagePair>
        <FormField
          id="nationalFramework"
          label={tBilingual("programme.nationalFramework", { language: tLanguage(first) })}
          errors={errors.nationalFramework}
        >
          <Input lang={first} defaultValue={programme?.nationalFramework ?? ""} />
        </FormField>
        <FormField
          id="nationalFrameworkTranslation"
          label={tBilingual("programme.nationalFramework", { language: tLanguage(second) })}
          errors={errors.nationalFrameworkTranslation}
        >
          <Input lang={second} defaultValue={programme?.nationalFrameworkTranslation ?? ""} />
        </FormField>
      </LanguagePair>
      <LanguagePair>
        <FormField
          id="description"
          label={tBilingual("programme.description", { language: tLanguage(first) })}
          errors={errors.description}
        >
          <textarea
            rows={5}
            lang={first}
            className={textareaClass}
            defaultValue={programme?.description ?? ""}
          />
        </FormField>
        <FormField
          id="descriptionTranslation"
          label={tBilingual("programme.description", { language: tLanguage(second) })}
          errors={errors.descriptionTranslation}
          hint={tBilingual("translationHint", { language: tLanguage(second) })}
        >
          <textarea
            rows={5}
            lang={second}
            className={textareaClass}
            defaultValue={programme?.descriptionTranslation ?? ""}
          />
        </FormField>
      </LanguagePair>
      <fieldset
        className="space-y-1"
        aria-describedby={`adoptionMethods-hint${errors.adoptionMethods ? " adoptionMethods-error" : ""}`}
      >
        <legend className="text-sm font-medium text-slate-800">{t("adoptionMethods")}</legend>
        <p id="adoptionMethods-hint" className="text-xs text-slate-600">
          {t("adoptionMethodsHint")}
        </p>
        <div className="space-y-1">
          {ADOPTION_METHODS.map((method) => (
            <label key={method} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="adoptionMethods"
                value={method}
                defaultChecked={methods.has(method)}
              />
              {tMethod(method)}
            </label>
          ))}
        </div>
        <FieldError id="adoptionMethods-error" messages={errors.adoptionMethods} />
      </fieldset>
      <fieldset
        className="space-y-1"
        aria-describedby={errors.reviewVisibility ? "reviewVisibility-error" : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">{t("reviewVisibility")}</legend>
        <div className="space-y-1">
          {(["OWN_ORGANISATION", "ALL_REVIEWERS"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="reviewVisibility"
                value={value}
                defaultChecked={visibility === value}
              />
              {t(`visibility.${value}`)}
            </label>
          ))}
        </div>
        <FieldError id="reviewVisibility-error" messages={errors.reviewVisibility} />
      </fieldset>
    </SaveForm>
  );
}
