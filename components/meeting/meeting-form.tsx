// Schedule or edit a meeting: local date and times in the meeting's zone; the server converts to
// UTC. A refusal (invalid field, someone else saved meanwhile) keeps everything the user typed.
"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { TMeetingFormState } from "@/lib/meeting/form-actions";
import { MEETING_KINDS } from "@/lib/meeting/schema";
import { FormField } from "./form-field";

type TProps = {
  action: (state: TMeetingFormState, formData: FormData) => Promise<TMeetingFormState>;
  initialValues: Record<string, string>;
  /** Only when scheduling: the programmes the user may schedule in. */
  programmes?: { id: string; title: string }[];
  timeZones: string[];
  submitLabel: string;
};

const selectClass =
  "h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-600";

export function MeetingForm({ action, initialValues, programmes, timeZones, submitLabel }: TProps) {
  const t = useTranslations("meeting.form");
  const tKind = useTranslations("meetings.kind");
  const [state, formAction, isPending] = useActionState(action, { values: initialValues });
  const v = state.values;
  const err = (name: string) => state.fieldErrors?.[name];

  return (
    // key: after a refusal React resets uncontrolled fields to defaultValue; remounting keeps the returned values.
    <form action={formAction} className="max-w-2xl space-y-6" noValidate key={JSON.stringify(v)}>
      {state.message ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      {v.version ? <input type="hidden" name="version" value={v.version} /> : null}
      {programmes ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField name="programmeId" label={t("programme")} errors={err("programmeId")}>
            <select className={selectClass} defaultValue={v.programmeId ?? programmes[0]?.id ?? ""}>
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </FormField>
          <FormField name="kind" label={t("kind")} errors={err("kind")}>
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
      <FormField name="title" label={t("title")} errors={err("title")}>
        <Input defaultValue={v.title ?? ""} required />
      </FormField>
      <FormField name="purpose" label={t("purpose")} errors={err("purpose")}>
        <textarea className={`${selectClass} h-24 py-2`} defaultValue={v.purpose ?? ""} />
      </FormField>
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("when")}</legend>
        <FormField name="date" label={t("date")} errors={err("date")}>
          <Input type="date" defaultValue={v.date ?? ""} required />
        </FormField>
        <FormField name="startTime" label={t("startTime")} errors={err("startTime")}>
          <Input type="time" defaultValue={v.startTime ?? "09:00"} required />
        </FormField>
        <FormField name="endTime" label={t("endTime")} errors={err("endTime")}>
          <Input type="time" defaultValue={v.endTime ?? "12:00"} required />
        </FormField>
        <FormField name="timeZone" label={t("timeZone")} errors={err("timeZone")}>
          <select className={selectClass} defaultValue={v.timeZone ?? "Asia/Jakarta"}>
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
        <FormField name="venueBuilding" label={t("venueBuilding")} errors={err("venueBuilding")}>
          <Input defaultValue={v.venueBuilding ?? ""} />
        </FormField>
        <FormField name="venueRoom" label={t("venueRoom")} errors={err("venueRoom")}>
          <Input defaultValue={v.venueRoom ?? ""} />
        </FormField>
        <FormField name="venueAddress" label={t("venueAddress")} errors={err("venueAddress")}>
          <Input defaultValue={v.venueAddress ?? ""} />
        </FormField>
        <FormField
          name="onlineUrl"
          label={t("onlineUrl")}
          errors={err("onlineUrl")}
          hint={t("onlineUrlHint")}
        >
          <Input type="url" defaultValue={v.onlineUrl ?? ""} />
        </FormField>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {submitLabel}
        </Button>
        <p aria-live="polite" className="text-sm text-slate-600">
          {isPending ? t("saving") : null}
        </p>
      </div>
    </form>
  );
}
