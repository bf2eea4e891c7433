// An action item in the list: what, who owns it, by when, its status and what raised it.
"use client";
import { useTranslations } from "next-intl";
import type { TActionItem } from "@/lib/action-item/schema";
import { formatDay } from "@/lib/format/date";
import { ActionForm, actionFields, actionValues } from "./action-form";
import { useCaptureContext } from "./capture-context";
import { EntryCard } from "./entry-card";
import type { TEntry } from "./merge";
import { OtherLanguageText } from "./other-language-text";

export function ActionView({ action }: { action: TActionItem }) {
  const t = useTranslations("capture");
  const { locale, view } = useCaptureContext();
  const org = action.ownerOrganisation;
  const owner = [org ? (org.acronym ?? org.name) : null, action.ownerPerson?.name || null].filter(Boolean);
  const decision = view.decisions.find((d) => d.record.id === action.decisionId);
  const remark = view.remarks.find((r) => r.record.id === action.remarkId);
  const raisedBy = decision
    ? decision.isLocal
      ? t("action.raisedByNewDecision")
      : t("action.raisedByDecision", { number: decision.record.number })
    : remark
      ? t("action.raisedByRemark", { name: remark.record.speaker.name || t("unknownPerson") })
      : null;
  return (
    <>
      <span className="block text-sm font-semibold text-slate-900">{action.title}</span>
      <OtherLanguageText text={action.titleTranslation} />
      <span className="mt-1 block text-sm text-slate-700">
        {owner.length > 0 ? t("action.owner", { owner: owner.join(" — ") }) : t("action.noOwner")}
        {" · "}
        {action.dueDate
          ? t("action.due", { date: formatDay(action.dueDate, locale) })
          : t("action.noDueDate")}
        {" · "}
        {t(`statuses.${action.status}`)}
      </span>
      {raisedBy ? <span className="block text-xs text-slate-600">{raisedBy}</span> : null}
    </>
  );
}

export function ActionEntry({ entry }: { entry: TEntry<TActionItem> }) {
  const t = useTranslations("capture.action");
  const { actions } = useCaptureContext();
  return (
    <EntryCard<TActionItem>
      entity="action-items"
      entry={entry}
      name={t("name", { title: entry.record.title })}
      renderView={(a) => <ActionView action={a} />}
      renderForm={({ base, onDone, onCancel, serverErrors }) => (
        <ActionForm
          idPrefix={`action-${base.record.id}`}
          isEdit
          initial={actionValues(base.record)}
          serverErrors={serverErrors}
          onCancel={onCancel}
          onSave={(values) => {
            actions.update("action-items", base, actionFields(values, true));
            onDone();
          }}
        />
      )}
    />
  );
}
