// Pure ordering rules of an agenda: moving an item, checking a requested order, and where
// generated items go. The service persists what these return.

/** The ids with the one at `index` swapped with its neighbour (`-1` up, `+1` down); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** The list with the item at `from` taken out and put in at `to` (drag and drop). */
export function moveItemTo<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/**
 * A requested order is accepted only if it names every current item exactly once: a stale
 * screen (an item added or removed meanwhile) must not silently drop or resurrect items.
 */
export function isCompleteOrder(currentIds: readonly string[], requestedIds: readonly string[]): boolean {
  if (currentIds.length !== requestedIds.length) return false;
  const requested = new Set(requestedIds);
  return requested.size === requestedIds.length && currentIds.every((id) => requested.has(id));
}

/** `order` values for ids in sequence, 1-based, as stored. */
export function ordersFor(ids: readonly string[]): { id: string; order: number }[] {
  return ids.map((id, index) => ({ id, order: index + 1 }));
}

export type TGeneratedKind = "ADOPTION_OF_PREVIOUS_MINUTES" | "MATTERS_ARISING";

/**
 * Which generated items to add: adoption of the previous minutes only when there was a
 * previous meeting, matters arising always; never one the agenda already has.
 */
export function generatedKindsToAdd(
  existingKinds: readonly string[],
  hasPreviousMeeting: boolean,
): TGeneratedKind[] {
  const wanted: TGeneratedKind[] = hasPreviousMeeting
    ? ["ADOPTION_OF_PREVIOUS_MINUTES", "MATTERS_ARISING"]
    : ["MATTERS_ARISING"];
  return wanted.filter((kind) => !existingKinds.includes(kind));
}

/**
 * Where newly generated items go: adoption of the previous minutes opens the agenda, matters
 * arising follows it (or opens the agenda when there is no adoption item).
 */
export function placeGenerated<T extends { kind: string }>(items: readonly T[], added: readonly T[]): T[] {
  const next = [...items];
  for (const item of added) {
    const adoption = next.findIndex((i) => i.kind === "ADOPTION_OF_PREVIOUS_MINUTES");
    next.splice(item.kind === "MATTERS_ARISING" && adoption >= 0 ? adoption + 1 : 0, 0, item);
  }
  return next;
}
