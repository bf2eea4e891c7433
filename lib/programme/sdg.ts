// SDG goals arrive as checkbox values ("3", "13") from forms and as numbers from the API; both
// become one sorted list without duplicates, so a programme's goals compare and display stably.
export const SDG_GOALS = Array.from({ length: 17 }, (_, i) => i + 1);

/** Sorted, de-duplicated goals; `null` when any value is not a whole number from 1 to 17. */
export function parseSdgGoals(values: readonly unknown[]): number[] | null {
  const goals = new Set<number>();
  for (const value of values) {
    const n =
      typeof value === "number"
        ? value
        : typeof value === "string" && value.trim() !== ""
          ? Number(value)
          : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 17) return null;
    goals.add(n);
  }
  return [...goals].sort((a, b) => a - b);
}
