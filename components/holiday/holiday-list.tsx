// A year's holidays as a list that fits a phone: each with its day, its name in the reader's
// language (and in the other one), "Edit" (the form opens in its place) and "Delete".
"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { THoliday } from "@/lib/holiday/schema";
import { DeleteHolidayButton } from "./delete-holiday-button";
import { HolidayForm } from "./holiday-form";

/** A holiday as the page shows it: its day written out and its names ordered for the reader. */
export type THolidayItem = THoliday & {
  dateLabel: string;
  isWeekend: boolean;
  name: string;
  otherName: string;
  otherLang: "en" | "id";
};

const afterRender = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

/** Moves the keyboard to an element once React has drawn it. */
function focusSoon(selector: string) {
  afterRender(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** `empty` is what an empty year shows (the list stays mounted, so focus survives deleting the last). */
export function HolidayList({ holidays, empty }: { holidays: THolidayItem[]; empty: string }) {
  const t = useTranslations("holiday");
  const [editing, setEditing] = useState<string | null>(null);
  // The place of a holiday just deleted: once the list is drawn without it, the keyboard goes to the
  // holiday that took its place (or the one before it, or the add form), never to the page's top.
  const deletedAt = useRef<{ id: string; index: number } | null>(null);
  useEffect(() => {
    const deleted = deletedAt.current;
    if (!deleted || holidays.some((h) => h.id === deleted.id)) return;
    deletedAt.current = null;
    const next = holidays[Math.min(deleted.index, holidays.length - 1)];
    focusSoon(next ? `[data-holiday="${CSS.escape(next.id)}"] [data-holiday-edit]` : "#new-date");
  }, [holidays]);

  const open = (id: string) => {
    setEditing(id);
    focusSoon(`[data-holiday="${CSS.escape(id)}"] form input:not([type="hidden"])`);
  };
  const close = (id: string) => {
    setEditing(null);
    focusSoon(`[data-holiday="${CSS.escape(id)}"] [data-holiday-edit]`);
  };

  if (holidays.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {holidays.map((h, index) => (
        <li key={h.id} data-holiday={h.id} className="p-4">
          {editing === h.id ? (
            <div className="space-y-3">
              <p className="font-medium text-slate-900">{t("editLabel", { name: h.name })}</p>
              <HolidayForm
                key={`${h.id}-${h.version}`}
                holiday={h}
                idPrefix={`edit-${h.id}`}
                onSaved={() => close(h.id)}
              />
              <Button type="button" variant="ghost" size="sm" onClick={() => close(h.id)}>
                {t("cancel")}
              </Button>
            </div>
          ) : (
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 space-y-0.5">
                <p className="text-sm font-medium text-slate-600">
                  <time dateTime={h.date}>{h.dateLabel}</time>
                </p>
                <p className="font-medium text-slate-900">{h.name}</p>
                <p lang={h.otherLang} className="text-sm text-slate-600">
                  {h.otherName}
                </p>
                {h.isWeekend ? <p className="text-xs text-slate-600">{t("onWeekend")}</p> : null}
              </div>
              <div className="flex gap-2">
                <Button
                  type="button"
                  variant="secondary"
                  size="sm"
                  data-holiday-edit
                  aria-label={t("editLabel", { name: h.name })}
                  onClick={() => open(h.id)}
                >
                  {t("edit")}
                </Button>
                <DeleteHolidayButton
                  holidayId={h.id}
                  version={h.version}
                  name={h.name}
                  dateLabel={h.dateLabel}
                  onDeleted={() => (deletedAt.current = { id: h.id, index })}
                />
              </div>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
