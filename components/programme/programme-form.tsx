// Create or edit a programme. Checks the fields with the same zod schema the server uses before
// sending, then shows the server's field errors (duplicate or unknown organisations) the same way.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField, selectClass, textareaClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TFieldErrors } from "@/lib/errors";
import { saveProgrammeAction } from "@/lib/programme/actions";
import { programmeFormValues, ZSaveProgramme, type TProgramme } from "@/lib/programme/schema";
import { SDG_GOALS } from "@/lib/programme/sdg";
import { checkInput } from "@/lib/validation";

type TOption = { id: string; name: string; acronym: string | null };
type TProps = { programme?: TProgramme; organisations: TOption[]; unEntities: TOption[] };

const label = (o: TOption) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);

export function ProgrammeForm({ programme, organisations, unEntities }: TProps) {
  const t = useTranslations("programme.form");
  const issueText = useIssueText();
  const router = useRouter();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const participants = new Set(programme?.participatingOrganisations.map((o) => o.id));
  const goals = new Set(programme?.sdgGoals);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const issues = checkInput(ZSaveProgramme, programmeFormValues(form));
    if (issues) {
      setErrors(issueText(issues));
      setMessage(t("fixErrors"));
      return;
    }
    startTransition(async () => {
      const result = await saveProgrammeAction(form);
      if (result.ok) {
        router.push(`/programmes/${result.data.id}`);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  }

  const text = (name: keyof TProgramme, type = "text") => (
    <FormField id={name} label={t(name)} errors={errors[name]}>
      <Input type={type} defaultValue={String(programme?.[name] ?? "")} />
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      {programme ? <input type="hidden" name="programmeId" value={programme.id} /> : null}
      {text("title")}
      {text("shortTitle")}
      {text("country")}
      {text("fund")}
      <FormField id="conveningAgencyId" label={t("conveningAgencyId")} errors={errors.conveningAgencyId}>
        <select className={selectClass} defaultValue={programme?.conveningAgency?.id ?? ""}>
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
      <FormField id="description" label={t("description")} errors={errors.description}>
        <textarea rows={5} className={textareaClass} defaultValue={programme?.description ?? ""} />
      </FormField>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
