// The keys of the capture screen, one click (or Enter) away, so nobody has to guess them.
"use client";
import { useTranslations } from "next-intl";

const KEYS = [
  ["Alt + ↑ / Alt + ↓", "moveItem"],
  ["Ctrl + Enter / ⌘ + Enter", "save"],
  ["↑ / ↓, Enter", "pickName"],
  ["1 2 3 4", "kind"],
  ["Enter", "editEntry"],
  ["Esc", "cancel"],
  ["Alt + Shift + R / D / A", "jump"],
] as const;

export function ShortcutsHelp() {
  const t = useTranslations("capture.shortcuts");
  return (
    <details className="rounded-md border border-slate-200 bg-white p-2 text-sm">
      <summary className="cursor-pointer font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-700">
        {t("title")}
      </summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {KEYS.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">
                {keys}
              </kbd>
            </dt>
            <dd className="text-slate-700">{t(what)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
