// What an import answers: the new meeting and how many records it created or found already
// there. Kept apart from the bundle schema so the import screen does not ship the whole schema.
import { z } from "zod";

const count = z.int().min(0);
const counts = <K extends string>(names: readonly K[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, count])) as Record<K, typeof count>);

export const CREATED_COUNTS = [
  "programme",
  "outputs",
  "organisations",
  "people",
  "meeting",
  "coChairs",
  "agendaItems",
  "papers",
  "attendance",
  "remarks",
  "decisions",
  "actionItems",
] as const;
export const MATCHED_COUNTS = ["programme", "outputs", "organisations", "people"] as const;

/** What an import did: the new meeting, and how many records it created or found already there. */
export const ZBundleImportResult = z.object({
  meetingId: z.string(),
  created: counts(CREATED_COUNTS),
  matched: counts(MATCHED_COUNTS),
});
export type TBundleImportResult = z.infer<typeof ZBundleImportResult>;
