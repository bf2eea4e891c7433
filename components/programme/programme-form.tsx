// Create or edit a programme. Checks the fields with the same zod schema the server uses before
// sending, then shows the server's field errors (duplicate or unknown organisations) the same way.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import { fieldA11y, FormField, selectClass } from "@/components/organisation/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createProgrammeAction, updateProgrammeAction } from "@/lib/programme/actions";
import { programmeFormValues, ZCreateProgramme, type TProgramme } from "@/lib/programme/schema";
import { SDG_GOALS } from "@/lib/programme/sdg";

type TOption = { id: string; name: string; acronym: string | null };
type TProps = { programme?: TProgramme; organisations: TOption[]; unEntities: TOption[] };

const label = (o: TOption) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);

export function ProgrammeForm({ programme, organisations, unEntities }: TProps) {
  const t = useTranslations("programme.form");
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const participants = new Set(programme?.participatingOrganisations.map((o) => o.id));
  const goals = new Set(programme?.sdgGoals);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const checked = ZCreateProgramme.safeParse(programmeFormValues(form));
    if (!checked.success) {
      setErrors(z.flattenError(checked.error).fieldErrors as Record<string, string[]>);
      setMessage(t("fixErrors"));
      return;
    }
    startTransition(async () => {
      const result = programme
        ? await updateProgrammeAction(programme.id, form)
        : await createProgrammeAction(form);
      if (result.ok) {
        router.push(`/programmes/${result.id}`);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  }

  const text = (name: keyof TProgramme, type = "text") => (
    <FormField name={name} label={t(name)} errors={errors}>
      <Input type={type} defaultValue={String(programme?.[name] ?? "")} {...fieldA11y(name, errors)} />
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      {text("title")}
      {text("shortTitle")}
      {text("country")}
      {text("fund")}
      <FormField name="conveningAgencyId" label={t("conveningAgencyId")} errors={errors}>
        <select
          className={selectClass}
          defaultValue={programme?.conveningAgency?.id ?? ""}
          {...fieldA11y("conveningAgencyId", errors)}
        >
          <option value="">{t("none")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {label(o)}
            </option>
          ))}
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
              {label(o)}
            </label>
          ))}
        </div>
        {errors.participatingOrganisationIds ? (
          <p id="participatingOrganisationIds-error" role="alert" className="text-sm text-red-700">
            {errors.participatingOrganisationIds.join(" ")}
          </p>
        ) : null}
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
        {errors.sdgGoals ? (
          <p id="sdgGoals-error" role="alert" className="text-sm text-red-700">
            {errors.sdgGoals.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {text("nationalFramework")}
      <FormField name="description" label={t("description")} errors={errors}>
        <textarea
          rows={5}
          className={`${selectClass} h-auto py-2`}
          defaultValue={programme?.description ?? ""}
          {...fieldA11y("description", errors)}
        />
      </FormField>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
