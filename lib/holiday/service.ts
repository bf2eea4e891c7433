// Public holidays: the only place that reads and writes them. Anyone signed in may read the list
// (the route checks the login); only a global administrator (holiday:manage) changes it. Edits and
// deletes name the version the editor saw; a stale one is refused with the holiday as it is now.
// `holidayDates` gives working-day arithmetic (lib/calendar/working-days.ts) the days it skips.
import "server-only";
import { canAnywhere, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { db, Prisma, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import {
  currentHolidayYear,
  DEFAULT_HOLIDAY_COUNTRY,
  ZCreateHoliday,
  ZDeleteHoliday,
  ZListHolidaysQuery,
  ZUpdateHoliday,
  type TCreateHoliday,
  type TDeleteHoliday,
  type THoliday,
  type THolidayList,
  type TListHolidaysQuery,
  type TUpdateHoliday,
} from "./schema";

const SELECT = {
  id: true,
  date: true,
  country: true,
  nameEn: true,
  nameId: true,
  version: true,
} satisfies Prisma.HolidaySelect;

type TRow = Prisma.HolidayGetPayload<{ select: typeof SELECT }>;

/** A `@db.Date` column comes back as midnight UTC of its day. */
const calendarDate = (date: Date) => date.toISOString().slice(0, 10);
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const toHoliday = (row: TRow): THoliday => ({ ...row, date: calendarDate(row.date) });

/** Changing the list is for a global administrator; to anyone else the holiday does not exist. */
function requireManage(access: TAccess): void {
  if (!canAnywhere(access, "holiday:manage")) throw AppError.notFound("holiday");
}

/** One country's holidays of a year, by date (the current year when none is named). */
export async function listHolidays(query: TListHolidaysQuery = {}): Promise<THolidayList> {
  const { year = currentHolidayYear(), country } = parseInput(ZListHolidaysQuery, query);
  const rows = await db().holiday.findMany({
    where: { country, date: { gte: dayOf(`${year}-01-01`), lte: dayOf(`${year}-12-31`) } },
    orderBy: { date: "asc" },
    select: SELECT,
  });
  return { year, country, data: rows.map(toHoliday) };
}

/**
 * The holidays from `from` to `to` (calendar dates, both included) as the set working-day
 * arithmetic takes. Not a user's view of anything, so no access check: the list is public to
 * anyone signed in, and deadlines are computed for the system.
 */
export async function holidayDates(
  from: string,
  to: string,
  country: string = DEFAULT_HOLIDAY_COUNTRY,
): Promise<Set<string>> {
  const rows = await db().holiday.findMany({
    where: { country, date: { gte: dayOf(from), lte: dayOf(to) } },
    select: { date: true },
  });
  return new Set(rows.map((row) => calendarDate(row.date)));
}

async function assertDateFree(tx: TTx, country: string, date: string | undefined, exceptId?: string) {
  if (!date) return;
  const other = await tx.holiday.findFirst({
    where: { country, date: dayOf(date), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw AppError.invalidField("date", "holiday.errors.duplicateDate");
}

/** A unique-index race (two saves of one day at once) reads like the checked case. */
function mapDuplicateDate(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw AppError.invalidField("date", "holiday.errors.duplicateDate");
  }
  throw error;
}

/** Someone changed or deleted the holiday since the caller read it: nothing is saved. */
async function changedMeanwhile(tx: TTx, id: string): Promise<never> {
  const current = await tx.holiday.findUnique({ where: { id }, select: SELECT });
  if (!current) throw AppError.notFound("holiday");
  throw AppError.conflict("holiday.errors.changedMeanwhile", undefined, toHoliday(current));
}

/**
 * Raises the version if it is still the one the caller saw, locking the row until the transaction
 * ends; the version in the `where` settles a race with an edit committed after our read.
 */
async function claimVersion(tx: TTx, id: string, version: number): Promise<void> {
  const { count } = await tx.holiday.updateMany({
    where: { id, version },
    data: { version: { increment: 1 } },
  });
  if (count === 0) await changedMeanwhile(tx, id);
}

export async function createHoliday(
  access: TAccess,
  input: TCreateHoliday,
  actor: TActor,
): Promise<THoliday> {
  requireManage(access);
  const { date, ...data } = parseInput(ZCreateHoliday, input);
  return db()
    .$transaction(async (tx) => {
      await assertDateFree(tx, data.country, date);
      const holiday = toHoliday(
        await tx.holiday.create({ data: { ...data, date: dayOf(date) }, select: SELECT }),
      );
      await recordAudit(tx, {
        actor,
        entity: "Holiday",
        entityId: holiday.id,
        action: "CREATE",
        after: auditJson(holiday),
      });
      return holiday;
    })
    .catch(mapDuplicateDate);
}

/** Changes the fields given, if nobody changed the holiday since `version`. */
export async function updateHoliday(
  access: TAccess,
  id: string,
  input: TUpdateHoliday,
  actor: TActor,
): Promise<THoliday> {
  requireManage(access);
  const { version, date, ...data } = parseInput(ZUpdateHoliday, input);
  return db()
    .$transaction(async (tx) => {
      const row = await tx.holiday.findUnique({ where: { id }, select: SELECT });
      if (!row) throw AppError.notFound("holiday");
      await claimVersion(tx, id, version);
      await assertDateFree(tx, row.country, date, id);
      const after = toHoliday(
        await tx.holiday.update({
          where: { id },
          data: { ...data, ...(date ? { date: dayOf(date) } : {}) },
          select: SELECT,
        }),
      );
      await recordAudit(tx, {
        actor,
        entity: "Holiday",
        entityId: id,
        action: "UPDATE",
        before: auditJson(toHoliday(row)),
        after: auditJson(after),
      });
      return after;
    })
    .catch(mapDuplicateDate);
}

/** Deletes the holiday, if nobody changed it since `version`. */
export async function deleteHoliday(
  access: TAccess,
  id: string,
  input: TDeleteHoliday,
  actor: TActor,
): Promise<void> {
  requireManage(access);
  const { version } = parseInput(ZDeleteHoliday, input);
  await db().$transaction(async (tx) => {
    const row = await tx.holiday.findUnique({ where: { id }, select: SELECT });
    if (!row) throw AppError.notFound("holiday");
    const { count } = await tx.holiday.deleteMany({ where: { id, version } });
    if (count === 0) await changedMeanwhile(tx, id);
    await recordAudit(tx, {
      actor,
      entity: "Holiday",
      entityId: id,
      action: "DELETE",
      before: auditJson(toHoliday(row)),
    });
  });
}
