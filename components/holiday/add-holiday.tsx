// "Add a holiday": a fresh form after each save, a spoken confirmation, and the saved holiday's
// year opened when it is not the one shown.
"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { holidayName } from "@/lib/holiday/schema";
import { HolidayForm } from "./holiday-form";

export function AddHoliday({ year }: { year: number }) {
  const t = useTranslations("holiday");
  const locale = useLocale();
  const router = useRouter();
  const [round, setRound] = useState(0);
  const [added, setAdded] = useState<string | null>(null);

  return (
    <div className="space-y-3">
      <p role="status" className="text-sm text-green-800">
        {added ? t("added", { name: added }) : null}
      </p>
      <HolidayForm
        key={round}
        idPrefix="new"
        onSaved={(saved) => {
          setAdded(holidayName(saved, locale));
          setRound((r) => r + 1);
          const savedYear = Number(saved.date.slice(0, 4));
          if (savedYear !== year) router.push(`/admin/holidays?year=${savedYear}`);
        }}
      />
    </div>
  );
}
