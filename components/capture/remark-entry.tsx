// A remark in the list: speaker, kind, summary and quote (each with its wording in the other
// language, if any); its edit form opens in place.
"use client";
import { useTranslations } from "next-intl";
import { formatTime } from "@/lib/format/date";
import type { TRemark } from "@/lib/remark/schema";
import { useCaptureContext } from "./capture-context";
import { EntryCard } from "./entry-card";
import { OtherLanguageText } from "./other-language-text";
import type { TEntry } from "./merge";
import { RemarkForm, remarkValues } from "./remark-form";

export function RemarkView({ remark }: { remark: TRemark }) {
  const t = useTranslations("capture");
  const { locale, state } = useCaptureContext();
  // An entry not saved yet has no time.
  const time = remark.updatedAt ? formatTime(remark.updatedAt, locale, state.meeting.timeZone) : "";
  return (
    <>
      <span className="block text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{remark.speaker.name || t("unknownPerson")}</span>
        {remark.speaker.organisation ? ` (${remark.speaker.organisation})` : ""} · {t(`kinds.${remark.kind}`)}
        {time ? <span className="text-xs text-slate-500"> · {t("entry.savedAt", { time })}</span> : null}
      </span>
      <span className="mt-1 block whitespace-pre-wrap text-sm text-slate-900">{remark.summary}</span>
      <OtherLanguageText text={remark.summaryTranslation} />
      {remark.quote ? (
        <span className="mt-1 block whitespace-pre-wrap border-l-2 border-slate-300 pl-2 text-sm italic text-slate-700">
          “{remark.quote}”
          {remark.quoteTranslation ? (
            <OtherLanguageText text={`“${remark.quoteTranslation}”`} className="text-slate-600" />
          ) : null}
        </span>
      ) : null}
    </>
  );
}

export function RemarkEntry({ entry }: { entry: TEntry<TRemark> }) {
  const t = useTranslations("capture");
  const { actions } = useCaptureContext();
  const name = t("remark.name", { name: entry.record.speaker.name || t("unknownPerson") });
  return (
    <EntryCard<TRemark>
      entity="remarks"
      entry={entry}
      name={name}
      renderView={(r) => <RemarkView remark={r} />}
      renderForm={({ base, onDone, onCancel, serverErrors }) => (
        <RemarkForm
          idPrefix={`remark-${base.record.id}`}
          isEdit
          initial={remarkValues(base.record)}
          serverErrors={serverErrors}
          onCancel={onCancel}
          onSave={(values) => {
            actions.update("remarks", base, values);
            onDone();
          }}
        />
      )}
    />
  );
}
