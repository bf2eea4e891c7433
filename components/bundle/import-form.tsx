// Choose a meeting bundle (.json) → it is checked and imported in one go → the new meeting with
// counts, or every problem of the file listed (nothing saved).
"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
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
        <div className="space-y-1">
          <Label htmlFor="bundle-file">{t("file")}</Label>
          <input
            id="bundle-file"
            name="bundle"
            type="file"
            accept=".json,application/json"
            required
            aria-describedby={fileError ? "bundle-matching bundle-file-error" : "bundle-matching"}
            aria-invalid={fileError ? true : undefined}
            onChange={() => setFileError(undefined)}
            className="block text-sm"
          />
          <FieldError id="bundle-file-error" messages={fileError ? [fileError] : undefined} />
        </div>
        <Button type="submit" disabled={upload.isPending}>
          {upload.isPending ? t("importing") : t("submit")}
        </Button>
      </form>
      {upload.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t("failed")}
        </p>
      ) : null}
      {upload.data ? <ImportRefused outcome={upload.data} /> : null}
    </div>
  );
}
