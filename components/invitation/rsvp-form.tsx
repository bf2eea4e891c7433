// The RSVP form: accept, decline, or send a colleague (name, e-mail, position). Posts to a
// server action that verifies the token again; errors are shown under their fields.
"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { respondAction, type TRsvpFormState } from "@/lib/invitation/actions";

type TChoice = "ACCEPTED" | "DECLINED" | "DELEGATED";
const CHOICES: { value: TChoice; label: "accept" | "decline" | "delegate" }[] = [
  { value: "ACCEPTED", label: "accept" },
  { value: "DECLINED", label: "decline" },
  { value: "DELEGATED", label: "delegate" },
];

export function RsvpForm({ token, current }: { token: string; current: TChoice | null }) {
  const t = useTranslations("invitation");
  const [state, formAction, isPending] = useActionState<TRsvpFormState, FormData>(
    respondAction.bind(null, token),
    { status: "idle" },
  );
  const [choice, setChoice] = useState<TChoice | null>(current);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const fieldMessages = (key: string) =>
    errors[key]?.map((code) => t(`fields.${code}` as "fields.nameRequired"));

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <fieldset className="space-y-2" aria-describedby={errors.response ? "rsvp-response-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("rsvp.question")}</legend>
        {CHOICES.map(({ value, label }) => (
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
            {t(`rsvp.${label}`)}
          </label>
        ))}
        <FieldError id="rsvp-response-error" messages={fieldMessages("response")} />
      </fieldset>

      {choice === "DELEGATED" ? (
        <div className="space-y-3 rounded-md bg-slate-50 p-3">
          <p className="text-sm text-slate-600">{t("rsvp.delegateHint")}</p>
          {(["name", "email", "position"] as const).map((field) => (
            <div key={field} className="space-y-1">
              <Label htmlFor={`rsvp-${field}`}>{t(`rsvp.${field}`)}</Label>
              <Input
                id={`rsvp-${field}`}
                name={field}
                type={field === "email" ? "email" : "text"}
                required={field !== "position"}
                autoComplete="off"
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={errors[field] ? `rsvp-${field}-error` : undefined}
              />
              <FieldError id={`rsvp-${field}-error`} messages={fieldMessages(field)} />
            </div>
          ))}
        </div>
      ) : null}

      {state.status === "error" && !state.fieldErrors ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {t(`errors.${state.code}` as "errors.INTERNAL")}
        </p>
      ) : null}
      {state.status === "saved" ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.response !== "DELEGATED"
            ? t("rsvp.saved")
            : state.delegateMailed
              ? t("rsvp.savedDelegate")
              : t("rsvp.savedDelegateNotMailed")}
        </p>
      ) : null}

      <Button type="submit" disabled={isPending || choice === null}>
        {isPending ? t("rsvp.submitting") : t("rsvp.submit")}
      </Button>
    </form>
  );
}
