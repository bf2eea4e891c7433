// The holidays every database starts with are the documented list: the rows the migration inserts
// equal prisma/seed/holidays.json (which the demo seed writes too), and that list is sound — real
// dates in their year, no day twice, both names, 17 national holidays a year as Keppres 8/2024 has.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HOLIDAY_ROWS, holidayRowId, type THolidayRow } from "@/prisma/seed/holidays";
import data from "@/prisma/seed/holidays.json";

const MIGRATION = path.join(
  import.meta.dirname,
  "../../prisma/migrations/20261201110000_holidays/migration.sql",
);

/** One SQL string literal: '…' with '' for a quote. */
const LITERAL = String.raw`'((?:[^']|'')*)'`;
const ROW = new RegExp(
  String.raw`\(\s*${Array(5)
    .fill(LITERAL)
    .join(String.raw`\s*,\s*`)}\s*,\s*CURRENT_TIMESTAMP\s*\)`,
  "g",
);

function migrationRows(): THolidayRow[] {
  const sql = fs.readFileSync(MIGRATION, "utf8");
  const insert = sql.slice(sql.indexOf('INSERT INTO "Holiday"'));
  expect(insert).toMatch(
    /^INSERT INTO "Holiday" \("id", "date", "country", "nameEn", "nameId", "updatedAt"\) VALUES/,
  );
  return [...insert.matchAll(ROW)].map((m) => {
    const [id, date, country, nameEn, nameId] = m.slice(1, 6).map((v) => v.replaceAll("''", "'"));
    return { id, date, country, nameEn, nameId };
  });
}

describe("seeded holidays", () => {
  it("the migration inserts exactly the rows of holidays.json", () => {
    const rows = migrationRows();
    expect(rows.length).toBe(HOLIDAY_ROWS.length);
    expect(rows).toEqual(HOLIDAY_ROWS);
  });

  it("lists Indonesia's 17 national holidays of 2026 and of 2027, each year's with its source", () => {
    expect(data.country).toBe("ID");
    expect(data.years.map((y) => [y.year, y.holidays.length])).toEqual([
      [2026, 17],
      [2027, 17],
    ]);
    for (const year of data.years) {
      expect(year.source.length).toBeGreaterThan(40);
      for (const h of year.holidays) expect(h.date.startsWith(`${year.year}-`), h.date).toBe(true);
    }
  });

  it("has real dates in order, no day twice, both names, and a stable id per day", () => {
    const dates = HOLIDAY_ROWS.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const h of HOLIDAY_ROWS) {
      expect(new Date(`${h.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(h.date);
      expect(h.nameEn.trim().length).toBeGreaterThan(0);
      expect(h.nameId.trim().length).toBeGreaterThan(0);
      expect(h.id).toBe(holidayRowId("ID", h.date));
      expect(h.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/); // an id the API's paths accept
    }
  });

  it("holds the fixed days and the SKB's dates of 2026", () => {
    const dates = new Set(HOLIDAY_ROWS.map((h) => h.date));
    for (const year of [2026, 2027]) {
      for (const fixed of ["01-01", "05-01", "06-01", "08-17", "12-25"])
        expect(dates).toContain(`${year}-${fixed}`);
    }
    // SKB 1497/2/5 of 2025: Nyepi, Idulfitri (two days), Good Friday, Easter, Waisak.
    for (const day of ["2026-03-19", "2026-03-21", "2026-03-22", "2026-04-03", "2026-04-05", "2026-05-31"]) {
      expect(dates).toContain(day);
    }
    // Cuti bersama are not public holidays.
    for (const day of ["2026-02-16", "2026-03-20", "2026-03-23", "2026-12-24"])
      expect(dates).not.toContain(day);
  });
});
