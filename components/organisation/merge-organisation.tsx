// Merge this organisation (a duplicate) into another: a confirmation names what will move and
// that the duplicate will be deleted, so nobody merges by accident. The merge names the version of
// the duplicate shown; if someone changed it meanwhile, nothing is merged and the dialog offers to
// reload it.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField, selectClass } from "@/components/ui/form-field";
import { Section } from "@/components/ui/section";
import { mergeOrganisationAction } from "@/lib/organisation/actions";
import type { TOrganisation } from "@/lib/organisation/schema";
import { ChangedMeanwhile } from "@/components/ui/changed-meanwhile";
import { OrganisationOptions } from "./organisation-options";

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
  const [isStale, setIsStale] = useState(false);
  const [isPending, startTransition] = useTransition();
  const kept = candidates.find((c) => c.id === into);

  function confirm() {
    startTransition(async () => {
      const result = await mergeOrganisationAction({
        organisationId: duplicate.id,
        into,
        version: duplicate.version,
      });
      if (result.ok) {
        router.push("/directory");
        router.refresh();
        return;
      }
      setError(result.fieldErrors?.into ?? [result.message]);
      setIsStale(result.code === "CONFLICT");
    });
  }

  return (
    <Section
      id="merge-title"
      title={t("title")}
      intro={t("intro", { name: duplicate.name })}
      isBoxed
      className="mt-10 max-w-xl space-y-3"
    >
      <FormField id="into" name={null} label={t("keep")} errors={error}>
        <select className={selectClass} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t("choose")}</option>
          <OrganisationOptions organisations={candidates} />
        </select>
      </FormField>
      {isStale ? <ChangedMeanwhile reloadLabel={t("reload")} /> : null}
      <ConfirmDialog
        trigger={
          <Button variant="destructive" disabled={!kept || isPending}>
            {t("button")}
          </Button>
        }
        title={t("confirmTitle", { name: duplicate.name, kept: kept?.name ?? "" })}
        description={
          <>
            <p>{t("moves", { kept: kept?.name ?? "" })}</p>
            <ul className="list-disc pl-5">
              <li>{t("people", { count: counts.people })}</li>
              <li>{t("children", { count: counts.children })}</li>
              <li>{t("actionItems", { count: counts.ownedActionItems })}</li>
              <li>{t("participations", { count: counts.programmes })}</li>
              <li>{t("convened", { count: counts.convenedProgrammes })}</li>
            </ul>
            <p>{t("deleted", { name: duplicate.name })}</p>
          </>
        }
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={confirm}
        isWide
      />
    </Section>
  );
}
