// Working-day deadlines (issue 10): Saturdays, Sundays and the listed public holidays do not count,
// across weekends, holidays, holidays that fall on a weekend, year ends and long spans — with
// Indonesia's real holidays of 2026 and 2027 (the seeded list) where a date matters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/lib/calendar/working-days";
import { HOLIDAY_ROWS } from "@/prisma/seed/holidays";

const NONE = new Set<string>();
const INDONESIA = new Set(HOLIDAY_ROWS.map((h) => h.date));
const of = (...dates: string[]) => new Set(dates);

describe("isWorkingDay", () => {
  it("is true from Monday to Friday, false on Saturday and Sunday", () => {
    // 2026-06-08 is a Monday.
    const week = [
      "2026-06-08",
      "2026-06-09",
      "2026-06-10",
      "2026-06-11",
      "2026-06-12",
      "2026-06-13",
      "2026-06-14",
    ];
    expect(week.map((d) => isWorkingDay(d, NONE))).toEqual([true, true, true, true, true, false, false]);
  });

  it("is false on a listed holiday, and only on the listed day", () => {
    expect(isWorkingDay("2026-08-17", INDONESIA)).toBe(false); // Independence Day, a Monday
    expect(isWorkingDay("2026-08-18", INDONESIA)).toBe(true);
    expect(isWorkingDay("2026-08-17", NONE)).toBe(true);
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2026-02-29", "2026-13-01", "2026-6-8", "", "2026-06-08T00:00:00Z", "0050-01-01"]) {
      expect(() => isWorkingDay(bad, NONE), bad).toThrow(RangeError);
    }
  });
});

describe("addWorkingDays", () => {
  it("skips the weekend: Friday + 1 is Monday, Friday + 5 the next Friday", () => {
    expect(addWorkingDays("2026-06-12", 1, NONE)).toBe("2026-06-15");
    expect(addWorkingDays("2026-06-12", 5, NONE)).toBe("2026-06-19");
    expect(addWorkingDays("2026-06-08", 4, NONE)).toBe("2026-06-12");
  });

  it("counts from the day after a start on a weekend or a holiday", () => {
    expect(addWorkingDays("2026-06-13", 1, NONE)).toBe("2026-06-15"); // Saturday → Monday
    expect(addWorkingDays("2026-06-14", 1, NONE)).toBe("2026-06-15"); // Sunday → Monday
    expect(addWorkingDays("2026-06-13", 5, NONE)).toBe("2026-06-19");
    expect(addWorkingDays("2026-08-17", 1, INDONESIA)).toBe("2026-08-18"); // from Independence Day
  });

  it("answers the start itself for n = 0, even on a weekend or a holiday", () => {
    expect(addWorkingDays("2026-06-10", 0, NONE)).toBe("2026-06-10");
    expect(addWorkingDays("2026-06-13", 0, NONE)).toBe("2026-06-13");
    expect(addWorkingDays("2026-12-25", 0, INDONESIA)).toBe("2026-12-25");
  });

  it("skips holidays on weekdays: Nyepi on Thursday 19 March 2026", () => {
    expect(addWorkingDays("2026-03-17", 1, INDONESIA)).toBe("2026-03-18");
    expect(addWorkingDays("2026-03-17", 2, INDONESIA)).toBe("2026-03-20");
    expect(addWorkingDays("2026-03-17", 2, NONE)).toBe("2026-03-19");
  });

  it("loses nothing to a holiday on a weekend: Idulfitri 2026 fell on Saturday and Sunday", () => {
    expect(isWorkingDay("2026-03-21", NONE)).toBe(false);
    const weekendOnly = of("2026-03-21", "2026-03-22");
    expect(addWorkingDays("2026-03-20", 1, weekendOnly)).toBe("2026-03-23");
    expect(addWorkingDays("2026-03-20", 1, weekendOnly)).toBe(addWorkingDays("2026-03-20", 1, NONE));
    expect(workingDaysBetween("2026-03-16", "2026-03-27", weekendOnly)).toBe(9);
  });

  it("sets the default review deadline, 10 working days, around Nyepi and Idulfitri 2026", () => {
    // Circulated Monday 16 March: Nyepi (Thu 19) is skipped, Idulfitri (21–22) is a weekend anyway.
    // Cuti bersama (20, 23, 24 March) are not public holidays and count as working days.
    expect(addWorkingDays("2026-03-16", 10, INDONESIA)).toBe("2026-03-31");
    expect(addWorkingDays("2026-03-16", 10, NONE)).toBe("2026-03-30");
  });

  it("crosses the year end: Christmas, New Year's Day and Isra Mikraj 2027", () => {
    expect(addWorkingDays("2026-12-24", 1, INDONESIA)).toBe("2026-12-28");
    expect(addWorkingDays("2026-12-24", 4, INDONESIA)).toBe("2026-12-31");
    expect(addWorkingDays("2026-12-24", 5, INDONESIA)).toBe("2027-01-04");
    expect(addWorkingDays("2026-12-24", 6, INDONESIA)).toBe("2027-01-06"); // 5 January is Isra Mikraj
    expect(addWorkingDays("2026-12-31", 1, NONE)).toBe("2027-01-01");
  });

  it("counts back with a negative n", () => {
    expect(addWorkingDays("2026-06-15", -1, NONE)).toBe("2026-06-12"); // Monday → Friday
    expect(addWorkingDays("2027-01-04", -1, INDONESIA)).toBe("2026-12-31");
    expect(addWorkingDays("2026-06-13", -1, NONE)).toBe("2026-06-12"); // Saturday → Friday
  });

  it("knows leap days, and that 2100 has none", () => {
    expect(addWorkingDays("2028-02-28", 1, NONE)).toBe("2028-02-29");
    expect(addWorkingDays("2100-02-26", 1, NONE)).toBe("2100-03-01"); // Friday → Monday
    expect(() => addWorkingDays("2100-02-29", 1, NONE)).toThrow(RangeError);
  });

  it("handles long spans: a year of Indonesian working days, and 100,000 of them", () => {
    expect(addWorkingDays("2025-12-31", 248, INDONESIA)).toBe("2026-12-31");
    expect(addWorkingDays("2025-12-31", 248 + 250, INDONESIA)).toBe("2027-12-31");
    const far = addWorkingDays("2026-01-01", 100_000, INDONESIA);
    expect(workingDaysBetween("2026-01-01", far, INDONESIA)).toBe(100_000);
    expect(isWorkingDay(far, INDONESIA)).toBe(true);
  });

  it("refuses a start that is not a date, and an n that is not a whole number", () => {
    expect(() => addWorkingDays("16/03/2026", 1, NONE)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-16", 1.5, NONE)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-16", Number.NaN, NONE)).toThrow(RangeError);
  });

  it("ignores a listed holiday that is not a date instead of failing", () => {
    expect(addWorkingDays("2026-06-12", 1, of("soon", "2026-6-15"))).toBe("2026-06-15");
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after the start, up to and including the end", () => {
    expect(workingDaysBetween("2026-06-10", "2026-06-10", NONE)).toBe(0);
    expect(workingDaysBetween("2026-06-12", "2026-06-15", NONE)).toBe(1);
    expect(workingDaysBetween("2026-06-12", "2026-06-14", NONE)).toBe(0);
    expect(workingDaysBetween("2026-06-15", "2026-06-12", NONE)).toBe(-1);
  });

  it("counts a year: 261 weekdays in 2026, 248 working days in Indonesia; 250 in 2027", () => {
    expect(workingDaysBetween("2025-12-31", "2026-12-31", NONE)).toBe(261);
    expect(workingDaysBetween("2025-12-31", "2026-12-31", INDONESIA)).toBe(248);
    expect(workingDaysBetween("2026-12-31", "2027-12-31", INDONESIA)).toBe(250);
  });

  it("counts a holiday once, and a holiday on a weekend not at all", () => {
    expect(workingDaysBetween("2026-08-14", "2026-08-21", of("2026-08-17"))).toBe(4);
    expect(workingDaysBetween("2026-08-14", "2026-08-21", of("2026-08-15", "2026-08-16"))).toBe(5);
    expect(workingDaysBetween("2026-08-14", "2026-08-21", of("2026-08-14"))).toBe(5); // the start is not counted
  });
});

