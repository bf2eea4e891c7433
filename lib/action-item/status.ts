// Pure rules about action-item status, shared by the register, the item's page, exports, reminders,
// digests and summaries. Definitions: docs/action-items.md.
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_TIME_ZONE, utcToZoned } from "@/lib/meeting/zoned-time";

export const CLOSED_STATUSES: readonly ActionStatus[] = ["DONE", "DROPPED"];

/**
 * The day action items are judged on: the calendar day at `now` in the programmes' time zone
 * (Asia/Jakarta) — the same day the reminder sweep runs for — as midnight UTC, how due dates are
 * stored. Not the server's UTC day: from 00:00 to 07:00 in Jakarta that is still yesterday.
 */
export function actionToday(now: Date): Date {
  return new Date(`${utcToZoned(now, DEFAULT_TIME_ZONE).date}T00:00:00.000Z`);
}

/**
 * Overdue: not done (verified) and not dropped — reported done still counts — and due before
 * today (actionToday). Due today is not overdue.
 */
export function isOverdue(item: { status: ActionStatus; dueDate: Date | null }, now: Date): boolean {
  if (!item.dueDate || CLOSED_STATUSES.includes(item.status)) return false;
  return item.dueDate.getTime() < actionToday(now).getTime();
}

/**
 * Done on time: verified done (DONE) on or before its due date, the day it was closed taken in the
 * programmes' time zone; null while not done, or without a due date (nothing to be late for).
 */
export function isDoneOnTime(item: {
  status: ActionStatus;
  dueDate: Date | null;
  closedAt: Date | null;
}): boolean | null {
  if (item.status !== "DONE" || !item.closedAt || !item.dueDate) return null;
  return actionToday(item.closedAt).getTime() <= item.dueDate.getTime();
}
