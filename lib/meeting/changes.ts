// Which edits change what invitees have in their calendars (and so need a new ICS SEQUENCE).
export const SCHEDULE_FIELDS = [
  "startsAt",
  "endsAt",
  "timeZone",
  "venueBuilding",
  "venueRoom",
  "venueAddress",
  "onlineUrl",
] as const;

type TScheduleField = (typeof SCHEDULE_FIELDS)[number];
type TScheduleValue = Date | string | null | undefined;

const normalise = (v: TScheduleValue) => (v instanceof Date ? v.toISOString() : (v ?? null));

/**
 * True when `changes` sets a schedule field to something other than what `current` holds.
 * Undefined in `changes` means "not edited"; dates compare by instant, not by how they are written.
 */
export function isScheduleChange(
  current: Record<TScheduleField, TScheduleValue>,
  changes: Partial<Record<TScheduleField, TScheduleValue>>,
): boolean {
  return SCHEDULE_FIELDS.some((field) => {
    const next = changes[field];
    if (next === undefined) return false;
    const a = normalise(current[field]);
    const b = normalise(next);
    if (field === "startsAt" || field === "endsAt") {
      return a === null || b === null ? a !== b : new Date(a).getTime() !== new Date(b).getTime();
    }
    return a !== b;
  });
}
