// Add and remove the co-chairs of a meeting: a person of the directory and their capacity.
"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Section } from "@/components/ui/section";
import type { TFieldErrors } from "@/lib/errors";
import { addCoChairAction, removeCoChairAction } from "@/lib/co-chair/actions";
import type { TMeetingDetail } from "@/lib/meeting/schema";
import { PersonPicker } from "./person-picker";

export function CoChairEditor({
  meetingId,
  coChairs,
}: {
  meetingId: string;
  coChairs: TMeetingDetail["coChairs"];
}) {
  const t = useTranslations("meeting.coChairs");
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [capacity, setCapacity] = useState("");
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const add = () =>
    startTransition(async () => {
      const result = await addCoChairAction({ meetingId, personId: person?.id ?? "", capacity });
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setError(result.ok ? null : result.message);
      setNotice(result.ok ? t("added") : null);
      if (result.ok) {
        setPerson(null);
        setCapacity("");
      }
    });

  const remove = (personId: string) =>
    startTransition(async () => {
      const result = await removeCoChairAction({ meetingId, personId });
      setError(result.ok ? null : result.message);
      setNotice(result.ok ? t("removed") : null);
    });

  return (
    <Section id="co-chair-editor" title={t("title")} className="max-w-2xl space-y-4">
      {coChairs.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="space-y-2">
        {coChairs.map((c) => (
          <li
            key={c.personId}
            className="flex items-center justify-between gap-4 rounded-md border border-slate-200 bg-white p-3"
          >
            <div>
              <p className="font-medium">{c.name}</p>
              <p className="text-sm italic text-slate-600">{c.capacity}</p>
            </div>
            <Button variant="secondary" size="sm" disabled={isPending} onClick={() => remove(c.personId)}>
              {t("remove", { name: c.name })}
            </Button>
          </li>
        ))}
      </ul>
      <div className="grid gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <PersonPicker
          id="co-chair-person"
          label={t("person")}
          value={person}
          onChange={setPerson}
          errors={fieldErrors.personId}
        />
        <FormField id="co-chair-capacity" name={null} label={t("capacity")} errors={fieldErrors.capacity}>
          <Input
            value={capacity}
            placeholder={t("capacityPlaceholder")}
            onChange={(e) => setCapacity(e.target.value)}
          />
        </FormField>
        <div className="sm:col-span-2">
          <Button type="button" onClick={add} disabled={isPending}>
            {t("add")}
          </Button>
        </div>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {notice}
      </p>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </Section>
  );
}
