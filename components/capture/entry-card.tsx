// One remark, decision or action item in the list: its text (click or Enter opens the edit form,
// Escape closes it), whether it is saved yet, Delete with a confirmation, and the conflict or
// "deleted by someone else" panel when the server refused this device's change.
"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useCaptureContext } from "./capture-context";
import { ConflictPanel, GonePanel } from "./conflict-panel";
import { focusEntry, focusEntryForm, focusNewForm } from "./focus";
import type { TEntry } from "./merge";
import type { TEntity, TFieldErrors, TRecord } from "./queue-types";

export type TEntryFormProps<T> = {
  /** The entry as the editor opened it. */
  base: TEntry<T>;
  /** Call after queueing the change. */
  onDone: () => void;
  onCancel?: () => void;
  serverErrors?: TFieldErrors;
};

type TProps<T extends TRecord> = {
  entity: TEntity;
  entry: TEntry<T>;
  /** Names the entry in labels and the delete dialog: "the remark by Ani Wijaya". */
  name: string;
  /** The entry's text as phrasing content (it sits inside a button). */
  renderView: (record: T) => ReactNode;
  renderForm: (props: TEntryFormProps<T>) => ReactNode;
};

const NEW_FORM = { remarks: "remark", decisions: "decision", "action-items": "action" } as const;

export function EntryCard<T extends TRecord>({ entity, entry, name, renderView, renderForm }: TProps<T>) {
  const t = useTranslations("capture.entry");
  const tCommon = useTranslations("common");
  const ctx = useCaptureContext();
  const { sync, record } = entry;
  const id = record.id;
  const isInvalid = sync.kind === "invalid";
  const isEditing = ctx.canWrite && (isInvalid || ctx.editing?.entry.record.id === id);
  const close = () => {
    ctx.setEditing(null);
    focusEntry(id);
  };

  let body: ReactNode;
  if (sync.kind === "conflict") {
    body = <ConflictPanel<T> entryId={id} sync={sync} render={renderView} />;
  } else if (sync.kind === "gone") {
    body = (
      <GonePanel<T> entity={entity} entry={record} sync={sync} isCreate={entry.isLocal} render={renderView} />
    );
  } else if (isEditing) {
    const base = (isInvalid ? entry : (ctx.editing?.entry as TEntry<T> | undefined)) ?? entry;
    body = (
      <div className="space-y-2">
        {isInvalid ? <p className="text-sm font-medium text-red-800">{t("notSavedFix")}</p> : null}
        {renderForm({
          base,
          onDone: close,
          onCancel: isInvalid ? undefined : close,
          serverErrors: isInvalid
            ? { ...sync.fieldErrors, _form: formMessages(sync, tCommon("error")) }
            : undefined,
        })}
        {isInvalid ? (
          <ConfirmDialog
            trigger={
              <Button type="button" variant="ghost" size="sm">
                {entry.isLocal ? t("discardEntry") : t("discardChange")}
              </Button>
            }
            title={entry.isLocal ? t("discardEntryTitle") : t("discardChangeTitle")}
            description={t("discardDescription", { name })}
            confirmLabel={t("discardConfirm")}
            cancelLabel={t("keep")}
            onConfirm={() => ctx.actions.discard(sync.opId)}
            onClosed={() => focusNewForm(NEW_FORM[entity])}
          />
        ) : null}
      </div>
    );
  } else {
    const status =
      sync.kind === "pending" ? (
        <Badge tone="warning">{ctx.isRetrying ? t("retrying") : t("saving")}</Badge>
      ) : sync.kind === "invalid" ? (
        <Badge tone="danger">{t("notSaved")}</Badge>
      ) : null;
    body = (
      <div className="flex items-start gap-2">
        {ctx.canWrite ? (
          <button
            type="button"
            data-entry-open
            className="min-w-0 flex-1 rounded text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
            onClick={() => {
              ctx.setEditing({ entity, entry: entry as TEntry<TRecord> });
              focusEntryForm(id);
            }}
          >
            <span className="sr-only">{t("editPrefix")} </span>
            {renderView(record)}
          </button>
        ) : (
          <div className="min-w-0 flex-1">{renderView(record)}</div>
        )}
        <div className="flex shrink-0 items-center gap-1">
          {status}
          {ctx.canWrite ? (
            <ConfirmDialog
              trigger={
                <Button type="button" variant="ghost" size="sm" aria-label={t("deleteLabel", { name })}>
                  {t("delete")}
                </Button>
              }
              title={t("deleteTitle")}
              description={t("deleteDescription", { name })}
              confirmLabel={t("deleteConfirm")}
              cancelLabel={t("keep")}
              onConfirm={() => ctx.actions.remove(entity, entry as TEntry<TRecord>)}
              onClosed={() => focusNewForm(NEW_FORM[entity])}
            />
          ) : null}
        </div>
      </div>
    );
  }
  return (
    <li
      data-entry-id={id}
      className="rounded-md border border-slate-200 bg-white p-3 data-[unsaved=true]:border-amber-300"
      data-unsaved={sync.kind !== "saved" || undefined}
    >
      {body}
    </li>
  );
}

/** A refusal with no field to show it under (a closed record) still has to be seen. */
function formMessages(sync: { message: string; fieldErrors: TFieldErrors }, fallback: string): string[] {
  const { _form = [], id = [], ...fields } = sync.fieldErrors;
  const messages = [..._form, ...id];
  return messages.length > 0 || Object.keys(fields).length > 0 ? messages : [sync.message || fallback];
}
