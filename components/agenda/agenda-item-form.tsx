// Add or edit one agenda item: title, presenter (from the directory) and planned minutes. An edit
// names the version it was opened at; when someone else saved the item meanwhile, nothing is saved,
// the entry stays in the form, and their version is shown with a button to load it.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { PersonPicker } from "@/components/meeting/person-picker";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TActionResult } from "@/lib/action/result";
import { ZAgendaItem, type TAgendaItem, type TCreateAgendaItem } from "@/lib/agenda/schema";

type TProps = {
  idPrefix: string;
  item?: TAgendaItem;
  submitLabel: string;
  /** `version`: for an edit, the version of the item the form shows. */
  onSubmit: (input: TCreateAgendaItem, version?: number) => Promise<TActionResult<unknown>>;
  onDone?: () => void;
  onCancel?: () => void;
};

export function AgendaItemForm({ idPrefix, item, submitLabel, onSubmit, onDone, onCancel }: TProps) {
  const t = useTranslations("meeting.agendaBuilder");
  const router = useRouter();
  const [title, setTitle] = useState(item?.title ?? "");
  const [presenter, setPresenter] = useState(item?.presenter ?? null);
  const [minutes, setMinutes] = useState(item?.plannedMinutes ? String(item.plannedMinutes) : "");
  const [version, setVersion] = useState(item?.version);
  const [result, setResult] = useState<TActionResult<unknown> | null>(null);
  const [isPending, startTransition] = useTransition();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  // On a conflict the answer carries the item as someone else saved it.
  const theirs = result && !result.ok ? ZAgendaItem.safeParse(result.current).data : undefined;
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const input = { title, presenterPersonId: presenter?.id ?? null, plannedMinutes: minutes };
      const r = await onSubmit(input, version);
      setResult(r);
      if (r.ok) {
        if (!item) {
          setTitle("");
          setPresenter(null);
          setMinutes("");
        }
        onDone?.();
      }
    });
  };

  /** Shows their version in the form (the user's entry is replaced) and takes its version. */
  const loadTheirs = (current: TAgendaItem) => {
    setTitle(current.title);
    setPresenter(current.presenter);
    setMinutes(current.plannedMinutes ? String(current.plannedMinutes) : "");
    setVersion(current.version);
    setResult(null);
    router.refresh();
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-start">
      <FormField id={id("title")} name={null} label={t("itemTitle")} errors={errors.title}>
        <Input value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <PersonPicker
        id={id("presenter")}
        label={t("presenter")}
        value={presenter}
        onChange={setPresenter}
        errors={errors.presenterPersonId}
      />
      <FormField id={id("minutes")} name={null} label={t("plannedMinutes")} errors={errors.plannedMinutes}>
        <Input inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </FormField>
      <div className="flex gap-2 sm:pt-6">
        <Button type="submit" disabled={isPending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
      {result && !result.ok ? (
        <div role="alert" className="space-y-2 text-sm text-red-700 sm:col-span-4">
          <p>{result.message}</p>
          {theirs ? (
            <>
              <p className="text-slate-800">
                {t("theirVersion", { title: theirs.title })}{" "}
                {[
                  theirs.presenter?.name,
                  theirs.plannedMinutes ? t("minutes", { n: theirs.plannedMinutes }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <Button type="button" variant="secondary" size="sm" onClick={() => loadTheirs(theirs)}>
                {t("loadTheirs")}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
