// The capture screen: what the secretariat types during the meeting, keyboard first, saved in the
// background through a queue that survives a lost connection, a reload and a colleague typing too.
"use client";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { toLocale } from "@/i18n/locales";
import { formatTime } from "@/lib/format/date";
import type { TCaptureState } from "@/lib/record/capture-schema";
import { captureActions } from "./capture-actions";
import { AgendaRail, type TRailItem } from "./agenda-rail";
import { CaptureContext, type TCaptureContext, type TEditing } from "./capture-context";
import { CaptureNotices } from "./capture-notices";
import { ItemPanel } from "./item-panel";
import { agendaItemOf } from "./merge";
import type { TRecord } from "./queue-types";
import { ShortcutsHelp } from "./shortcuts-help";
import { StatusBar } from "./status-bar";
import { useCapture } from "./use-capture";
import { useShortcuts } from "./use-shortcuts";

const OTHER = "other";

type TProps = { meetingId: string; initialData: TCaptureState };

export function CaptureScreen({ meetingId, initialData }: TProps) {
  const t = useTranslations("capture");
  const locale = toLocale(useLocale());
  const capture = useCapture(meetingId, initialData);
  const { state, view, snapshot, queue, log } = capture;
  const [selected, setSelected] = useState<string>(initialData.agenda[0]?.id ?? OTHER);
  const [editing, setEditing] = useState<TEditing | null>(null);
  const actions = useMemo(() => captureActions(queue, log), [queue, log]);
  const canWrite = state.meeting.isRecordOpen && state.meeting.canEdit;

  const agendaIds = useMemo(() => new Set(state.agenda.map((a) => a.id)), [state.agenda]);
  const itemKeyOf = useCallback(
    (record: TRecord) => agendaItemOf(view, record as Parameters<typeof agendaItemOf>[1], agendaIds) ?? OTHER,
    [view, agendaIds],
  );
  const railItems = useMemo<TRailItem[]>(() => {
    const count = (entries: { record: TRecord }[], key: string) =>
      entries.filter((e) => itemKeyOf(e.record) === key).length;
    const item = (key: string, label: string): TRailItem => ({
      key,
      label,
      remarks: count(view.remarks, key),
      decisions: count(view.decisions, key),
      actions: count(view.actionItems, key),
    });
    return [...state.agenda.map((a) => item(a.id, `${a.order}. ${a.title}`)), item(OTHER, t("agenda.other"))];
  }, [state.agenda, view, itemKeyOf, t]);
  // The selected item may have been removed from the agenda meanwhile: fall back to the first.
  const current = railItems.find((i) => i.key === selected) ?? railItems[0];

  const moveItem = (by: 1 | -1) => {
    const at = railItems.findIndex((i) => i.key === current.key);
    setSelected(railItems[Math.min(railItems.length - 1, Math.max(0, at + by))].key);
  };
  useShortcuts(moveItem, canWrite);

  const people = useMemo(
    () =>
      state.people.map((p) => ({
        id: p.id,
        label: p.name,
        hint: [p.organisation ? (p.organisation.acronym ?? p.organisation.name) : null, p.position]
          .filter(Boolean)
          .join(", "),
      })),
    [state.people],
  );
  const organisations = useMemo(
    () => state.organisations.map((o) => ({ id: o.id, label: o.name, hint: o.acronym })),
    [state.organisations],
  );
  const context: TCaptureContext = {
    state,
    view,
    locale,
    canWrite,
    isRetrying: !snapshot.isOnline || snapshot.nextRetryAt !== null || capture.isAuthRequired,
    actions,
    editing,
    setEditing,
    people,
    organisations,
  };
  const isHere = (record: TRecord) => itemKeyOf(record) === current.key;

  return (
    <CaptureContext.Provider value={context}>
      <div className="space-y-4">
        <CaptureNotices meeting={state.meeting} isAuthRequired={capture.isAuthRequired} />
        <div className="sticky top-0 z-10 flex flex-wrap items-start gap-3 bg-slate-50/95 py-2 backdrop-blur">
          <div className="min-w-0 flex-1">
            <StatusBar
              snapshot={snapshot}
              isAuthRequired={capture.isAuthRequired}
              isPollFailing={capture.isPollFailing}
              lastPolled={formatTime(new Date(capture.dataUpdatedAt), locale, state.meeting.timeZone)}
              onRetryNow={actions.retryNow}
            />
          </div>
          <ShortcutsHelp />
        </div>
        <p className="sr-only" aria-live="polite">
          {t("agenda.now", { title: current.label })}
        </p>
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <aside className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto">
            <AgendaRail items={railItems} selected={current.key} onSelect={setSelected} />
          </aside>
          <div className="min-w-0">
            <ItemPanel
              agendaItemId={current.key === OTHER ? null : current.key}
              title={current.label}
              isHere={isHere}
              isMattersArising={state.agenda.find((a) => a.id === current.key)?.kind === "MATTERS_ARISING"}
            />
          </div>
        </div>
      </div>
    </CaptureContext.Provider>
  );
}
