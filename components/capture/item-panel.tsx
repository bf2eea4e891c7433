// Everything recorded under one agenda item (remarks in the order spoken, decisions, action items)
// with the form for the next one of each underneath; under "Matters arising" first the follow-up of
// earlier meetings' action items (carry-over.tsx).
"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionEntry } from "./action-entry";
import { ActionForm, actionFields, type TActionValues } from "./action-form";
import { useCaptureContext } from "./capture-context";
import { CarryOverSection } from "./carry-over";
import { DecisionEntry } from "./decision-entry";
import { DecisionForm, type TDecisionValues } from "./decision-form";
import type { TEntry } from "./merge";
import type { TEntity, TRecord } from "./queue-types";
import { RemarkEntry } from "./remark-entry";
import { RemarkForm, type TRemarkValues } from "./remark-form";

type TProps = {
  /** The agenda item, or null for "Other matters". */
  agendaItemId: string | null;
  title: string;
  /** Whether an entry belongs under this item. */
  isHere: (record: TRecord) => boolean;
  /** "Matters arising": the follow-up of earlier meetings' action items comes first. */
  isMattersArising?: boolean;
};

const NEW_REMARK: TRemarkValues = {
  speakerPersonId: "",
  kind: "STATEMENT",
  summary: "",
  summaryTranslation: "",
  quote: "",
  quoteTranslation: "",
  agendaItemId: "",
};
const NEW_DECISION: TDecisionValues = { text: "", textTranslation: "", agendaItemId: "" };
const NEW_ACTION: TActionValues = {
  title: "",
  titleTranslation: "",
  ownerOrganisationId: "",
  ownerPersonId: "",
  dueDate: "",
  raisedBy: "",
  status: "OPEN",
  agendaItemId: "",
};

export function ItemPanel({ agendaItemId, title, isHere, isMattersArising = false }: TProps) {
  const t = useTranslations("capture");
  const { state, view, canWrite, actions, editing } = useCaptureContext();

  /** This item's entries, plus the one being edited if someone else deleted it meanwhile (keeps the typing). */
  function entriesOf<T extends TRecord>(entity: TEntity, all: TEntry<T>[]): TEntry<T>[] {
    const here = all.filter((e) => isHere(e.record));
    const open = editing?.entity === entity ? (editing.entry as TEntry<T>) : null;
    const isGone = open !== null && isHere(open.record) && !all.some((e) => e.record.id === open.record.id);
    return isGone ? [...here, open] : here;
  }
  const remarks = entriesOf("remarks", view.remarks);
  const decisions = entriesOf("decisions", view.decisions);
  const actionItems = entriesOf("action-items", view.actionItems);
  const item = agendaItemId ?? "";

  return (
    <div className="space-y-8">
      <h2 className="text-xl font-semibold text-slate-900">{title}</h2>
      {isMattersArising ? <CarryOverSection meetingId={state.meeting.id} /> : null}
      <Section
        id="remarks"
        heading={t("remark.heading")}
        count={remarks.length}
        empty={t("remark.empty")}
        list={remarks.map((e) => (
          <RemarkEntry key={e.record.id} entry={e} />
        ))}
        form={
          canWrite ? (
            <RemarkForm
              idPrefix="remark-new"
              initial={NEW_REMARK}
              onSave={(v) => actions.create("remarks", { ...v, agendaItemId: item })}
            />
          ) : null
        }
        newHeading={t("remark.new")}
      />
      <Section
        id="decisions"
        heading={t("decision.heading")}
        count={decisions.length}
        empty={t("decision.empty")}
        list={decisions.map((e) => (
          <DecisionEntry key={e.record.id} entry={e} />
        ))}
        form={
          canWrite ? (
            <DecisionForm
              idPrefix="decision-new"
              initial={NEW_DECISION}
              onSave={(v) => actions.create("decisions", { ...v, agendaItemId: item })}
            />
          ) : null
        }
        newHeading={t("decision.new")}
      />
      <Section
        id="actions"
        heading={t("action.heading")}
        count={actionItems.length}
        empty={t("action.empty")}
        list={actionItems.map((e) => (
          <ActionEntry key={e.record.id} entry={e} />
        ))}
        form={
          canWrite ? (
            <ActionForm
              idPrefix="action-new"
              initial={NEW_ACTION}
              onSave={(v) =>
                actions.create("action-items", { ...actionFields(v, false), agendaItemId: item })
              }
            />
          ) : null
        }
        newHeading={t("action.new")}
      />
    </div>
  );
}

function Section(props: {
  id: string;
  heading: string;
  count: number;
  empty: string;
  list: ReactNode[];
  form: ReactNode;
  newHeading: string;
}) {
  const headingId = `capture-${props.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {props.heading} <span className="font-normal text-slate-600">({props.count})</span>
      </h3>
      {props.list.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-4 text-sm text-slate-600">
          {props.empty}
        </p>
      ) : (
        <ol className="space-y-2">{props.list}</ol>
      )}
      {props.form ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <h4 className="mb-2 text-sm font-semibold text-slate-800">{props.newHeading}</h4>
          {props.form}
        </div>
      ) : null}
    </section>
  );
}
