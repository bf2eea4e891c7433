// The agenda down the side: which item the note-taker is recording under (Alt+↑/↓ or a click),
// with how much is recorded under each so far.
"use client";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export type TRailItem = { key: string; label: string; remarks: number; decisions: number; actions: number };

type TProps = { items: TRailItem[]; selected: string; onSelect: (key: string) => void };

export function AgendaRail({ items, selected, onSelect }: TProps) {
  const t = useTranslations("capture.agenda");
  return (
    <nav aria-labelledby="capture-agenda-heading" className="space-y-2">
      <h2
        id="capture-agenda-heading"
        className="text-sm font-semibold uppercase tracking-wide text-slate-600"
      >
        {t("heading")}
      </h2>
      <p className="text-xs text-slate-600">{t("hint")}</p>
      <ol className="space-y-1">
        {items.map((item) => {
          const isCurrent = item.key === selected;
          return (
            <li key={item.key}>
              <button
                type="button"
                aria-current={isCurrent ? "true" : undefined}
                onClick={() => onSelect(item.key)}
                className={cn(
                  "w-full rounded-md border px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700",
                  isCurrent
                    ? "border-blue-800 bg-blue-50 font-semibold text-blue-950"
                    : "border-transparent text-slate-800 hover:bg-slate-100",
                )}
              >
                <span className="block">{item.label}</span>
                <span className="block text-xs font-normal text-slate-600">
                  {t("counts", { remarks: item.remarks, decisions: item.decisions, actions: item.actions })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
