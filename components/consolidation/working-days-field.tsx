// The number of working days a reviewer or the no-objection procedure gets, with the deadline it
// gives shown as the number is typed: counted in the browser from today in the meeting's time zone
// and the listed holidays, the same way the server counts (lib/calendar/working-days.ts).
"use client";
import { useLocale, useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toLocale } from "@/i18n/locales";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { formatDate } from "@/lib/format/date";

export type TDeadlineCalendar = { today: string; holidays: string[] };

type TProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  calendar: TDeadlineCalendar;
  errors?: string[];
};

const MAX_DAYS = 60;

/** The deadline `days` working days after the calendar's today, as a calendar date; null if not 1–60. */
export function deadlineOf(days: string, calendar: TDeadlineCalendar): string | null {
  const n = Number(days);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DAYS) return null;
  return addWorkingDays(calendar.today, n, new Set(calendar.holidays));
}

/** A calendar date as the reader reads it ("Thursday, 14 March 2024"). */
export function useDayText() {
  const locale = toLocale(useLocale());
  return (date: string) => formatDate(`${date}T00:00:00Z`, locale, "UTC");
}

export function WorkingDaysField({ id, value, onChange, calendar, errors }: TProps) {
  const t = useTranslations("consolidation.workingDays");
  const dayText = useDayText();
  const deadline = deadlineOf(value, calendar);
  return (
    <div className="space-y-1">
      <FormField id={id} name="workingDays" label={t("label")} hint={t("hint")} errors={errors}>
        <Input
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DAYS}
          required
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="block w-28"
        />
      </FormField>
      <p aria-live="polite" className="text-sm font-medium text-slate-800">
        {deadline ? t("deadline", { date: dayText(deadline) }) : t("invalid")}
      </p>
    </div>
  );
}
