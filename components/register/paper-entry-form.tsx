// The paper-sheet entry form: one native checkbox per numbered row (space toggles it), the sign-in
// time and "mark the others absent" options, saved all at once; says how many rows changed.
"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { savePaperEntryAction } from "@/lib/register/paper-entry-action";

type TOutcome = Awaited<ReturnType<typeof savePaperEntryAction>>;

/** The form has no field of its own to show a message under: the field messages, else the general one. */
const failureText = (fieldErrors: Record<string, string[]> | undefined, message: string) =>
  Object.values(fieldErrors ?? {})
    .flat()
    .join(" ") || message;

export type TPaperRow = {
  id: string;
  number: number;
  name: string;
  position: string | null;
  organisation: string | null;
  isPresent: boolean;
};

export function PaperEntryForm({ meetingId, rows }: { meetingId: string; rows: TPaperRow[] }) {
  const t = useTranslations("register.paperEntry");
  const router = useRouter();
  const [ticked, setTicked] = useState(() => new Set(rows.filter((r) => r.isPresent).map((r) => r.id)));
  const [markOthersAbsent, setMarkOthersAbsent] = useState(false);
  const [signedInAt, setSignedInAt] = useState<"none" | "meetingStart">("none");
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const [isSaving, startSaving] = useTransition();

  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;

  const toggle = (id: string) =>
    setTicked((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const save = () =>
    startSaving(async () => {
      const result = await savePaperEntryAction({
        meetingId,
        presentIds: [...ticked],
        markOthersAbsent,
        signedInAt,
      });
      setOutcome(result);
      if (result.ok) router.refresh();
    });

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {rows.map((row) => (
          <li key={row.id}>
            <label className="flex cursor-pointer items-center gap-3 px-3 py-2 hover:bg-slate-50">
              <span className="w-8 text-right font-mono text-sm text-slate-600" aria-hidden>
                {row.number}
              </span>
              <input
                type="checkbox"
                className="h-5 w-5 accent-blue-700"
                checked={ticked.has(row.id)}
                onChange={() => toggle(row.id)}
                aria-label={t("presentName", { number: row.number, name: row.name })}
              />
              <span className="min-w-0 flex-1">
                <span className="block text-base text-slate-900">{row.name}</span>
                <span className="block text-sm text-slate-600">
                  {[row.position, row.organisation].filter(Boolean).join(" · ")}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("ticked", { count: ticked.size, total: rows.length })}
      </p>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t("signedInAt")}</legend>
        {(["none", "meetingStart"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="signedInAt"
              value={value}
              checked={signedInAt === value}
              onChange={() => setSignedInAt(value)}
            />
            {t(value === "none" ? "signedInNone" : "signedInStart")}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={markOthersAbsent}
          onChange={(e) => setMarkOthersAbsent(e.target.checked)}
        />
        {t("markOthersAbsent")}
      </label>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={isSaving}>
          {isSaving ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm text-slate-800">
          {outcome?.ok ? t("saved", outcome.data) : null}
        </p>
      </div>
      <ErrorText>
        {outcome && !outcome.ok
          ? t("error", { message: failureText(outcome.fieldErrors, outcome.message) })
          : null}
      </ErrorText>
    </form>
  );
}
