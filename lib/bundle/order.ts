// Stable order and bundle-local keys: rows are sorted by what the bundle itself says about them
// (never by database ids or insertion time), so exporting the same meeting from two databases
// gives the same document.
type TSortValue = string | number;

function compareValues(a: TSortValue, b: TSortValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorts by the tuple `by` returns; the row's JSON breaks remaining ties, so equal tuples stay stable. */
export function sortRows<T>(rows: readonly T[], by: (row: T) => TSortValue[]): T[] {
  const keyed = rows.map((row) => ({ row, tuple: [...by(row), JSON.stringify(row)] }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.tuple.length; i += 1) {
      const order = compareValues(a.tuple[i], b.tuple[i]);
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map((k) => k.row);
}

/** Gives each (already sorted) row its key "prefix-1", "prefix-2", …; returns database id → key. */
export function assignKeys<T extends { id: string }>(
  sorted: readonly T[],
  prefix: string,
): Map<string, string> {
  return new Map(sorted.map((row, i) => [row.id, `${prefix}-${i + 1}`]));
}

/** The key for an optional database reference (null when there is none or it is unknown). */
export function keyOf(keys: ReadonlyMap<string, string>, id: string | null | undefined): string | null {
  return id ? (keys.get(id) ?? null) : null;
}

/** Position of a key in its list, for ordering rows by the thing they refer to. */
export function keyIndex(key: string | null): number {
  const n = key ? Number(key.slice(key.lastIndexOf("-") + 1)) : NaN;
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

export const isoDateTime = (d: Date | null): string | null => (d ? d.toISOString() : null);
export const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
