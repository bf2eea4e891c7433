// Records that a later meeting adopted the latest version (under its agenda item "adoption of the
// minutes of the previous meeting"). Asks first: adoption locks the record and stores the official
// documents with their fingerprint, and cannot be undone.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
import { FormField, selectClass } from "@/components/ui/form-field";
import type { TFieldErrors } from "@/lib/errors";
import { adoptAction } from "@/lib/minutes/review-actions";

type TProps = { meetingId: string; number: number; meetings: { id: string; label: string }[] };

export function AdoptForm({ meetingId, number, meetings }: TProps) {
  const t = useTranslations("consolidation.adoption");
  const router = useRouter();
  const [atMeetingId, setAtMeetingId] = useState(meetings.length === 1 ? meetings[0].id : "");
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const chosen = meetings.find((m) => m.id === atMeetingId);

  const adopt = () => {
    setMessage(null);
    setErrors({});
    startTransition(async () => {
      const result = await adoptAction({ meetingId, number, method: "AT_MEETING", atMeetingId });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      router.refresh();
    });
  };

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="max-w-3xl space-y-3">
      <FormField id="adopt-at-meeting" name="atMeetingId" label={t("meeting")} errors={errors.atMeetingId}>
        <select
          className={selectClass}
          value={atMeetingId}
          onChange={(event) => setAtMeetingId(event.target.value)}
        >
          <option value="">{t("choose")}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </FormField>
      <ConfirmDialog
        trigger={
          <Button type="button" disabled={isPending || !chosen}>
            {t("adopt", { number })}
          </Button>
        }
        title={t("confirmTitle", { number })}
        description={t("confirmText", { number, meeting: chosen?.label ?? "" })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={adopt}
      />
      <p aria-live="polite" className="text-sm text-slate-700">
        {isPending ? t("working") : null}
      </p>
      <ErrorText>{message}</ErrorText>
    </form>
  );
}
