// The secretariat's form to circulate the latest version for review: the reviewers as checkboxes
// grouped by organisation (the present participants with an e-mail address ticked), the deadline in
// working days with the date it gives, and a confirmation before anyone is e-mailed.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldError } from "@/components/ui/field-error";
import { DEFAULT_REVIEW_WORKING_DAYS } from "@/lib/minutes/review-schema";
import { circulateAction } from "@/lib/minutes/review-actions";
import { orgLabel } from "@/lib/minutes/record-schema";
import type { TCirculationGroup } from "@/lib/minutes/service/circulation-options";
import type { TFieldErrors } from "@/lib/errors";
import { deadlineOf, useDayText, WorkingDaysField, type TDeadlineCalendar } from "./working-days-field";

type TProps = {
  meetingId: string;
  number: number;
  /** What to choose from; null once the version is out (the form then shows only what it did). */
  options: { groups: TCirculationGroup[]; calendar: TDeadlineCalendar } | null;
};

type TDone = { notMailed: string[] };

const NO_CALENDAR: TDeadlineCalendar = { today: "1970-01-01", holidays: [] };

export function CirculateForm({ meetingId, number, options }: TProps) {
  const groups = options?.groups ?? [];
  const calendar = options?.calendar ?? NO_CALENDAR;
  const t = useTranslations("consolidation.circulate");
  const router = useRouter();
  const dayText = useDayText();
  const [chosen, setChosen] = useState(
    () => new Set(groups.flatMap((g) => g.reviewers.filter((r) => r.isPresent).map((r) => r.id))),
  );
  const [days, setDays] = useState(String(DEFAULT_REVIEW_WORKING_DAYS));
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<TDone | null>(null);
  const [isPending, startTransition] = useTransition();
  const deadline = deadlineOf(days, calendar);

  const toggle = (id: string, isOn: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });

  const circulate = () => {
    setMessage(null);
    setErrors({});
    startTransition(async () => {
      const result = await circulateAction({
        meetingId,
        number,
        reviewerIds: [...chosen],
        workingDays: Number(days),
      });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      setDone({
        notMailed: result.data.reviewers.filter((r) => !r.mailed).map((r) => r.name),
      });
      router.refresh();
    });
  };

  if (done) {
    // The page, refreshed, says the version is out; what it cannot know is who was not e-mailed.
    return done.notMailed.length > 0 ? (
      <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
        {t("notMailed", { names: done.notMailed.join(", ") })}
      </p>
    ) : null;
  }

  // Out already (by someone else, or this form before the page refreshed without its report).
  if (!options) return null;
  if (groups.length === 0) return <p className="text-sm text-slate-700">{t("noInvitees")}</p>;

  return (
    <form
      noValidate
      onSubmit={(event) => event.preventDefault()}
      className="space-y-4"
      aria-labelledby="circulate-form-heading"
    >
      <h3 id="circulate-form-heading" className="text-base font-semibold text-slate-900">
        {t("formHeading", { number })}
      </h3>
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <fieldset className="space-y-3" aria-describedby="circulate-reviewers-hint circulate-reviewers-error">
        <legend className="text-sm font-medium text-slate-800">{t("reviewers")}</legend>
        <p id="circulate-reviewers-hint" className="text-xs text-slate-600">
          {t("reviewersHint")}
        </p>
        <div className="grid items-start gap-3 md:grid-cols-2">
          {groups.map((g) => (
            <fieldset key={g.organisation?.id ?? "none"} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold text-slate-900">
                {g.organisation ? orgLabel(g.organisation) : t("noOrganisation")}
              </legend>
              <ul className="space-y-1">
                {g.reviewers.map((r) => (
                  <li key={r.id}>
                    <label className="flex items-start gap-2 text-sm text-slate-800">
                      <input
                        type="checkbox"
                        name="reviewerIds"
                        value={r.id}
                        checked={chosen.has(r.id)}
                        onChange={(event) => toggle(r.id, event.target.checked)}
                        className="mt-0.5 h-4 w-4 shrink-0"
                      />
                      <span>
                        {r.name}
                        {r.isPresent ? null : <span className="text-slate-600"> ({t("absent")})</span>}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
        <p aria-live="polite" className="text-sm text-slate-700">
          {t("chosen", { count: chosen.size })}
        </p>
        <FieldError id="circulate-reviewers-error" messages={errors.reviewerIds} />
      </fieldset>
      <WorkingDaysField
        id="circulate-working-days"
        value={days}
        onChange={setDays}
        calendar={calendar}
        errors={errors.workingDays}
      />
      <ConfirmDialog
        trigger={
          <Button type="button" disabled={isPending || chosen.size === 0 || !deadline}>
            {isPending ? t("working") : t("submit", { number })}
          </Button>
        }
        title={t("confirmTitle", { number })}
        description={t("confirmText", {
          count: chosen.size,
          deadline: deadline ? dayText(deadline) : "",
        })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        confirmVariant="default"
        onConfirm={circulate}
      />
    </form>
  );
}
