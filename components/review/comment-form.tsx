// The comment form under an entry of the minutes: the comment, whether it is editorial or
// substantive, and optional replacement text that starts as the entry's current text (left as it
// is, no new text is proposed). Checked with the shared schema, then sent to the reviewer's action;
// Escape or Cancel closes it.
"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField, textareaClass } from "@/components/ui/form-field";
import { COMMENT_KINDS, ZReviewComment, type TReviewCommentInput } from "@/lib/minutes/review-schema";
import { sendComment, type TReviewTarget } from "./review-target";
import { useReviewWrite } from "./use-review-write";

type TKind = (typeof COMMENT_KINDS)[number];

type TProps = {
  id: string;
  anchor: string;
  label: string;
  text: string;
  target: TReviewTarget;
  onCancel: () => void;
  onSent: () => void;
};

export function CommentForm({ id, anchor, label, text, target, onCancel, onSent }: TProps) {
  const t = useTranslations("reviewScreen.comment");
  const [body, setBody] = useState("");
  const [kind, setKind] = useState<TKind>("EDITORIAL");
  const [replacement, setReplacement] = useState(text);
  const write = useReviewWrite({
    schema: ZReviewComment,
    send: (input: TReviewCommentInput) => sendComment(target, input),
    fixErrors: t("fixErrors"),
  });
  const errors = write.errors;
  const bodyField = useRef<HTMLTextAreaElement>(null);
  // Opened by the "Comment" button: the writing starts at once, by keyboard too.
  useEffect(() => bodyField.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The text as it stands proposes nothing: only a changed text is a tracked change.
    const isChanged = replacement.trim() !== text.trim();
    write.submit({ anchor, body, kind, replacementText: isChanged ? replacement : undefined }, onSent);
  };

  return (
    <form
      id={id}
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        // Escape closes the form, as Cancel does, unless it is sending.
        if (event.key === "Escape" && !write.isPending) onCancel();
      }}
      noValidate
      aria-label={t("legend", { label })}
      className="mt-2 space-y-4 rounded-md border border-blue-200 bg-blue-50/40 p-3"
    >
      <p className="text-sm font-semibold text-slate-900">{t("legend", { label })}</p>
      {write.message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {write.message}
        </p>
      ) : null}
      {errors.anchor ? <FieldError id={`${id}-anchor-error`} messages={errors.anchor} /> : null}
      <FormField id={`${id}-body`} name="body" label={t("body")} errors={errors.body}>
        <textarea
          className={textareaClass}
          rows={3}
          maxLength={4000}
          required
          ref={bodyField}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </FormField>
      <fieldset aria-describedby={errors.kind ? `${id}-kind-error` : undefined} className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("kind")}</legend>
        {COMMENT_KINDS.map((value) => (
          <label
            key={value}
            className="flex items-start gap-3 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
          >
            <input
              type="radio"
              name="kind"
              value={value}
              className="mt-0.5"
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {t(`kinds.${value}`)}
          </label>
        ))}
        <FieldError id={`${id}-kind-error`} messages={errors.kind} />
      </fieldset>
      <FormField
        id={`${id}-replacement`}
        name="replacementText"
        label={t("replacement")}
        hint={t("replacementHint")}
        errors={errors.replacementText}
      >
        <textarea
          className={textareaClass}
          rows={3}
          maxLength={4000}
          value={replacement}
          onChange={(event) => setReplacement(event.target.value)}
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={write.isPending}>
          {write.isPending ? t("submitting") : t("submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={write.isPending}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
