// One person on the register: who they are, their RSVP, a big "Sign in" button and the attendance select.
"use client";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { toLocale } from "@/i18n/locales";
import { formatTime } from "@/lib/format/date";
import { ATTENDANCE_STATUSES, type TAttendanceStatus, type TRegisterRow } from "@/lib/register/schema";

type TProps = {
  row: TRegisterRow;
  timeZone: string;
  /** False before the meeting's day: present cannot be chosen yet. */
  canSignIn: boolean;
  isBusy: boolean;
  onChange: (row: TRegisterRow, next: TAttendanceStatus | null) => void;
};

export function RegisterRow({ row, timeZone, canSignIn, isBusy, onChange }: TProps) {
  const t = useTranslations("register");
  const locale = toLocale(useLocale());
  const selectId = `attendance-${row.id}`;
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:flex-nowrap">
      <div className="min-w-0 flex-1">
        <p className="text-base font-medium text-slate-900">{row.name}</p>
        <p className="text-sm text-slate-600">
          {[row.position, row.organisation ? (row.organisation.acronym ?? row.organisation.name) : null]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p className="text-xs text-slate-600">
          {row.isWalkIn ? t("walkIn") : t(`rsvp.${row.rsvp}`)}
          {row.delegateOf ? ` · ${t("delegateOf", { name: row.delegateOf.name })}` : null}
          {row.signedInAt
            ? ` · ${t("signedInAt", { time: formatTime(row.signedInAt, locale, timeZone) })}`
            : null}
        </p>
      </div>
      {row.attendance === "PRESENT" || !canSignIn ? null : (
        <Button
          className="h-12 min-w-28 text-base"
          disabled={isBusy}
          aria-label={t("signInName", { name: row.name })}
          onClick={() => onChange(row, "PRESENT")}
        >
          {t("signIn")}
        </Button>
      )}
      <label htmlFor={selectId} className="sr-only">
        {t("statusLabel", { name: row.name })}
      </label>
      <select
        id={selectId}
        className="h-12 rounded-md border border-slate-300 bg-white px-3 text-sm focus-visible:outline-2 focus-visible:outline-blue-700"
        value={row.attendance ?? ""}
        disabled={isBusy}
        onChange={(e) => onChange(row, (e.target.value || null) as TAttendanceStatus | null)}
      >
        <option value="">{t("status.NONE")}</option>
        {ATTENDANCE_STATUSES.map((s) => (
          <option key={s} value={s} disabled={s === "PRESENT" && !canSignIn}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
    </li>
  );
}
