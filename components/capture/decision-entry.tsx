// A decision in the list, with the number the server gave it ("New" until it is saved).
"use client";
import { useTranslations } from "next-intl";
import type { TDecision } from "@/lib/decision/schema";
import { useCaptureContext } from "./capture-context";
import { DecisionForm, decisionValues } from "./decision-form";
import { EntryCard } from "./entry-card";
import type { TEntry } from "./merge";
import { OtherLanguageText } from "./other-language-text";

export function DecisionView({ decision, isLocal }: { decision: TDecision; isLocal: boolean }) {
  const t = useTranslations("capture.decision");
  return (
    <>
      <span className="block text-sm font-semibold text-slate-900">
        {isLocal || decision.number === 0 ? t("newNumber") : t("number", { number: decision.number })}
      </span>
      <span className="mt-1 block whitespace-pre-wrap text-sm text-slate-900">{decision.text}</span>
      <OtherLanguageText text={decision.textTranslation} />
    </>
  );
}

export function DecisionEntry({ entry }: { entry: TEntry<TDecision> }) {
  const t = useTranslations("capture.decision");
  const { actions } = useCaptureContext();
  const name = entry.isLocal ? t("newName") : t("name", { number: entry.record.number });
  return (
    <EntryCard<TDecision>
      entity="decisions"
      entry={entry}
      name={name}
      renderView={(d) => <DecisionView decision={d} isLocal={entry.isLocal} />}
      renderForm={({ base, onDone, onCancel, serverErrors }) => (
        <DecisionForm
          idPrefix={`decision-${base.record.id}`}
          isEdit
          initial={decisionValues(base.record)}
          serverErrors={serverErrors}
          onCancel={onCancel}
          onSave={(values) => {
            actions.update("decisions", base, values);
            onDone();
          }}
        />
      )}
    />
  );
}
