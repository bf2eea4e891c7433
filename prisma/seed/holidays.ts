// Indonesia's national public holidays as rows of the Holiday table, from holidays.json (the
// documented source, with where each year's list comes from). The migration that made the table
// inserted the same rows, so every database has them; the demo seed writes them too (skipping any
// already there), and tests/unit/holidays-seed.test.ts keeps the migration and this file equal.
import type { TTx } from "./write-directory";
import data from "./holidays.json";

export type THolidayRow = { id: string; date: string; country: string; nameEn: string; nameId: string };

/** A stable id per country and day, the same in the migration and the seed. */
export const holidayRowId = (country: string, date: string) => `holiday-${country}-${date}`;

export const HOLIDAY_ROWS: THolidayRow[] = data.years.flatMap((year) =>
  year.holidays.map((h) => ({
    id: holidayRowId(data.country, h.date),
    date: h.date,
    country: data.country,
    nameEn: h.nameEn,
    nameId: h.nameId,
  })),
);

/** Writes the holidays a database does not have yet (a day already listed is left as it is). */
export async function writeHolidays(tx: TTx): Promise<number> {
  const { count } = await tx.holiday.createMany({
    data: HOLIDAY_ROWS.map((row) => ({ ...row, date: new Date(`${row.date}T00:00:00Z`) })),
    skipDuplicates: true,
  });
  return count;
}
