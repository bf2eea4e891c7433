// Create or edit an organisation. Checks the fields with the server's zod schema first; the
// server adds what only it knows (a name already taken, a parent that would loop).
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { saveOrganisationAction } from "@/lib/organisation/actions";
import {
  ORGANISATION_KINDS,
  organisationFormValues,
  ZCreateOrganisation,
  type TOrganisation,
} from "@/lib/organisation/schema";
import { fieldA11y, FormField, selectClass } from "./form-field";

type TProps = { organisation?: TOrganisation; parents: TOrganisation[] };

export function OrganisationForm({ organisation, parents }: TProps) {
  const t = useTranslations("organisation");
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const checked = ZCreateOrganisation.safeParse(organisationFormValues(form));
    if (!checked.success) {
      setErrors(z.flattenError(checked.error).fieldErrors as Record<string, string[]>);
      setMessage(t("form.fixErrors"));
      return;
    }
    startTransition(async () => {
      const result = await saveOrganisationAction(organisation?.id ?? null, form);
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
      <FormField name="name" label={t("form.name")} errors={errors}>
        <Input defaultValue={organisation?.name ?? ""} {...fieldA11y("name", errors)} />
      </FormField>
      <FormField name="acronym" label={t("form.acronym")} errors={errors}>
        <Input defaultValue={organisation?.acronym ?? ""} {...fieldA11y("acronym", errors)} />
      </FormField>
      <FormField name="kind" label={t("form.kind")} errors={errors}>
        <select
          className={selectClass}
          defaultValue={organisation?.kind ?? ""}
          {...fieldA11y("kind", errors)}
        >
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
      <FormField name="parentId" label={t("form.parentId")} hint={t("form.parentHint")} errors={errors}>
        <select
          className={selectClass}
          defaultValue={organisation?.parentId ?? ""}
          {...fieldA11y("parentId", errors)}
        >
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
