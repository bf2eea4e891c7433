// Paste or upload a CSV → check it (dry run) → see per-row errors or the preview → import.
"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { ApiError } from "@/components/api/client";
import { postImport } from "./api";
import { ImportPreview } from "./import-preview";
import { peopleKeys } from "./query-keys";

export function PeopleImport() {
  const t = useTranslations("people");
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState("");
  const check = useMutation({ mutationFn: (text: string) => postImport(text, true) });
  const save = useMutation({
    mutationFn: (text: string) => postImport(text, false),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
  const preview = check.data;
  const checkedText = check.variables;
  const isStale = preview !== undefined && checkedText !== csv;
  const canImport =
    preview !== undefined && !isStale && preview.errors.length === 0 && preview.rows.length > 0;
  const saved = save.data?.isSaved ? save.data : undefined;

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  if (saved) {
    const created = saved.rows.filter((r) => r.action === "create").length;
    return (
      <div className="space-y-4" role="status">
        <p className="text-base font-medium text-green-900">
          {t("importPage.done", { created, updated: saved.rows.length - created })}
        </p>
        <div className="flex gap-2">
          <Link className={buttonVariants({ variant: "secondary" })} href="/directory/people">
            {t("importPage.back")}
          </Link>
          <Button
            variant="ghost"
            onClick={() => {
              setCsv("");
              check.reset();
              save.reset();
            }}
          >
            {t("importPage.another")}
          </Button>
        </div>
      </div>
    );
  }

  const result = save.data ?? preview;
  // A refused request (a file too large, empty, not allowed), as the server worded it.
  const failure = check.error ?? save.error;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{t("importPage.intro")}</p>
      <p className="text-sm text-slate-700">{t("importPage.blankCells")}</p>
      <FormField id="people-csv" name={null} label={t("importPage.paste")}>
        <textarea
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          rows={10}
          spellCheck={false}
          className="w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
          placeholder={t("importPage.placeholder")}
        />
      </FormField>
      <FormField id="people-file" name={null} label={t("importPage.upload")}>
        <input type="file" accept=".csv,text/csv" onChange={onFile} className="block text-sm" />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          disabled={csv.trim() === "" || check.isPending}
          onClick={() => check.mutate(csv)}
        >
          {check.isPending ? t("importPage.checking") : t("importPage.preview")}
        </Button>
        {preview ? (
          <Button disabled={!canImport || save.isPending} onClick={() => save.mutate(csv)}>
            {save.isPending
              ? t("importPage.importing")
              : t("importPage.confirm", { count: preview.rows.length })}
          </Button>
        ) : null}
      </div>
      {isStale ? <p className="text-sm text-amber-900">{t("importPage.stale")}</p> : null}
      <ErrorText>
        {failure
          ? (failure instanceof ApiError &&
              (Object.values(failure.fieldErrors).flat()[0] ?? failure.message)) ||
            t("importPage.failed")
          : null}
      </ErrorText>
      {result && !isStale ? <ImportPreview result={result} /> : null}
    </div>
  );
}
