// Schedule or edit a meeting: local date and times in the meeting's zone; the server converts to
// UTC. A refusal (invalid field, someone else saved meanwhile) keeps everything the user typed.
// A new meeting is scheduled by the main button (what its label says: invitations can go out) or
// kept as a draft by the second one; the pressed button's `status` travels with the form.
// The purpose stands beside its wording in the other language than the programme's record language.
"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField, selectClass, textareaClass } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LanguagePair } from "@/components/ui/language-pair";
import type { TLocale } from "@/i18n/locales";
import type { TActionFailure, TActionResult } from "@/lib/action/result";
import { formValues, type TMeetingFormValues } from "@/lib/meeting/form";
import { MEETING_KINDS } from "@/lib/meeting/schema";
import { DEFAULT_TIME_ZONE } from "@/lib/meeting/zoned-time";
import { languagePair } from "@/lib/programme/record-language";

type TProps = {
  /** The server action; on success it opens the saved meeting. */
  action: (form: FormData) => Promise<TActionResult<unknown>>;
  /** Only when editing: which meeting the form saves. */
  meetingId?: string;
  initialValues: TMeetingFormValues;
  /** Only when scheduling: the programmes the user may schedule in. */
  programmes?: { id: string; title: string; recordLanguage: TLocale }[];
  /** Only when editing: the meeting's programme's record language (scheduling: the chosen one's). */
  recordLanguage?: TLocale;
  timeZones: string[];
  submitLabel: string;
  /** Only when scheduling: the label of the second button, which saves the meeting as a draft. */
  draftLabel?: string;
};

/** What the user typed (put back after a refusal) and the last refusal. */
type TState = { values: TMeetingFormValues; failure?: TActionFailure };

export function MeetingForm({
  action,
  meetingId,
  initialValues,
  programmes,
  recordLanguage,
  timeZones,
  submitLabel,
  draftLabel,
}: TProps) {
  const t = useTranslations("meeting.form");
  const tKind = useTranslations("meetings.kind");
  const tBilingual = useTranslations("bilingual");
  const tLanguage = useTranslations("language");
  const [state, formAction, isPending] = useActionState(
    async (_: TState, form: FormData): Promise<TState> => {
      const result = await action(form);
      return { values: formValues(form), failure: result.ok ? undefined : result };
    },
    { values: initialValues },
  );
  const v = state.values;
  const err = (name: string) => state.failure?.fieldErrors?.[name];
  // Only to label the purpose's two languages by the programme chosen; the select posts the value.
  const [programmeId, setProgrammeId] = useState(v.programmeId ?? programmes?.[0]?.id ?? "");
  const chosen = programmes?.find((p) => p.id === programmeId)?.recordLanguage;
  const [first, second] = languagePair(chosen ?? recordLanguage ?? "en");

  return (
    // key: after a refusal React resets uncontrolled fields to defaultValue; remounting keeps the returned values.
    <form action={formAction} className="max-w-2xl space-y-6" noValidate key={JSON.stringify(v)}>
      {state.failure ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {state.failure.message}
        </p>
      ) : null}
      {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
      {v.version ? <input type="hidden" name="version" value={v.version} /> : null}
      {programmes ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="programmeId" label={t("programme")} errors={err("programmeId")}>
            <select
              className={selectClass}
              value={programmeId}
              onChange={(e) => setProgrammeId(e.target.value)}
            >
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="kind" label={t("kind")} errors={err("kind")}>
            <select className={selectClass} defaultValue={v.kind ?? "PSC"}>
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {tKind(k)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      ) : null}
      <FormField id="title" label={t("title")} errors={err("title")}>
        <Input defaultValue={v.title ?? ""} required />
      </FormField>
      <LanguagePair>
        <FormField
          id="purpose"
          label={tBilingual("meeting.purpose", { language: tLanguage(first) })}
          errors={err("purpose")}
        >
          <textarea lang={first} className={textareaClass} defaultValue={v.purpose ?? ""} />
        </FormField>
        <FormField
          id="purposeTranslation"
          label={tBilingual("meeting.purpose", { language: tLanguage(second) })}
          errors={err("purposeTranslation")}
          hint={tBilingual("translationHint", { language: tLanguage(second) })}
        >
          <textarea lang={second} className={textareaClass} defaultValue={v.purposeTranslation ?? ""} />
        </FormField>
      </LanguagePair>
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("when")}</legend>
        <FormField id="date" label={t("date")} errors={err("date")}>
          <Input type="date" defaultValue={v.date ?? ""} required />
        </FormField>
        <FormField id="startTime" label={t("startTime")} errors={err("startTime")}>
          <Input type="time" defaultValue={v.startTime ?? "09:00"} required />
        </FormField>
        <FormField id="endTime" label={t("endTime")} errors={err("endTime")}>
          <Input type="time" defaultValue={v.endTime ?? "12:00"} required />
        </FormField>
        <FormField id="timeZone" label={t("timeZone")} errors={err("timeZone")}>
          <select className={selectClass} defaultValue={v.timeZone ?? DEFAULT_TIME_ZONE}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </FormField>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("where")}</legend>
        <FormField id="venueBuilding" label={t("venueBuilding")} errors={err("venueBuilding")}>
          <Input defaultValue={v.venueBuilding ?? ""} />
        </FormField>
        <FormField id="venueRoom" label={t("venueRoom")} errors={err("venueRoom")}>
          <Input defaultValue={v.venueRoom ?? ""} />
        </FormField>
        <FormField id="venueAddress" label={t("venueAddress")} errors={err("venueAddress")}>
          <Input defaultValue={v.venueAddress ?? ""} />
        </FormField>
        <FormField id="onlineUrl" label={t("onlineUrl")} errors={err("onlineUrl")} hint={t("onlineUrlHint")}>
          <Input type="url" defaultValue={v.onlineUrl ?? ""} />
        </FormField>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        {/* First in the form, so Enter in a field presses it too. */}
        <Button
          type="submit"
          disabled={isPending}
          {...(draftLabel ? { name: "status", value: "SCHEDULED" } : {})}
        >
          {submitLabel}
        </Button>
        {draftLabel ? (
          <Button type="submit" variant="secondary" disabled={isPending} name="status" value="DRAFT">
            {draftLabel}
          </Button>
        ) : null}
        <p aria-live="polite" className="text-sm text-slate-600">
          {isPending ? t("saving") : null}
        </p>
      </div>
    </form>
  );
}
