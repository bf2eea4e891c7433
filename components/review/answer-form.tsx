// The organisation's answer to the version: no comments, comments submitted, or an objection with
// its reason (asked for only then). Starts from the current answer; checked with the shared schema,
// then sent to the reviewer's action. An objection under a no-objection procedure halts it, and
// the page says so.
"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField, textareaClass } from "@/components/ui/form-field";
import {
  ANSWERS,
  ZReviewAnswer,
  type TReviewAnswerInput,
  type TReviewAnswerKind,
} from "@/lib/minutes/review-schema";
import { sendAnswer, type TReviewTarget } from "./review-target";
import { useReviewWrite } from "./use-review-write";

type TProps = {
  target: TReviewTarget;
  /** Who answers: the organisation's name, or the reviewer's own for one without. */
  organisation: string;
  current: { answer: TReviewAnswerKind; reason: string | null } | null;
};

export function AnswerForm({ target, organisation, current }: TProps) {
  const t = useTranslations("reviewScreen.answer");
  const [answer, setAnswer] = useState<TReviewAnswerKind | null>(current?.answer ?? null);
  const [reason, setReason] = useState(current?.reason ?? "");
  const [saved, setSaved] = useState<"saved" | "halted" | null>(null);
  const write = useReviewWrite({
    schema: ZReviewAnswer,
    send: (input: TReviewAnswerInput) => sendAnswer(target, input),
    fixErrors: t("fixErrors"),
  });
  const errors = write.errors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    write.submit(
      // The schema's own message when nothing is chosen.
      {
        answer: answer ?? undefined,
        reason: answer === "OBJECTION" ? reason : undefined,
      } as TReviewAnswerInput,
      (data) => setSaved(data.haltedNoObjection ? "halted" : "saved"),
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {write.message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {write.message}
        </p>
      ) : null}
      <fieldset aria-describedby={errors.answer ? "review-answer-error" : undefined} className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("legend", { organisation })}</legend>
        {ANSWERS.map((value) => (
          <label
            key={value}
            className="flex items-center gap-3 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
          >
            <input
              type="radio"
              name="answer"
              value={value}
              checked={answer === value}
              onChange={() => {
                setAnswer(value);
                setSaved(null);
              }}
            />
            {t(`choices.${value}`)}
          </label>
        ))}
        <FieldError id="review-answer-error" messages={errors.answer} />
      </fieldset>
      {answer === "OBJECTION" ? (
        <FormField
          id="review-answer-reason"
          name="reason"
          label={t("reason")}
          hint={t("reasonHint")}
          errors={errors.reason}
        >
          <textarea
            className={textareaClass}
            rows={3}
            maxLength={4000}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </FormField>
      ) : null}
      <Button type="submit" disabled={write.isPending} className="w-full sm:w-auto">
        {write.isPending ? t("submitting") : t("submit")}
      </Button>
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {saved ? t(saved) : null}
      </p>
    </form>
  );
}
