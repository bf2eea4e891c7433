// Pure rules about action-item status, shared by lists, statistics and summaries.
import type { ActionStatus } from "@/lib/generated/prisma/enums";

export const CLOSED_STATUSES: readonly ActionStatus[] = ["DONE", "DROPPED"];

/** Overdue: still open (or in progress) and due before today (dates are calendar days, UTC). */
export function isOverdue(item: { status: ActionStatus; dueDate: Date | null }, today: Date): boolean {
  if (!item.dueDate || CLOSED_STATUSES.includes(item.status)) return false;
  const todayDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return item.dueDate.getTime() < todayDay;
}
