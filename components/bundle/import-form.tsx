// Choose a meeting bundle (.json) → it is checked and imported in one go → the new meeting with
// counts, or every problem of the file listed (nothing saved).
"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { postBundle } from "./api";
import { ImportDone, ImportRefused } from "./import-result";

export function BundleImportForm() {
  const t = useTranslations("bundle.import");
  const form = useRef<HTMLFormElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const upload = useMutation({ mutationFn: postBundle });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("bundle");
    if (!(file instanceof File) || file.size === 0) return;
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      upload.reset();
      setFileError(t("notJson"));
      return;
    }
    setFileError(undefined);
    upload.mutate(text);
  }

  function again() {
    upload.reset();
    form.current?.reset();
  }

  if (upload.data?.kind === "done") return <ImportDone result={upload.data.result} onAgain={again} />;

  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p id="bundle-matching" className="text-sm text-slate-700">
        {t("matching")}
      </p>
      <form ref={form} onSubmit={onSubmit} className="space-y-4">
        <FormField
          id="bundle-file"
          name="bundle"
          label={t("file")}
          errors={fileError ? [fileError] : undefined}
        >
          <input
            type="file"
            accept=".json,application/json"
            required
            aria-describedby="bundle-matching"
            onChange={() => setFileError(undefined)}
            className="block text-sm"
          />
        </FormField>
        <Button type="submit" disabled={upload.isPending}>
          {upload.isPending ? t("importing") : t("submit")}
        </Button>
      </form>
      <ErrorText>{upload.isError ? t("failed") : null}</ErrorText>
      {upload.data ? <ImportRefused outcome={upload.data} /> : null}
    </div>
  );
}
