// Add and remove the co-chairs of a meeting: a person of the directory and their capacity, with
// its optional wording in the other language than the programme's record language.
"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LanguagePair } from "@/components/ui/language-pair";
import { Section } from "@/components/ui/section";
import type { TFieldErrors } from "@/lib/errors";
import { addCoChairAction, removeCoChairAction } from "@/lib/co-chair/actions";
import type { TLocale } from "@/i18n/locales";
import type { TMeetingDetail } from "@/lib/meeting/schema";
import { languagePair } from "@/lib/programme/record-language";
import { PersonPicker } from "./person-picker";

export function CoChairEditor({
  meetingId,
  coChairs,
  recordLanguage,
}: {
  meetingId: string;
  coChairs: TMeetingDetail["coChairs"];
  /** The programme's: the capacity is entered in it, its optional wording in the other one. */
  recordLanguage: TLocale;
}) {
  const t = useTranslations("meeting.coChairs");
  const tBilingual = useTranslations("bilingual");
  const tLanguage = useTranslations("language");
  const [first, second] = languagePair(recordLanguage);
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [capacity, setCapacity] = useState("");
  const [capacityTranslation, setCapacityTranslation] = useState("");
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const add = () =>
    startTransition(async () => {
      const result = await addCoChairAction({
        meetingId,
        personId: person?.id ?? "",
        capacity,
        capacityTranslation,
      });
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setError(result.ok ? null : result.message);
      setNotice(result.ok ? t("added") : null);
      if (result.ok) {
        setPerson(null);
        setCapacity("");
        setCapacityTranslation("");
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
              <p lang={first} className="text-sm italic text-slate-600">
                {c.capacity}
              </p>
              {c.capacityTranslation ? (
                <p lang={second} className="text-sm italic text-slate-600">
                  {c.capacityTranslation}
                </p>
              ) : null}
            </div>
            <Button variant="secondary" size="sm" disabled={isPending} onClick={() => remove(c.personId)}>
              {t("remove", { name: c.name })}
            </Button>
          </li>
        ))}
      </ul>
      <div className="grid gap-4 rounded-md border border-slate-200 bg-white p-4">
        <PersonPicker
          id="co-chair-person"
          label={t("person")}
          value={person}
          onChange={setPerson}
          errors={fieldErrors.personId}
        />
        <LanguagePair>
          <FormField
            id="co-chair-capacity"
            name={null}
            label={tBilingual("coChair.capacity", { language: tLanguage(first) })}
            errors={fieldErrors.capacity}
          >
            <Input
              lang={first}
              value={capacity}
              placeholder={t("capacityPlaceholder")}
              onChange={(e) => setCapacity(e.target.value)}
            />
          </FormField>
          <FormField
            id="co-chair-capacity-translation"
            name={null}
            label={tBilingual("coChair.capacityTranslation", { language: tLanguage(second) })}
            errors={fieldErrors.capacityTranslation}
          >
            <Input
              lang={second}
              value={capacityTranslation}
              onChange={(e) => setCapacityTranslation(e.target.value)}
            />
          </FormField>
        </LanguagePair>
        <div>
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