describe("working days, for any dates and holidays", () => {
  // Days from 1990 to 2100, as calendar dates.
  const FIRST = Date.UTC(1990, 0, 1) / 86_400_000;
  const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const aDate = fc.integer({ min: FIRST, max: FIRST + 40_000 }).map(dateOf);
  const someHolidays = fc.array(aDate, { maxLength: 40 }).map((dates) => new Set(dates));
  /** Near a start, so the holidays fall inside the spans the properties look at. */
  const around = (start: string, spread: number) =>
    fc
      .array(fc.integer({ min: -spread, max: spread }), { maxLength: 30 })
      .map(
        (offsets) => new Set(offsets.map((o) => dateOf(Date.parse(`${start}T00:00:00Z`) / 86_400_000 + o))),
      );
  const startAndHolidays = aDate.chain((start) =>
    fc.tuple(fc.constant(start), fc.oneof(someHolidays, around(start, 60))),
  );

  it("workingDaysBetween undoes addWorkingDays, and a deadline of n ≥ 1 days is a working day", () => {
    fc.assert(
      fc.property(startAndHolidays, fc.integer({ min: 0, max: 400 }), ([start, holidays], n) => {
        const end = addWorkingDays(start, n, holidays);
        expect(workingDaysBetween(start, end, holidays)).toBe(n);
        if (n >= 1) expect(isWorkingDay(end, holidays)).toBe(true);
      }),
    );
  });

  it("adding a then b working days is adding a + b; counting back returns to a working start", () => {
    fc.assert(
      fc.property(
        startAndHolidays,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        ([start, holidays], a, b) => {
          const stepwise = addWorkingDays(addWorkingDays(start, a, holidays), b, holidays);
          expect(stepwise).toBe(addWorkingDays(start, a + b, holidays));
          if (isWorkingDay(start, holidays)) {
            expect(addWorkingDays(addWorkingDays(start, a, holidays), -a, holidays)).toBe(start);
          }
        },
      ),
    );
  });

  it("workingDaysBetween agrees with counting day by day", () => {
    fc.assert(
      fc.property(startAndHolidays, fc.integer({ min: -120, max: 120 }), ([start, holidays], span) => {
        const from = Date.parse(`${start}T00:00:00Z`) / 86_400_000;
        const end = dateOf(from + span);
        let count = 0;
        for (let day = Math.min(from, from + span) + 1; day <= Math.max(from, from + span); day++) {
          if (isWorkingDay(dateOf(day), holidays)) count += 1;
        }
        expect(workingDaysBetween(start, end, holidays)).toBe(span >= 0 ? count : -count);
      }),
    );
  });
});
