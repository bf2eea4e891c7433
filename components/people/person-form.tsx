// Add or edit one person of the directory. Checks the fields with the server's zod schema first;
// the server adds what only it knows (an e-mail another person has, an organisation gone).
"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useIssueText } from "@/components/ui/use-issue-text";
import { LOCALES } from "@/i18n/locales";
import type { TFieldErrors } from "@/lib/errors";
import { savePersonAction } from "@/lib/person/actions";
import { personFormValues, SEXES, ZSavePerson, type TPersonSummary } from "@/lib/person/schema";
import { checkInput } from "@/lib/validation";
import { peopleKeys } from "./query-keys";

type TOption = { id: string; name: string; acronym: string | null };
type TProps = { person?: TPersonSummary; organisations: TOption[] };

export function PersonForm({ person, organisations }: TProps) {
  const t = useTranslations("people");
  const tLanguage = useTranslations("language");
  const issueText = useIssueText();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const issues = checkInput(ZSavePerson, personFormValues(form));
    if (issues) {
      setErrors(issueText(issues));
      setMessage(t("form.fixErrors"));
      return;
    }
    startTransition(async () => {
      const result = await savePersonAction(form);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: peopleKeys.all });
        router.push("/directory/people");
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  }

  const text = (name: "name" | "position" | "email" | "phone", type = "text") => (
    <FormField id={name} label={t(`form.${name}`)} errors={errors[name]}>
      <Input type={type} defaultValue={person?.[name] ?? ""} />
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      {person ? <input type="hidden" name="personId" value={person.id} /> : null}
      {text("name")}
      {text("position")}
      <FormField id="organisationId" label={t("form.organisationId")} errors={errors.organisationId}>
        <select className={selectClass} defaultValue={person?.organisation?.id ?? ""}>
          <option value="">{t("form.noOrganisation")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.acronym ? `${o.name} (${o.acronym})` : o.name}
            </option>
          ))}
        </select>
      </FormField>
      {text("email", "email")}
      <FormField id="sex" label={t("form.sex")} errors={errors.sex}>
        <select className={selectClass} defaultValue={person?.sex ?? ""}>
          <option value="">{t("form.sexNotRecorded")}</option>
          {SEXES.map((sex) => (
            <option key={sex} value={sex}>
              {t(`sex.${sex}`)}
            </option>
          ))}
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
      <Button type="submit" disabled={isPending}>
        {isPending ? t("form.saving") : t("form.save")}
      </Button>
    </form>
  );
}
