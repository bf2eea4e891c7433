// The RSVP form: accept, decline, or send a colleague (name, e-mail, position) — not offered to a
// colleague who was sent themselves. Checked in the browser with the shared schema, then posted to
// the link action, which opens the link again; messages show under their fields, in the page's
// language (the invitee's, see the RSVP page).
"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TLocale } from "@/i18n/locales";
import type { TFieldErrors } from "@/lib/errors";
import { respondFormAction } from "@/lib/invitation/actions";
import { ZRsvpForm } from "@/lib/invitation/schema";
import { checkInput } from "@/lib/validation";

type TChoice = "ACCEPTED" | "DECLINED" | "DELEGATED";
type TOutcome = Awaited<ReturnType<typeof respondFormAction>>;

const CHOICES: { value: TChoice; label: "accept" | "decline" | "delegate" }[] = [
  { value: "ACCEPTED", label: "accept" },
  { value: "DECLINED", label: "decline" },
  { value: "DELEGATED", label: "delegate" },
];

type TProps = { token: string; locale: TLocale; current: TChoice | null; canDelegate: boolean };

export function RsvpForm({ token, locale, current, canDelegate }: TProps) {
  const t = useTranslations("invitation.rsvp");
  const tAll = useTranslations();
  const issueText = useIssueText();
  const [outcome, formAction, isPending] = useActionState<TOutcome | null, FormData>(respondFormAction, null);
  const [checked, setChecked] = useState<TFieldErrors | null>(null);
  const [choice, setChoice] = useState<TChoice | null>(current);
  const failure = outcome && !outcome.ok ? outcome : null;
  const errors = checked ?? failure?.fieldErrors ?? {};

  // The same rules the link action applies, so most mistakes show before anything is sent.
  const check = (event: FormEvent<HTMLFormElement>) => {
    const issues = checkInput(ZRsvpForm, Object.fromEntries(new FormData(event.currentTarget)));
    if (issues) event.preventDefault();
    setChecked(issues ? issueText(issues) : null);
  };

  return (
    <form action={formAction} onSubmit={check} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-2" aria-describedby={errors.response ? "rsvp-response-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("question")}</legend>
        {CHOICES.filter((c) => canDelegate || c.value !== "DELEGATED").map(({ value, label }) => (
          <label
            key={value}
            className="flex items-center gap-3 rounded-md border border-slate-200 px-3 py-2 text-sm"
          >
            <input
              type="radio"
              name="response"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            {t(label)}
          </label>
        ))}
        <FieldError id="rsvp-response-error" messages={errors.response} />
      </fieldset>

      {choice === "DELEGATED" ? (
        <div className="space-y-3 rounded-md bg-slate-50 p-3">
          <p className="text-sm text-slate-600">{t("delegateHint")}</p>
          {(["name", "email", "position"] as const).map((field) => (
            <FormField key={field} id={`rsvp-${field}`} name={field} label={t(field)} errors={errors[field]}>
              <Input
                type={field === "email" ? "email" : "text"}
                required={field !== "position"}
                autoComplete="off"
              />
            </FormField>
          ))}
        </div>
      ) : null}

      {failure && !checked ? (
        // The key, not the message: the page may be in the invitee's language, not the cookie's.
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {tAll(failure.messageKey, failure.params)}
        </p>
      ) : null}
      {outcome?.ok ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {outcome.data.rsvp !== "DELEGATED"
            ? t("saved")
            : outcome.data.delegateMailed
              ? t("savedDelegate")
              : t("savedDelegateNotMailed")}
        </p>
      ) : null}

      <Button type="submit" disabled={isPending || choice === null}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
