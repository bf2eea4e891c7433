// Record progress on an action item: a status among the moves this user may make, the text (what
// was done for "reported done", the reason for "dropped"), an evidence link. Checked in the browser
// with the shared schema; a 409 keeps the text and offers a reload; a success is announced. Not keyed
// by the version: a refresh brings the new version into the hidden field and keeps what is typed.
// The same form on the personal link's page posts through the link instead (`link`).
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChangedMeanwhile } from "@/components/ui/changed-meanwhile";
import { FormField, selectClass, textareaClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SaveForm, useSaveForm } from "@/components/ui/save-form";
import type { TLocale } from "@/i18n/locales";
import { updateByLinkAction } from "@/lib/action-item/link-actions";
import type { TActionStatus } from "@/lib/action-item/schema";
import { postActionUpdateAction } from "@/lib/action-item/update-actions";
import {
  actionLinkFormValues,
  actionUpdateFormValues,
  ZActionLinkForm,
  ZActionUpdateForm,
} from "@/lib/action-item/update-schema";

type TProps = {
  actionItemId: string;
  version: number;
  status: TActionStatus;
  allowedStatuses: TActionStatus[];
  /** Posting through a personal update link (/act/<token>) rather than as the signed-in user. */
  link?: { token: string; locale: TLocale };
};

export function ActionUpdateForm({ actionItemId, version, status, allowedStatuses, link }: TProps) {
  const t = useTranslations("actionItemPage");
  const router = useRouter();
  const [isStale, setIsStale] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [next, setNext] = useState<TActionStatus | "">("");
  const [body, setBody] = useState("");
  const form = useSaveForm({
    schema: link ? ZActionLinkForm : ZActionUpdateForm,
    valuesOf: link ? actionLinkFormValues : actionUpdateFormValues,
    save: async (data: FormData) => {
      setIsSaved(false);
      const result = await (link ? updateByLinkAction(data) : postActionUpdateAction(data));
      setIsStale(!result.ok && result.code === "CONFLICT");
      return result;
    },
    fixErrors: t("form.fixErrors"),
    onSaved: () => {
      setIsSaved(true);
      setBody("");
      setNext("");
      router.refresh();
    },
  });
  const bodyLabel =
    next === "REPORTED_DONE" ? t("form.whatWasDone") : next === "DROPPED" ? t("form.reason") : t("form.body");
  const bodyHint =
    next === "REPORTED_DONE"
      ? t("form.whatWasDoneHint")
      : next === "DROPPED"
        ? t("form.reasonHint")
        : t("form.bodyHint");

  return (
    <div className="space-y-3">
      <p role="status" className="text-sm text-green-800">
        {isSaved ? t("form.saved") : null}
      </p>
      <SaveForm
        form={form}
        saveLabel={t("form.submit")}
        savingLabel={t("form.saving")}
        className="max-w-xl space-y-4"
      >
        {isStale ? <ChangedMeanwhile note={t("form.keptInput")} reloadLabel={t("form.reload")} /> : null}
        {link ? (
          <>
            <input type="hidden" name="token" value={link.token} />
            <input type="hidden" name="locale" value={link.locale} />
          </>
        ) : (
          <input type="hidden" name="actionItemId" value={actionItemId} />
        )}
        <input type="hidden" name="version" value={version} />
        {allowedStatuses.length > 0 ? (
          <FormField
            id="action-update-status"
            name="statusAfter"
            label={t("form.status")}
            errors={form.errors.statusAfter}
          >
            <select
              className={selectClass}
              value={next}
              onChange={(event) => setNext(event.target.value as TActionStatus | "")}
            >
              <option value="">{t("form.keepStatus", { status: t(`status.${status}`) })}</option>
              {allowedStatuses
                .filter((s) => s !== status)
                .map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
            </select>
          </FormField>
        ) : null}
        <FormField
          id="action-update-body"
          name="body"
          label={bodyLabel}
          hint={bodyHint}
          errors={form.errors.body}
        >
          <textarea
            className={textareaClass}
            rows={4}
            maxLength={5000}
            required
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        </FormField>
        <FormField
          id="action-update-evidence"
          name="evidenceUrl"
          label={t("form.evidenceUrl")}
          hint={t("form.evidenceUrlHint")}
          errors={form.errors.evidenceUrl}
        >
          <Input type="url" inputMode="url" maxLength={2000} />
        </FormField>
      </SaveForm>
    </div>
  );
}
