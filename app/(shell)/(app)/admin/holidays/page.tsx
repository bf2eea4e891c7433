// The public holidays that working-day deadlines skip, one year at a time: the administrator lists,
// adds, edits and deletes them (holiday:manage); Indonesia's were seeded for 2026 and 2027.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AddHoliday } from "@/components/holiday/add-holiday";
import { HolidayList, type THolidayItem } from "@/components/holiday/holiday-list";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { toLocale } from "@/i18n/locales";
import { requirePagePermission } from "@/lib/auth/session";
import { isWorkingDay } from "@/lib/calendar/working-days";
import { formatDate } from "@/lib/format/date";
import { currentHolidayYear, holidayName, ZListHolidaysQuery } from "@/lib/holiday/schema";
import { listHolidays } from "@/lib/holiday/service";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("holiday"))("title") };
}

/** `?year=` as a year the list can show; anything else is the current year. */
function yearFrom(value: string | string[] | undefined): number {
  const parsed = ZListHolidaysQuery.shape.year.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success && parsed.data !== undefined ? parsed.data : currentHolidayYear();
}

const yearLink = "rounded-md px-2 py-1 text-blue-800 underline-offset-4 hover:underline";

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requirePagePermission("holiday:manage");
  const year = yearFrom((await searchParams).year);
  const [{ data }, t, tAdmin, locale] = await Promise.all([
    listHolidays({ year }),
    getTranslations("holiday"),
    getTranslations("admin"),
    getLocale().then(toLocale),
  ]);
  const other = locale === "id" ? "en" : "id";
  const items: THolidayItem[] = data.map((h) => ({
    ...h,
    // The day as written, in any zone: UTC keeps it from moving.
    dateLabel: formatDate(`${h.date}T00:00:00Z`, locale, "UTC"),
    isWeekend: !isWorkingDay(h.date, new Set()),
    name: holidayName(h, locale),
    otherName: holidayName(h, other),
    otherLang: other,
  }));

  return (
    <ClientMessages namespaces={["errors", "holiday"]}>
      <>
        <BackLink href="/admin">{tAdmin("title")}</BackLink>
        <PageHeader title={t("title")} />
        <p className="-mt-3 mb-6 max-w-2xl text-sm text-slate-600">{t("intro")}</p>
        <nav aria-label={t("years")} className="mb-6 flex flex-wrap items-center gap-2 text-sm">
          <Link
            href={`/admin/holidays?year=${year - 1}`}
            className={yearLink}
            aria-label={t("previousYear", { year: year - 1 })}
          >
            ← {year - 1}
          </Link>
          <span
            aria-current="page"
            className="rounded-md bg-slate-100 px-2 py-1 font-semibold text-slate-900"
          >
            {year}
          </span>
          <Link
            href={`/admin/holidays?year=${year + 1}`}
            className={yearLink}
            aria-label={t("nextYear", { year: year + 1 })}
          >
            {year + 1} →
          </Link>
        </nav>
        <div className="space-y-8">
          <Section
            id="holiday-list-title"
            title={t("listTitle", { year })}
            intro={t("count", { count: items.length })}
          >
            <HolidayList holidays={items} empty={t("empty", { year })} />
          </Section>
          <Section id="holiday-add-title" title={t("addTitle")} isBoxed className="max-w-xl">
            <AddHoliday year={year} />
          </Section>
        </div>
      </>
    </ClientMessages>
  );
}
