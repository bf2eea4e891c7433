// Create or edit an organisation. Checks the fields with the server's zod schema first; the
// server adds what only it knows (a name already taken, a parent that would loop).
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TFieldErrors } from "@/lib/errors";
import { saveOrganisationAction } from "@/lib/organisation/actions";
import {
  ORGANISATION_KINDS,
  organisationFormValues,
  ZSaveOrganisation,
  type TOrganisation,
} from "@/lib/organisation/schema";
import { checkInput } from "@/lib/validation";

type TProps = { organisation?: TOrganisation; parents: TOrganisation[] };

export function OrganisationForm({ organisation, parents }: TProps) {
  const t = useTranslations("organisation");
  const issueText = useIssueText();
  const router = useRouter();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const issues = checkInput(ZSaveOrganisation, organisationFormValues(form));
    if (issues) {
      setErrors(issueText(issues));
      setMessage(t("form.fixErrors"));
      return;
    }
    startTransition(async () => {
      const result = await saveOrganisationAction(form);
      if (result.ok) {
        router.push("/directory");
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      {organisation ? <input type="hidden" name="organisationId" value={organisation.id} /> : null}
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
          {ORGANISATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
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
          {parents
            .filter((p) => p.id !== organisation?.id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.acronym ? `${p.name} (${p.acronym})` : p.name}
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
