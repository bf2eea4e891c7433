// Zod pieces shared by the remark, decision and action-item schemas (capture screen, services, API).
// Safe for the browser: the capture forms check their input with these before queueing it.
import { z } from "zod";

/**
 * A create may carry its own id (a UUID made by the capture screen), so a save retried after a
 * lost response finds the record it already made instead of making a second one.
 */
export const ZClientId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "errors.field.idFormat")
  .optional();

/**
 * The version the editor last saw; an update or delete made against an older one is a conflict.
 * At most what the version column (int4) holds: a larger one would fail in the database (a 500).
 */
export const ZVersion = z.coerce
  .number({ error: "errors.field.versionRequired" })
  .int()
  .positive("errors.field.versionRequired")
  .max(2_147_483_647);

export const ZDeleteRecord = z.object({ version: ZVersion });
export type TDeleteRecord = z.input<typeof ZDeleteRecord>;

export const ZPersonRef = z.object({
  id: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  organisation: z.string().nullable().describe("Acronym, or name when it has none"),
});
