// Merge this organisation (a duplicate) into another: a Radix AlertDialog names what will move
// and that the duplicate will be deleted, so nobody merges by accident.
"use client";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField, selectClass } from "@/components/ui/form-field";
import { mergeOrganisationAction } from "@/lib/organisation/actions";
import type { TOrganisation } from "@/lib/organisation/schema";

export type TMoveCounts = {
  people: number;
  children: number;
  ownedActionItems: number;
  programmes: number;
  convenedProgrammes: number;
};

type TProps = { duplicate: TOrganisation; counts: TMoveCounts; candidates: TOrganisation[] };

export function MergeOrganisation({ duplicate, counts, candidates }: TProps) {
  const t = useTranslations("organisation.merge");
  const router = useRouter();
  const [into, setInto] = useState("");
  const [error, setError] = useState<string[] | undefined>();
  const [isPending, startTransition] = useTransition();
  const kept = candidates.find((c) => c.id === into);

  function confirm() {
    startTransition(async () => {
      const result = await mergeOrganisationAction({ organisationId: duplicate.id, into });
      if (result.ok) {
        router.push("/directory");
        router.refresh();
        return;
      }
      setError(result.fieldErrors?.into ?? [result.message]);
    });
  }

  return (
    <section
      aria-labelledby="merge-title"
      className="mt-10 max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="merge-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro", { name: duplicate.name })}</p>
      <FormField id="into" name={null} label={t("keep")} errors={error}>
        <select className={selectClass} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t("choose")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.acronym ? `${c.name} (${c.acronym})` : c.name}
            </option>
          ))}
        </select>
      </FormField>
      <AlertDialog.Root>
        <AlertDialog.Trigger asChild>
          <Button variant="destructive" disabled={!kept || isPending}>
            {t("button")}
          </Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[min(32rem,90vw)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-lg">
            <AlertDialog.Title className="text-lg font-semibold">
              {t("confirmTitle", { name: duplicate.name, kept: kept?.name ?? "" })}
            </AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="space-y-2 text-sm text-slate-700">
                <p>{t("moves", { kept: kept?.name ?? "" })}</p>
                <ul className="list-disc pl-5">
                  <li>{t("people", { count: counts.people })}</li>
                  <li>{t("children", { count: counts.children })}</li>
                  <li>{t("actionItems", { count: counts.ownedActionItems })}</li>
                  <li>{t("participations", { count: counts.programmes })}</li>
                  <li>{t("convened", { count: counts.convenedProgrammes })}</li>
                </ul>
                <p>{t("deleted", { name: duplicate.name })}</p>
              </div>
            </AlertDialog.Description>
            <div className="flex justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary">{t("cancel")}</Button>
              </AlertDialog.Cancel>
              <AlertDialog.Action asChild>
                <Button variant="destructive" onClick={confirm}>
                  {t("confirm")}
                </Button>
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </section>
  );
}
