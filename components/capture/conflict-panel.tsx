// Someone else saved the entry after this device's edit was made: both versions side by side,
// and the user decides. Nothing is overwritten or dropped until they do.
"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useCaptureContext } from "./capture-context";
import { focusEntry } from "./focus";
import type { TSync } from "./merge";
import type { TEntity, TRecord } from "./queue-types";

type TConflict = Extract<TSync, { kind: "conflict" }>;
type TGone = Extract<TSync, { kind: "gone" }>;

type TProps<T extends TRecord> = {
  entryId: string;
  sync: TConflict;
  render: (record: T) => ReactNode;
};

export function ConflictPanel<T extends TRecord>({ entryId, sync, render }: TProps<T>) {
  const t = useTranslations("capture.conflict");
  const { actions, canWrite } = useCaptureContext();
  const headingId = `${entryId}-conflict`;
  const resolve = (keepMine: boolean) => {
    if (keepMine) actions.keepMine(sync.opId);
    else actions.discard(sync.opId);
    focusEntry(entryId);
  };
  return (
    <section
      role="group"
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border-2 border-amber-500 bg-amber-50 p-3"
    >
      <h4 id={headingId} className="text-sm font-semibold text-amber-950">
        {sync.mine ? t("title") : t("deleteTitle")}
      </h4>
      <p className="text-sm text-amber-950">{sync.by ? t("explainBy", { name: sync.by }) : t("explain")}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="space-y-1 rounded border border-slate-300 bg-white p-2">
          <p className="text-xs font-semibold uppercase text-slate-600">{t("mine")}</p>
          {sync.mine ? render(sync.mine as T) : <p className="text-sm text-slate-800">{t("mineDeleted")}</p>}
        </div>
        <div className="space-y-1 rounded border border-slate-300 bg-white p-2">
          <p className="text-xs font-semibold uppercase text-slate-600">
            {sync.by ? t("theirsBy", { name: sync.by }) : t("theirs")}
          </p>
          {render(sync.theirs as T)}
        </div>
      </div>
      {canWrite ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" onClick={() => resolve(true)}>
            {sync.mine ? t("keepMine") : t("deleteAnyway")}
          </Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => resolve(false)}>
            {t("useTheirs")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** The entry was deleted by someone else before this device's edit reached the server. */
export function GonePanel<T extends TRecord>({
  entity,
  entry,
  sync,
  isCreate,
  render,
}: {
  entity: TEntity;
  entry: T;
  sync: TGone;
  isCreate: boolean;
  render: (record: T) => ReactNode;
}) {
  const t = useTranslations("capture.gone");
  const { actions } = useCaptureContext();
  return (
    <section
      role="group"
      aria-label={t("title")}
      className="space-y-2 rounded-md border-2 border-red-400 bg-red-50 p-3"
    >
      <h4 className="text-sm font-semibold text-red-950">{isCreate ? t("meetingTitle") : t("title")}</h4>
      <p className="text-sm text-red-950">{isCreate ? t("meetingExplain") : t("explain")}</p>
      <div className="rounded border border-slate-300 bg-white p-2">{render(entry)}</div>
      <div className="flex flex-wrap gap-2">
        {isCreate ? null : (
          <Button type="button" size="sm" onClick={() => actions.addAgain(entity, sync.opId, entry)}>
            {t("addAgain")}
          </Button>
        )}
        <Button type="button" size="sm" variant="secondary" onClick={() => actions.discard(sync.opId)}>
          {t("discard")}
        </Button>
      </div>
    </section>
  );
}
