// Add or edit one agenda item: title, presenter (from the directory) and planned minutes.
"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { PersonPicker } from "@/components/meeting/person-picker";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TActionResult } from "@/lib/action/result";
import type { TAgendaItem, TCreateAgendaItem } from "@/lib/agenda/schema";

type TProps = {
  idPrefix: string;
  item?: TAgendaItem;
  submitLabel: string;
  onSubmit: (input: TCreateAgendaItem) => Promise<TActionResult<unknown>>;
  onDone?: () => void;
  onCancel?: () => void;
};

export function AgendaItemForm({ idPrefix, item, submitLabel, onSubmit, onDone, onCancel }: TProps) {
  const t = useTranslations("meeting.agendaBuilder");
  const [title, setTitle] = useState(item?.title ?? "");
  const [presenter, setPresenter] = useState(item?.presenter ?? null);
  const [minutes, setMinutes] = useState(item?.plannedMinutes ? String(item.plannedMinutes) : "");
  const [result, setResult] = useState<TActionResult<unknown> | null>(null);
  const [isPending, startTransition] = useTransition();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const r = await onSubmit({ title, presenterPersonId: presenter?.id ?? null, plannedMinutes: minutes });
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
        <p role="alert" className="text-sm text-red-700 sm:col-span-4">
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
