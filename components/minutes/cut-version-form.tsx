// Create the draft minutes (version 1) or cut the next version, with a note of what changed. The
// form sends the number it expects the version to get, so two secretariat users cutting at once
// never both think they made version N: the second is told and offered a reload, their note kept.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChangedMeanwhile } from "@/components/ui/changed-meanwhile";
import { FormField, textareaClass } from "@/components/ui/form-field";
import { SaveForm, useSaveForm } from "@/components/ui/save-form";
import { cutMinutesVersionAction } from "@/lib/minutes/actions";
import { cutVersionFormValues, ZCutMinutesVersionForm } from "@/lib/minutes/versions-schema";

type TProps = { meetingId: string; nextNumber: number };

export function CutVersionForm({ meetingId, nextNumber }: TProps) {
  const t = useTranslations("minutesVersions.cut");
  const router = useRouter();
  const [isStale, setIsStale] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const isDraft = nextNumber === 1;
  const form = useSaveForm({
    schema: ZCutMinutesVersionForm,
    valuesOf: cutVersionFormValues,
    save: async (data: FormData) => {
      const result = await cutMinutesVersionAction(data);
      setIsStale(!result.ok && result.code === "CONFLICT");
      return result;
    },
    fixErrors: t("fixErrors"),
    onSaved: (version) => {
      setSaved(version.number);
      setNote("");
      router.refresh();
    },
  });
  const label = isDraft ? t("createDraft") : t("cutNext", { number: nextNumber });

  return (
    <div className="space-y-3">
      <p role="status" className="text-sm text-green-800">
        {saved !== null ? t("saved", { number: saved }) : null}
      </p>
      <SaveForm form={form} saveLabel={label} savingLabel={t("saving")} className="max-w-xl space-y-3">
        {isStale ? <ChangedMeanwhile note={t("keptInput")} reloadLabel={t("reload")} /> : null}
        <p className="text-sm text-slate-600">
          {isDraft ? t("createDraftHelp") : t("cutNextHelp", { number: nextNumber })}
        </p>
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="number" value={nextNumber} />
        <FormField
          id="minutes-version-note"
          name="note"
          label={isDraft ? t("noteOptional") : t("note")}
          hint={t("noteHint")}
          errors={form.errors.note}
        >
          <textarea
            className={textareaClass}
            rows={2}
            maxLength={500}
            required={!isDraft}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </FormField>
      </SaveForm>
    </div>
  );
}
