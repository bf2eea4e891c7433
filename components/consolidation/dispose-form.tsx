// The secretariat's disposition of one review comment: accepted, not accepted or noted, with a
// reply the reviewer sees. It sends the comment's version it was shown; when someone else disposed
// of the comment meanwhile (409), it shows the comment as it is now, keeps the reply typed here, and
// a second save deliberately replaces theirs.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField, textareaClass } from "@/components/ui/form-field";
import type { TFieldErrors } from "@/lib/errors";
import { DISPOSITIONS, type TReviewCommentOut } from "@/lib/minutes/review-schema";
import { disposeAction } from "@/lib/minutes/review-actions";
import { cn } from "@/lib/utils";

type TDisposition = (typeof DISPOSITIONS)[number];
type TProps = {
  meetingId: string;
  comment: Pick<TReviewCommentOut, "id" | "status" | "response" | "version">;
  /** Accepting writes the proposed text into the record. */
  isApplicable: boolean;
};

export function DisposeForm({ meetingId, comment, isApplicable }: TProps) {
  const t = useTranslations("consolidation.dispose");
  const tStatus = useTranslations("consolidation.comments.status");
  const router = useRouter();
  const [status, setStatus] = useState<TDisposition | null>(
    comment.status === "OPEN" ? null : comment.status,
  );
  const [reply, setReply] = useState(comment.response ?? "");
  const [meanwhile, setMeanwhile] = useState<TReviewCommentOut | null>(null);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [isPending, startTransition] = useTransition();
  const id = `dispose-${comment.id}`;
  // After a conflict, the version now stored: saving again replaces the other disposition on purpose.
  const version = meanwhile?.version ?? comment.version;

  const save = () => {
    setIsSaved(false);
    if (!status) {
      setErrors({ status: [t("chooseOne")] });
      return;
    }
    setErrors({});
    setMessage(null);
    startTransition(async () => {
      const result = await disposeAction({
        meetingId,
        commentId: comment.id,
        status,
        response: reply,
        version,
      });
      if (result.ok) {
        setMeanwhile(null);
        setIsSaved(true);
        router.refresh();
        return;
      }
      if (result.code === "CONFLICT" && result.current) {
        setMeanwhile(result.current as TReviewCommentOut);
        // The rest of the page shows the comment as it is now too; this form keeps the reply.
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      className="space-y-3 border-t border-slate-200 pt-3"
    >
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      {meanwhile ? (
        <div
          role="alert"
          className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p className="font-medium">{t("meanwhile")}</p>
          <p>{t("meanwhileStatus", { status: tStatus(meanwhile.status) })}</p>
          <p className="whitespace-pre-line break-words">
            {meanwhile.response ? t("meanwhileReply", { reply: meanwhile.response }) : t("meanwhileNoReply")}
          </p>
          {meanwhile.appliedAt ? <p>{t("meanwhileApplied")}</p> : null}
          <p>{t("keptReply")}</p>
        </div>
      ) : null}
      <fieldset aria-describedby={errors.status ? `${id}-status-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
          {DISPOSITIONS.map((d) => (
            <label key={d} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name="status"
                value={d}
                checked={status === d}
                onChange={() => setStatus(d)}
                className="h-4 w-4"
              />
              {t(d)}
            </label>
          ))}
        </div>
        {isApplicable && status === "ACCEPTED" ? (
          <p className="mt-1 text-xs text-slate-600">{t("acceptWrites")}</p>
        ) : null}
        <FieldError id={`${id}-status-error`} messages={errors.status} />
      </fieldset>
      <FormField
        id={`${id}-reply`}
        name="response"
        label={t("reply")}
        hint={t("replyHint")}
        errors={errors.response}
      >
        <textarea
          className={cn(textareaClass, "min-h-16")}
          rows={2}
          maxLength={4000}
          value={reply}
          onChange={(event) => setReply(event.target.value)}
        />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {isSaved && !isPending ? t("saved") : null}
        </p>
      </div>
    </form>
  );
}
