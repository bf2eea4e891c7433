// Organisations form a tree (a directorate-general under its ministry). These pure checks keep
// it a tree when a parent is chosen or two organisations are merged.

/** Follows parents up from `startId`; true when `ancestorId` is reached (or `startId` is it). */
export function isSelfOrDescendant(
  startId: string,
  ancestorId: string,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = startId;
  while (current && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/** Would giving `id` the parent `parentId` close a loop (itself, or one of its descendants)? */
export function wouldCreateCycle(
  id: string,
  parentId: string | null | undefined,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  return parentId ? isSelfOrDescendant(parentId, id, parentOf) : false;
}
