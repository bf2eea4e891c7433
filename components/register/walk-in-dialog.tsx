// "Add walk-in": a Radix dialog to sign in someone who came uninvited, from the directory or new (with a new organisation).
"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ApiError, failureMessage } from "@/components/api/client";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { FormField, selectClass } from "@/components/ui/form-field";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TFieldErrors } from "@/lib/errors";
import type { TPersonSummary } from "@/lib/person/schema";
import { ZAddWalkIn, type TAddWalkIn, type TRegisterRow } from "@/lib/register/schema";
import { checkInput } from "@/lib/validation";
import { postWalkIn } from "./api";
import { EMPTY_NEW_PERSON, NewPersonFields, toNewPerson, type TNewPersonForm } from "./new-person-fields";
import { PersonPicker } from "./person-picker";

export type TWalkInOptions = {
  organisations: { id: string; name: string; acronym: string | null }[];
  /** Invitees a walk-in may have come on behalf of. */
  invitees: { personId: string; name: string }[];
};

type TProps = { meetingId: string; options: TWalkInOptions; onAdded: (row: TRegisterRow) => void };

export function WalkInDialog({ meetingId, options, onAdded }: TProps) {
  const t = useTranslations("register.walkInDialog");
  const tCommon = useTranslations("common");
  const [isOpen, setIsOpen] = useState(false);
  const [mode, setMode] = useState<"directory" | "new">("directory");
  const [chosen, setChosen] = useState<TPersonSummary | null>(null);
  const [form, setForm] = useState<TNewPersonForm>(EMPTY_NEW_PERSON);
  const [delegateOf, setDelegateOf] = useState("");
  const [errors, setErrors] = useState<TFieldErrors>({});
  const issueText = useIssueText();

  const reset = () => {
    setMode("directory");
    setChosen(null);
    setForm(EMPTY_NEW_PERSON);
    setDelegateOf("");
    setErrors({});
  };

  const add = useMutation({
    mutationFn: (input: TAddWalkIn) => postWalkIn(meetingId, input),
    onSuccess: (row) => {
      setIsOpen(false);
      reset();
      onAdded(row);
    },
    onError: (error) =>
      setErrors(
        error instanceof ApiError && Object.keys(error.fieldErrors).length > 0
          ? error.fieldErrors
          : { _form: [failureMessage(error, tCommon("error"))] },
      ),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: TAddWalkIn = {
      personId: mode === "directory" ? (chosen?.id ?? null) : null,
      newPerson: mode === "new" ? toNewPerson(form) : null,
      delegateOfPersonId: delegateOf || null,
    };
    // The same rules the server applies, so most mistakes show before anything is sent.
    const issues = checkInput(ZAddWalkIn, input);
    if (issues) return setErrors(issueText(issues));
    setErrors({});
    add.mutate(input);
  };

  return (
    <Dialog.Root
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (!open) reset();
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="secondary" className="h-12">
          {t("open")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[min(36rem,95vw)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold text-slate-900">{t("title")}</Dialog.Title>
          <Dialog.Description className="mb-4 text-sm text-slate-600">{t("description")}</Dialog.Description>
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <fieldset className="flex gap-4 text-sm">
              <legend className="sr-only">{t("title")}</legend>
              {(["directory", "new"] as const).map((m) => (
                <label key={m} className="flex items-center gap-2">
                  <input type="radio" name="walk-in-mode" checked={mode === m} onChange={() => setMode(m)} />
                  {t(m === "directory" ? "fromDirectory" : "newPerson")}
                </label>
              ))}
            </fieldset>
            {mode === "directory" ? (
              <PersonPicker chosen={chosen} onChoose={setChosen} errors={errors.personId} />
            ) : (
              <>
                <NewPersonFields
                  form={form}
                  onChange={setForm}
                  errors={errors}
                  organisations={options.organisations}
                />
                {errors.personId ? (
                  <p className="text-sm text-red-700" role="alert">
                    {errors.personId.join(" ")}
                  </p>
                ) : null}
              </>
            )}
            <FormField id="walk-in-delegate-of" label={t("delegateOf")} errors={errors.delegateOfPersonId}>
              <select
                className={selectClass}
                value={delegateOf}
                onChange={(e) => setDelegateOf(e.target.value)}
              >
                <option value="">{t("delegateNone")}</option>
                {options.invitees.map((p) => (
                  <option key={p.personId} value={p.personId}>
                    {p.name}
                  </option>
                ))}
              </select>
            </FormField>
            <ErrorText>{errors._form?.join(" ")}</ErrorText>
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button type="button" variant="ghost">
                  {t("cancel")}
                </Button>
              </Dialog.Close>
              <Button type="submit" disabled={add.isPending}>
                {add.isPending ? t("saving") : t("save")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
